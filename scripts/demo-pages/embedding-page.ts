// The embedding guide for webmasters (/demo/huong-dan-nhung/), rendered from
// docs/embedding.vi.md (vite.config.ts chooses the file): that file is the
// canonical source of this Vietnamese page, and the page's words live in it
// only. docs/embedding.md is its English counterpart, kept in step by hand:
// the same headings, code blocks and link targets, which
// test/node/demo-embedding-guide.test.ts compares. This page adds what only a
// web page can have: the table of contents (with the link to the generated
// reference page) and a live example of the theming snippet.
import {markup, type Markup} from './html.js';
import {BASE, type PageSpec} from './layout.js';
import {readMarkdownPage, type Heading} from './markdown.js';
import {qrTag} from './widgets.js';

function contents(headings: Heading[]): Markup {
  return markup`<nav aria-labelledby="muc-luc" class="toc">
  <h2 id="muc-luc">Mục lục</h2>
  <ol>
    ${headings.filter((h) => h.level === 2).map((h) => markup`<li><a href="#${h.id}">${h.text}</a></li>`)}
    <li><a href="${BASE}huong-dan-nhung/tham-chieu/">Tham chiếu thuộc tính, sự kiện, part, biến CSS</a></li>
  </ol>
</nav>`;
}

/** The theming snippet at work: the site's stylesheet gives .theme-do the snippet's values. */
const themeExample = markup`<p>Ví dụ chạy thật (đoạn CSS trên, với màu đỏ trầm của trang này):</p>
<div class="theme-example theme-do">
${qrTag('https://vneid.gov.vn/', 'Trang chính thức của VNeID', 3)}
</div>`;

/** `guide` is the Markdown source; `file` names it in build errors. */
export function embeddingPage(guide: string, file: string): PageSpec {
  const doc = readMarkdownPage(guide, file);
  return {
    path: 'huong-dan-nhung/',
    nav: 'huong-dan-nhung/',
    title: doc.title,
    description:
      'Nhúng tin tức, lịch, hướng dẫn từng bước và mã QR Bình dân học vụ số vào cổng thông tin xã bằng một thẻ script: mẫu mã, CSP, Trusted Types, CORS, giao diện.',
    main: doc.render({contents: contents(doc.headings), 'theme-example': themeExample}),
  };
}
