/*
 * The sanitiser's rules, one attack at a time, so that loosening the allowlist
 * fails a test by name. (The 745-case corpus sweep in loa-news-sanitize.test.ts
 * did not notice `onerror` being allowed: its images are http or relative and
 * are dropped for that reason before a handler could matter.)
 *
 * Each case is sanitised as the element does it, and the result must keep the
 * harmless part (so a test cannot pass because everything was dropped) and
 * lose every handler and every script-bearing URL.
 */
import {expect} from '@open-wc/testing';
import {sanitizeItemHtml, type SanitizeOptions} from '../../src/news/sanitize.js';

const OPTIONS: SanitizeOptions = {
  base: 'https://xa.example/tin/1',
  headingLevel: 2,
  externalLabel: '(trang ngoài)',
  tableLabel: 'Bảng',
};

const XHTML = 'http://www.w3.org/1999/xhtml';

/** Every element of the sanitised result, the wrapper included. */
function elementsOf(dirty: string): Element[] {
  const root = sanitizeItemHtml(dirty, OPTIONS);
  return [root, ...root.querySelectorAll('*')];
}

/** How the URL parser reads a value: C0 controls and spaces trimmed, tabs and newlines removed anywhere. */
function schemeOf(value: string): string {
  const compact = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1].toLowerCase() ?? '';
}

const BAD_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/** URLs in an attribute value: srcset lists several, each before its size. */
function urlsIn(name: string, value: string): string[] {
  return name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
}

