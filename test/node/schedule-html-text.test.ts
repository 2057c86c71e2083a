// The one markup → text function (src/core/html-text.ts) that calendar
// descriptions and guide texts both go through.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {htmlToText} from '../../src/core/html-text.js';
import {plainLine, plainText} from '../../src/schedule/plain-text.js';
import {plainLines} from '../../src/howto/howto-parse.js';

test('<br> is a line break, in every spelling', () => {
  assert.equal(htmlToText('Một<br>Hai<br/>Ba<br />Bốn<BR class="x">Năm'), 'Một\nHai\nBa\nBốn\nNăm');
  assert.equal(htmlToText('Một<br><br>Hai'), 'Một\n\nHai', 'two breaks leave a blank line');
  assert.equal(htmlToText('Một<br><br><br><br>Hai'), 'Một\n\nHai', 'never more than one blank line');
});

test('paragraphs and other blocks start and end lines, one break per boundary', () => {
  assert.equal(htmlToText('<p>Một</p><p>Hai</p>'), 'Một\nHai');
  assert.equal(htmlToText('Một<p>Hai</p>Ba'), 'Một\nHai\nBa', 'an opening tag breaks the line too');
  assert.equal(htmlToText('<div><p>Một</p></div><div><h2>Hai</h2><blockquote>Ba</blockquote></div>'), 'Một\nHai\nBa');
  assert.equal(htmlToText('<section><header>Tiêu đề</header><pre>mã</pre><hr>Hết</section>'), 'Tiêu đề\nmã\nHết');
  // Source line breaks between blocks still count, as they did: a blank line, at most one.
  assert.equal(htmlToText('<p>Một</p>\n\n<p>Hai</p>'), 'Một\n\nHai');
});

test('list items are bullet lines; table cells are kept apart', () => {
  assert.equal(htmlToText('Mang theo:<ul><li>CCCD</li><li>Điện thoại</li></ul>Xong'), 'Mang theo:\n• CCCD\n• Điện thoại\nXong');
  assert.equal(htmlToText('<ol><li>Một<li>Hai</ol>'), '• Một\n• Hai', 'unclosed items too');
  assert.equal(htmlToText('<table><tr><td>Thứ Hai</td><td>8:00</td></tr><tr><th>Thứ Ba</th><th>9:00</th></tr></table>'), 'Thứ Hai 8:00\nThứ Ba 9:00');
});

test('&nbsp; is a space; runs of spaces and tabs collapse; lines are trimmed', () => {
  assert.equal(htmlToText('<b>10&nbsp;km</b>'), '10 km');
  assert.equal(htmlToText('chờ&nbsp;&nbsp; \t chút'), 'chờ chút');
  assert.equal(htmlToText('  Một \u00a0 \n\t Hai  '), 'Một\nHai');
  assert.equal(htmlToText('Một\r\nHai\rBa'), 'Một\nHai\nBa');
});

test('entities are decoded after the tags are gone, so escaped markup stays text', () => {
  assert.equal(htmlToText('5 &lt; 6 &amp;&#32;&#x1EA1; &quot;x&quot; &apos;y&#39; &ndash; &mdash; &hellip; &laquo;&raquo; &copy;'), '5 < 6 & ạ "x" \'y\' – — … «» ©');
  assert.equal(htmlToText('<p>a &lt;img src=x onerror=alert(1)&gt; b</p>'), 'a <img src=x onerror=alert(1)> b');
  assert.equal(htmlToText('&bogus; &#0; &#x110000;'), '&bogus; &#0; &#x110000;', 'unknown or impossible ones are left as they are');
});

test('scripts, styles, templates and comments are dropped with their content', () => {
  assert.equal(htmlToText('<p>Một</p><script>alert(1)</script><style>p{color:red}</style><template><b>x</b></template><!-- ghi chú -->Hai'), 'Một\nHai');
  assert.equal(htmlToText('Một<SCRIPT type="module">alert("</p>")</SCRIPT>'), 'Một');
  assert.equal(htmlToText('Một<script>alert(1)'), 'Một', 'an unclosed script hides the rest');
  assert.equal(htmlToText('Một<!-- chưa đóng'), 'Một');
});

test('text without tags is left alone: a lone < or > is text', () => {
  assert.equal(htmlToText('a < b and c > d'), 'a < b and c > d');
  assert.equal(htmlToText('<b>Giá</b>: 3 < 4 > 2'), 'Giá: 3 < 4 > 2');
  assert.equal(htmlToText('<img src=x onerror=alert(1)>Ảnh'), 'Ảnh');
});

test('the result is NFC', () => {
  assert.equal(htmlToText('<i>Bu\u031bo\u031b\u0301c</i>'), 'Bước');
});

test('calendar text and guide text both read markup through it', () => {
  const markup = '<p>Mang&nbsp;theo:</p><ul><li>CCCD</li></ul><script>x</script>';
  assert.equal(plainText(markup), htmlToText(markup));
  assert.equal(plainLine(markup), 'Mang theo: • CCCD');
  assert.deepEqual(plainLines(markup), htmlToText(markup).split('\n'));
  assert.deepEqual(plainLines('<p>Một</p>\n\n<p>Hai</p>'), ['Một', 'Hai'], 'a guide has no blank lines');
});
