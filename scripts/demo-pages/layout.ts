// The frame every demo page shares: head (policy, title, the one-tag embed),
// demo banner, header and navigation, breadcrumb, main, sidebar and footer.
// A page is a PageSpec; this turns it into the whole HTML document.
import {jsonLd, markup, raw, type Markup} from './html.js';
import type {ContentPack} from './content-pack.js';
import {DEMO_CSP} from './csp.js';

/** Where the site lives, and its content pack (the widgets' `src`). */
export const BASE = '/demo/';
export const CONTENT = `${BASE}content/`;

/** The emblem of the header: a gold circle and ring on red (no real state emblem). */
export const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#f5c518"/><circle cx="16" cy="16" r="10" fill="#5e1010"/><circle cx="16" cy="16" r="5" fill="#f5c518"/></svg>';

/** The site's own stylesheet and script, as Vite built them (or serves them in dev). */
export interface Assets {
  css: string[];
  js: string;
  /** The dev server injects styles inline, which the strict policy would block. */
  dev?: boolean;
}

/** One page of the site. Paths are relative to BASE and end in `/`. */
export interface PageSpec {
  path: string;
  title: string;
  description: string;
  /** The NAV entry marked as the current page. */
  nav: string;
  /** Breadcrumb trail between the home page and this one: [path, label]. */
  crumbs?: Array<[string, string]>;
  main: Markup;
  aside?: Markup;
  /** schema.org data, written as a JSON-LD block in the head. */
  data?: unknown;
}

/** The site's sections: [path, label]. */
const NAV: Array<[string, string]> = [
  ['', 'Trang chủ'],
  ['binh-dan-hoc-vu-so/', 'Bình dân học vụ số'],
  ['binh-dan-hoc-vu-so/tin-tuc/', 'Tin tức'],
  ['binh-dan-hoc-vu-so/lich/', 'Lịch sự kiện'],
  ['huong-dan/', 'Hướng dẫn'],
  ['binh-dan-hoc-vu-so/ma-qr/', 'Mã QR'],
  ['huong-dan-nhung/', 'Hướng dẫn nhúng'],
];

/** The whole HTML document of a page. */
export function layout(spec: PageSpec, pack: ContentPack, assets: Assets): string {
  const name = pack.commune.name;
  const office = pack.commune.one_stop_shop ?? {};
  const crumbs = spec.crumbs ?? [];
  return `<!doctype html>
${markup`<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${assets.dev ? '' : markup`<meta http-equiv="Content-Security-Policy" content="${DEMO_CSP}">`}
<title>${spec.title} – ${name} (trang mẫu)</title>
<meta name="description" content="${spec.description}">
<meta name="theme-color" content="#8a1c1c">
<link rel="icon" href="${BASE}favicon.svg" type="image/svg+xml">
${assets.css.map((href) => markup`<link rel="stylesheet" href="${href}">`)}
<script type="module" src="/loa.js"></script>
<script type="module" src="${assets.js}"></script>
${spec.data ? jsonLd(spec.data) : ''}
</head>
<body>
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header">
  <p class="demo-banner"><strong>Trang web mẫu — không phải trang của cơ quan nhà nước.</strong> ${name}, các thôn, số liệu và số điện thoại đều là hư cấu, để minh họa thư viện Loa.</p>
  <div class="site-header__inner">
    <a class="site-name" href="${BASE}">
      <span class="site-name__emblem" aria-hidden="true"></span>
      <span class="site-name__text"><span class="site-name__small">Ủy ban nhân dân</span> ${name}</span>
    </a>
    <form class="site-search" role="search" aria-label="Tìm trên trang" action="${BASE}tim-kiem/" method="get">
      <label for="site-search-q">Tìm kiếm</label>
      <input id="site-search-q" name="q" type="search" autocomplete="off" enterkeyhint="search">
      <button type="submit">Tìm</button>
    </form>
  </div>
  <nav class="site-nav" aria-label="Chuyên mục">
    <ul>
      ${NAV.map(
        ([path, label]) =>
          markup`<li><a href="${BASE}${path}"${path === spec.nav ? raw(' aria-current="page"') : ''}>${label}</a></li>`
      )}
    </ul>
  </nav>
</header>
${crumbs.length
  ? markup`<nav class="breadcrumb" aria-label="Đường dẫn"><ol>
  <li><a href="${BASE}">Trang chủ</a></li>
  ${crumbs.map(([path, label]) => markup`<li><a href="${BASE}${path}">${label}</a></li>`)}
  <li><span aria-current="page">${spec.title}</span></li>
</ol></nav>`
  : ''}
<div class="page${spec.aside ? ' page--with-aside' : ''}">
  <main id="noi-dung" tabindex="-1">
    ${spec.main}
  </main>
  ${spec.aside ? markup`<aside class="sidebar" aria-label="Bình dân học vụ số">${spec.aside}</aside>` : ''}
</div>
<footer class="site-footer">
  <div class="site-footer__inner">
    <section aria-labelledby="lien-he">
      <h2 id="lien-he">Liên hệ</h2>
      <p>${office.name ?? name}</p>
      ${office.address ? markup`<p>${office.address}</p>` : ''}
      ${office.phone ? markup`<p>Điện thoại: <a href="tel:${office.phone.replace(/\s/g, '')}">${office.phone}</a> (số hư cấu)</p>` : ''}
      ${office.hours ? markup`<p>Giờ làm việc: ${office.hours}</p>` : ''}
      ${office.counter ? markup`<p>${office.counter}</p>` : ''}
    </section>
    <section aria-labelledby="ve-trang">
      <h2 id="ve-trang">Về trang này</h2>
      <p>${pack.commune.demo_notice ?? 'Đây là trang web mẫu, không phải trang của cơ quan nhà nước.'}</p>
      <p><a href="${BASE}huong-dan-nhung/">Nhúng các tiện ích này vào trang của bạn</a></p>
    </section>
  </div>
</footer>
</body>
</html>`}
`;
}