/** Handlers, script-bearing URLs and foreign (SVG, MathML) elements left in the result. */
function unsafe(elements: Element[]): string[] {
  const problems: string[] = [];
  for (const el of elements) {
    if (el.namespaceURI !== XHTML) problems.push(`<${el.localName}> in ${el.namespaceURI}`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${el.localName}[${name}]`);
      for (const url of urlsIn(name, attr.value)) {
        if (BAD_SCHEMES.has(schemeOf(url))) problems.push(`${el.localName}[${name}="${attr.value}"]`);
      }
    }
  }
  return problems;
}

describe('sanitiser: event handlers on elements it keeps', () => {
  const cases: Array<[string, string, string]> = [
    // [what, dirty markup, selector of the harmless part that must survive]
    ['<p onclick>', '<p onclick="alert(1)">Đoạn văn</p>', 'p'],
    ['<p> with many handlers', '<p onmouseover="alert(1)" onfocus="alert(2)" ONCLICK="alert(3)" tabindex="0">Đoạn</p>', 'p'],
    ['<a onmouseover>', '<a href="https://xa.example/tin/2" onmouseover="alert(1)">Tin khác</a>', 'a[href="https://xa.example/tin/2"]'],
    ['<a onclick> with a relative href', '<a href="/tin/3" onclick="alert(1)">Tin 3</a>', 'a[href="https://xa.example/tin/3"]'],
    ['<img src="https://…" onerror>', '<img src="https://xa.example/anh.png" alt="Ảnh" onerror="alert(1)">', 'img[src="https://xa.example/anh.png"]'],
    ['<img src="https://…" onload>', '<img src="https://xa.example/anh.png" alt="Ảnh" onload="alert(1)">', 'img[src="https://xa.example/anh.png"]'],
    ['<table onclick> and <td onmouseover>', '<table onclick="alert(1)"><tr><td onmouseover="alert(2)">Ô</td></tr></table>', 'td'],
    ['<h2 onclick>', '<h2 onclick="alert(1)">Mục</h2>', 'h4'],
    ['<blockquote onclick>', '<blockquote onclick="alert(1)">Trích</blockquote>', 'blockquote'],
    ['<svg><a>', '<svg><a href="https://xa.example/" onclick="alert(1)"><text>Chữ trong SVG</text></a></svg><p>sau</p>', 'p'],
    ['<svg onload>', '<svg onload="alert(1)"><circle r="5"/></svg><p>sau</p>', 'p'],
    ['<details ontoggle>', '<details open ontoggle="alert(1)"><summary>Tóm tắt</summary>Chi tiết</details><p>sau</p>', 'p'],
    ['<body onload> inside content', '<body onload="alert(1)"><p>Thân</p></body>', 'p'],
  ];
  for (const [what, dirty, kept] of cases) {
    it(`${what}: the element stays, the handler goes`, () => {
      const elements = elementsOf(dirty);
      expect(elements.some((el) => el.matches(kept)), `kept ${kept}`).to.equal(true);
      expect(unsafe(elements)).to.deep.equal([]);
    });
  }
});

describe('sanitiser: script-bearing URLs in every URL attribute', () => {
  /** Each dangerous scheme as feeds disguise it: case, entities, whitespace and controls. */
  const BAD_VALUES = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \t\n javascript:alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    'java&NewLine;script:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;&#x61;&#x76;&#x61;script&colon;alert(1)',
    'javascript&#58;alert(1)',
    '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'VbScRiPt:msgbox(1)',
    ' &#118;bscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    ' da&#x74;a:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg onload=alert(1)>',
  ];
  /** [attribute, markup with VALUE where the URL goes, the harmless part that must survive]. */
  const PLACES: Array<[string, string, string]> = [
    ['href', '<a href="VALUE">liên kết</a>', 'a'],
    ['src', '<img src="VALUE" alt="ảnh"><p>sau</p>', 'p'],
    ['srcset', '<img src="https://xa.example/a.png" srcset="VALUE 2x" alt="ảnh">', 'img[src="https://xa.example/a.png"]'],
    ['srcset (second candidate)', '<img src="https://xa.example/a.png" srcset="https://xa.example/a.png 1x, VALUE 2x" alt="ảnh">', 'img'],
    ['action', '<form action="VALUE"><p>trong biểu mẫu</p></form>', 'p'],
    ['formaction', '<button formaction="VALUE">Gửi</button><input type="submit" formaction="VALUE"><p>sau</p>', 'p'],
    ['xlink:href', '<svg><a xlink:href="VALUE"><text>x</text></a></svg><p>sau</p>', 'p'],
    ['poster', '<video poster="VALUE"></video><p>sau</p>', 'p'],
    ['cite', '<blockquote cite="VALUE">Trích</blockquote><q cite="VALUE">q</q><del cite="VALUE">d</del><ins cite="VALUE">i</ins>', 'blockquote'],
    ['longdesc', '<img src="https://xa.example/a.png" longdesc="VALUE" alt="ảnh">', 'img'],
    ['background', '<table background="VALUE"><tr><td background="VALUE">ô</td></tr></table>', 'td'],
    ['data (object)', '<object data="VALUE"></object><p>sau</p>', 'p'],
    ['src (iframe, embed, source)', '<iframe src="VALUE"></iframe><embed src="VALUE"><audio><source src="VALUE"></audio><p>sau</p>', 'p'],
    ['href (area, base, link)', '<map><area href="VALUE"></map><base href="VALUE"><link rel="stylesheet" href="VALUE"><p>sau</p>', 'p'],
  ];
  for (const [attribute, template, kept] of PLACES) {
    it(`${attribute}: no javascript:, vbscript: or data:text/html in any disguise`, () => {
      const problems: string[] = [];
      for (const value of BAD_VALUES) {
        // The value sits in a double-quoted attribute; its own quotes would end it.
        const dirty = template.replaceAll('VALUE', value.replaceAll('"', '&quot;'));
        const elements = elementsOf(dirty);
        if (!elements.some((el) => el.matches(kept))) problems.push(`${JSON.stringify(value)}: lost ${kept}`);
        problems.push(...unsafe(elements).map((p) => `${JSON.stringify(value)}: ${p}`));
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('safe URLs in the same places survive (the checks above are not vacuous)', () => {
    const elements = elementsOf(
      '<a href="https://xa.example/a">a</a><a href="mailto:xa@example.org">m</a><a href="tel:+842431234567">t</a><img src="https://xa.example/a.png" alt="ảnh">'
    );
    const urls = elements.flatMap((el) => ['href', 'src'].map((name) => el.getAttribute(name)).filter(Boolean));
    expect(urls).to.deep.equal(['https://xa.example/a', 'mailto:xa@example.org', 'tel:+842431234567', 'https://xa.example/a.png']);
  });
});
