import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {clampStep, guideSlug, handoffUrl, stepFromFragment} from '../../src/howto/howto-model.js';
import {parseDuration, parseHowto, plainLines, readHowto} from '../../src/howto/howto-parse.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/howto/${name}`, import.meta.url), 'utf8');
const BASE = 'https://example.test/guides/file.json';

test('reads a HowTo with supplies, tools, time, images and audio', () => {
  const {guide, problems} = parseHowto(fixture('thu-nghiem.json'), BASE);
  assert.ok(guide);
  assert.deepEqual(problems, []);
  assert.equal(guide.name, 'Cài ứng dụng VNeID');
  assert.equal(guide.inLanguage, 'vi');
  assert.equal(guide.identifier, 'thu-nghiem');
  assert.deepEqual(guide.totalTime, {days: 0, hours: 0, minutes: 10});
  assert.deepEqual(guide.supply, ['Căn cước công dân gắn chip']);
  assert.deepEqual(guide.tool, ['Điện thoại thông minh', 'Mạng Internet']);
  assert.equal(guide.steps.length, 4);
  assert.deepEqual(guide.steps[0].image, {
    url: 'https://example.test/guides/img/buoc.svg',
    alt: 'Màn hình điện thoại với biểu tượng CH Play',
    width: 360,
    height: 640,
  });
  assert.deepEqual(guide.steps[1].text, ['Gõ chữ VNeID vào ô tìm kiếm.', 'Chọn ứng dụng có biểu tượng ngôi sao đỏ.']);
  assert.equal(guide.steps[2].audio, 'https://example.test/guides/img/khong-co.mp3');
});

test('finds the HowTo in an @graph and flattens sections with continuous numbers', () => {
  const {guide} = parseHowto(fixture('phan.json'), BASE);
  assert.ok(guide);
  assert.deepEqual(
    guide.steps.map((s) => [s.number, s.section, s.name]),
    [
      [1, 'Chuẩn bị', 'Sạc đầy pin điện thoại. Mang theo thẻ.'],
      [2, 'Chuẩn bị', 'Kết nối Wi-Fi'],
      [3, 'Thực hiện', 'Mở ứng dụng'],
    ]
  );
  assert.deepEqual(guide.steps[2].text, ['Chạm biểu tượng.']);
  assert.deepEqual(guide.steps[2].tips, ['Nếu không thấy, vuốt sang trái.']);
  assert.deepEqual(guide.totalTime, {days: 0, hours: 1, minutes: 30});
});

test('accepts an array of JSON-LD nodes and plain JSON without @type', () => {
  const inArray = readHowto([{'@type': 'Organization'}, {'@type': ['HowTo'], name: 'A', step: ['x']}]);
  assert.equal(inArray.guide?.name, 'A');
  const plain = readHowto({name: 'B', step: [{text: 'y'}]});
  assert.equal(plain.guide?.steps[0].name, 'y');
  const prefixed = readHowto({'@type': 'schema:HowTo', name: 'C', step: {'@type': 'ItemList', itemListElement: ['z']}});
  assert.equal(prefixed.guide?.steps[0].name, 'z');
});

test('names the empty step, the missing name and the missing steps', () => {
  const empty = parseHowto(fixture('thieu-noi-dung.json'));
  assert.equal(empty.guide, undefined);
  assert.deepEqual(empty.problems, [{code: 'step-empty', severity: 'error', step: 3}]);
  const nameless = parseHowto(fixture('khong-ten.json'));
  assert.deepEqual(
    nameless.problems.map((p) => p.code),
    ['no-name', 'no-steps']
  );
  assert.deepEqual(parseHowto('{nope').problems, [{code: 'not-json', severity: 'error'}]);
  assert.deepEqual(parseHowto('{"@type": "Recipe2"}').problems, [{code: 'no-howto', severity: 'error'}]);
});

test('an image without alt text is a warning and gets an empty alt', () => {
  const {guide, problems} = readHowto({
    '@type': 'HowTo',
    name: 'x',
    step: [{name: 'a', image: 'https://example.test/a.png'}],
  });
  assert.equal(guide?.steps[0].image?.alt, '');
  assert.deepEqual(
    problems.map((p) => [p.code, p.step]),
    [
      ['image-no-alt', 1],
      ['image-no-size', 1],
    ]
  );
});

test('markup in text fields becomes plain text, never markup', () => {
  assert.deepEqual(plainLines('<p>Chạm <b>Đăng nhập</b></p><p>Rồi &amp; chờ&nbsp;chút</p><script>alert(1)</script>'), [
    'Chạm Đăng nhập',
    'Rồi & chờ chút',
  ]);
  assert.deepEqual(plainLines('a &lt;img src=x onerror=alert(1)&gt; b'), ['a <img src=x onerror=alert(1)> b']);
  const {guide} = readHowto({'@type': 'HowTo', name: '<i>Tên</i>', step: [{name: '<img src=x>Bước', text: 'x'}]});
  assert.equal(guide?.name, 'Tên');
  assert.equal(guide?.steps[0].name, 'Bước');
  // Decomposed Vietnamese is normalised to NFC.
  assert.equal(plainLines('Bu\u031bo\u031b\u0301c')[0], 'Bước');
});

test('durations in ISO 8601', () => {
  assert.deepEqual(parseDuration('PT10M'), {days: 0, hours: 0, minutes: 10});
  assert.deepEqual(parseDuration('PT90M'), {days: 0, hours: 1, minutes: 30});
  assert.deepEqual(parseDuration('P1DT2H'), {days: 1, hours: 2, minutes: 0});
  assert.deepEqual(parseDuration('PT30S'), {days: 0, hours: 0, minutes: 1});
  assert.deepEqual(parseDuration('PT0.5H'), {days: 0, hours: 0, minutes: 30});
  assert.equal(parseDuration('10 phút'), undefined);
  assert.equal(parseDuration('P'), undefined);
  assert.equal(parseDuration('PT'), undefined);
  assert.equal(parseDuration('PT0M'), undefined);
  const bad = readHowto({'@type': 'HowTo', name: 'x', totalTime: 'mười phút', step: ['a']});
  assert.ok(bad.guide);
  assert.deepEqual(bad.problems, [{code: 'bad-duration', severity: 'warning'}]);
});

test('slug, handoff URL and fragments', () => {
  assert.equal(guideSlug({}, '/demo/content/guides/vneid-muc-2.en.json'), 'vneid-muc-2');
  assert.equal(guideSlug({}, 'guides/chu-ky-so.json?v=2'), 'chu-ky-so');
  assert.equal(guideSlug({identifier: 'abc'}, 'x.json'), 'abc');
  assert.equal(
    handoffUrl({}, 'guides/vneid-muc-2.en.json', 3, 'https://hoaloa.example/huong-dan'),
    'https://hoaloa.example/huong-dan/vneid-muc-2/#buoc-3'
  );
  assert.equal(
    handoffUrl({url: 'https://hoaloa.example/g/x#old'}, 'x.json', 2, null),
    'https://hoaloa.example/g/x#buoc-2'
  );
  assert.equal(handoffUrl({}, 'x.json', 2, null), undefined);
  assert.equal(handoffUrl({}, 'x.json', 2, '/huong-dan/', 'https://site.test/a/b.html'), 'https://site.test/huong-dan/x/#buoc-2');
  assert.equal(stepFromFragment('#buoc-4'), 4);
  assert.equal(stepFromFragment('#buoc-'), undefined);
  assert.equal(stepFromFragment('#other'), undefined);
  assert.equal(clampStep(9, 4), 4);
  assert.equal(clampStep(0, 4), 1);
  assert.equal(clampStep(NaN, 4), 1);
});
