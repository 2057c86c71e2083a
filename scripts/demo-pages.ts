// The demo commune website (dist/demo/), generated at build time from the demo
// content pack and custom-elements.json.
//
// The pages embed the widgets exactly as a webmaster would: one
// `<script type="module" src="/loa.js">` (the real one-tag bundle at the site
// root) and the tags, each with light-DOM fallback content that shows when
// JavaScript is off or the script is blocked. The pages are written by this
// plugin, not processed by Vite, so nothing rewrites or bundles that tag; Vite
// only builds the site's own small stylesheet and script (demo/main.ts).
import type {Plugin} from 'vite';
import {code, jsonLd, markup, raw, type Markup} from './demo-html.js';
import {loadContentPack, type ContentPack, type Guide, type Occurrence} from './demo-content.js';
import {readElementReference, readSharedTokens, type ElementReference, type SharedToken} from './demo-reference.js';

const BASE = '/demo/';
const CONTENT = `${BASE}content/`;

/**
 * The policy the demo pages carry in a <meta> tag: the strict policy of issue 8
 * plus a `trusted-types` allowlist naming exactly the policies the bundle
 * creates. If a widget needed more, the demo itself would break.
 */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'dompurify', 'loa-news'];
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src \'self\' data: https:',
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')} 'allow-duplicates'`,
].join('; ');

/** The emblem of the header: a gold circle and ring on red (no real state emblem). */
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#f5c518"/><circle cx="16" cy="16" r="10" fill="#5e1010"/><circle cx="16" cy="16" r="5" fill="#f5c518"/></svg>';

interface Assets {
  css: string[];
  js: string;
  /** The dev server injects styles inline, which the strict policy would block. */
  dev?: boolean;
}

interface PageSpec {
  path: string;
  title: string;
  description: string;
  nav: string;
  crumbs?: Array<[string, string]>;
  main: Markup;
  aside?: Markup;
  data?: unknown;
}

const NAV: Array<[string, string]> = [
  ['', 'Trang chủ'],
  ['binh-dan-hoc-vu-so/', 'Bình dân học vụ số'],
  ['binh-dan-hoc-vu-so/tin-tuc/', 'Tin tức'],
  ['binh-dan-hoc-vu-so/lich/', 'Lịch sự kiện'],
  ['huong-dan/', 'Hướng dẫn'],
  ['binh-dan-hoc-vu-so/ma-qr/', 'Mã QR'],
  ['huong-dan-nhung/', 'Hướng dẫn nhúng'],
];

const DATE = new Intl.DateTimeFormat('vi-VN', {timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'numeric', year: 'numeric'});
const DATE_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  weekday: 'long',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const DAY = new Intl.DateTimeFormat('vi-VN', {timeZone: 'Asia/Ho_Chi_Minh', weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric'});

const formatOccurrence = (o: Occurrence) =>
  o.allDay ? DAY.format(new Date(`${o.start}T00:00:00+07:00`)) : DATE_TIME.format(new Date(o.start));

function layout(spec: PageSpec, pack: ContentPack, assets: Assets): string {
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

// ----- Widgets as a webmaster writes them (the fallback is the content) -----

function newsTag(pack: ContentPack, {limit, level}: {limit?: number; level: number}): Markup {
  const items = pack.feed.items.slice(0, limit ?? pack.feed.items.length);
  return markup`<loa-news src="${CONTENT}news.json"${limit ? raw(` limit="${limit}"`) : ''} heading-level="${level}">
  <ul class="fallback-list">
    ${items.map(
      (item) => markup`<li>${item.title ?? ''}${item.date_published
        ? markup` <time datetime="${item.date_published}">(${DATE.format(new Date(item.date_published))})</time>`
        : ''}</li>`
    )}
  </ul>
  <p><a href="${BASE}binh-dan-hoc-vu-so/tin-tuc/">Xem tất cả tin Bình dân học vụ số</a></p>
</loa-news>`;
}

function scheduleTag(pack: ContentPack, level: number): Markup {
  return markup`<loa-schedule src="${CONTENT}events.ics" heading-level="${level}">
  <ul class="fallback-list">
    ${pack.upcoming.slice(0, 12).map(
      (o) => markup`<li><time datetime="${o.start}">${formatOccurrence(o)}</time>: ${o.summary}${o.location ? ` – ${o.location}` : ''}${o.cancelled ? ' (hủy)' : ''}</li>`
    )}
  </ul>
  <p><a href="${CONTENT}events.ics">Tải lịch (tệp .ics) để thêm vào điện thoại</a></p>
</loa-schedule>`;
}

/**
 * The guide is the page: the widget owns the page's h1 (heading-level 1), and
 * the fallback is the whole guide as static HTML, with the same h1, so the page
 * reads the same to a crawler, a reader without JavaScript and everyone else.
 */
function howtoTag(guide: Guide): Markup {
  return markup`<loa-howto src="${CONTENT}guides/${guide.slug}.json" link-fragment heading-level="1">
  <h1>${guide.name}</h1>
  ${guide.description ? markup`<p class="lead">${guide.description}</p>` : ''}
  <ol class="fallback-steps">
    ${guide.steps.map((step, i) => markup`<li id="buoc-${i + 1}"><strong>${step.name}.</strong> ${step.text}</li>`)}
  </ol>
</loa-howto>`;
}

function qrTag(href: string, label: string, level: number, {poster, commune}: {poster?: boolean; commune?: string} = {}): Markup {
  return markup`<loa-qr href="${href}" label="${label}" heading-level="${level}"${poster ? raw(' variant="poster"') : ''}>
  ${commune ? markup`<span slot="commune">${commune}</span>` : ''}
  <p><a href="${href}">${label}</a></p>
</loa-qr>`;
}

function sidebar(pack: ContentPack): Markup {
  return markup`<section class="sidebar__block" aria-labelledby="tin-moi">
  <h2 id="tin-moi">Tin Bình dân học vụ số</h2>
  ${newsTag(pack, {limit: 3, level: 3})}
</section>
<section class="sidebar__block" aria-labelledby="quet-ma">
  <h2 id="quet-ma">Quét mã để học</h2>
  ${qrTag('https://binhdanhocvuso.gov.vn/', 'Nền tảng học Bình dân học vụ số', 3)}
</section>`;
}

// ----- schema.org data, from the same pack -----

function newsData(pack: ContentPack) {
  const author = pack.feed.authors?.[0];
  return {
    '@context': 'https://schema.org',
    '@graph': pack.feed.items.map((item) => ({
      '@type': 'NewsArticle',
      '@id': item.id,
      url: item.url ?? item.id,
      headline: item.title,
      description: item.summary,
      datePublished: item.date_published,
      dateModified: item.date_modified ?? item.date_published,
      inLanguage: 'vi',
      keywords: item.tags?.join(', '),
      image: item.image ? `${CONTENT}${item.image}` : undefined,
      author: author ? {'@type': 'Organization', name: author.name, url: author.url} : undefined,
    })),
  };
}

function eventsData(pack: ContentPack) {
  return {
    '@context': 'https://schema.org',
    '@graph': pack.upcoming.map((o) => ({
      '@type': 'Event',
      '@id': `${o.uid}#${o.start}`,
      name: o.summary,
      description: o.description,
      startDate: o.start,
      // An all-day DTEND is the day after; schema.org wants the last day, so leave one-day events open.
      endDate: o.allDay ? undefined : o.end,
      eventStatus: o.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      isAccessibleForFree: true,
      inLanguage: 'vi',
      url: o.url,
      location: {'@type': 'Place', name: o.location || pack.commune.name, address: o.location || pack.commune.name},
      organizer: {'@type': 'Organization', name: `UBND ${pack.commune.name} (hư cấu)`},
    })),
  };
}

/** The guide file is already a schema.org HowTo; only its relative image paths need the content folder. */
function howtoData(guide: Guide) {
  const absolute = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(absolute);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, v]) => [
          key,
          key === 'url' && typeof v === 'string' && !/^[a-z]+:/i.test(v) ? `${CONTENT}guides/${v}` : absolute(v),
        ])
      );
    }
    return value;
  };
  return absolute(guide.data);
}

// ----- Pages -----

function home(pack: ContentPack): PageSpec {
  return {
    path: '',
    nav: '',
    title: 'Trang chủ',
    description: `Trang web mẫu của ${pack.commune.name} (xã hư cấu): thông báo, lịch học và hướng dẫn kỹ năng số của phong trào Bình dân học vụ số.`,
    main: markup`<h1>${pack.commune.name}</h1>
<p class="lead">Chào mừng bà con đến với trang thông tin của xã. Ở đây có tin tức, lịch học và hướng dẫn từng bước của phong trào <a href="${BASE}binh-dan-hoc-vu-so/">“Bình dân học vụ số”</a>: không ai bị bỏ lại phía sau.</p>
<section aria-labelledby="can-lam-gi">
  <h2 id="can-lam-gi">Bà con cần làm gì?</h2>
  <ul class="cards">
    <li class="card"><h3><a href="${BASE}huong-dan/vneid-muc-2/">Kích hoạt VNeID mức 2</a></h3><p>Mang căn cước gắn chip đến Công an xã; cán bộ giúp tận nơi.</p></li>
    <li class="card"><h3><a href="${BASE}binh-dan-hoc-vu-so/lich/">Đến lớp học gần nhà</a></h3><p>Tổ công nghệ số cộng đồng hỗ trợ buổi tối ở các thôn; có lớp riêng cho người cao tuổi và người khuyết tật.</p></li>
    <li class="card"><h3><a href="${BASE}huong-dan/phong-chong-lua-dao/">Phòng tránh lừa đảo</a></h3><p>Không ai được hỏi mật khẩu hay mã OTP của bạn, kể cả cán bộ.</p></li>
  </ul>
</section>
<section aria-labelledby="sap-dien-ra">
  <h2 id="sap-dien-ra">Sắp diễn ra</h2>
  <ul class="upcoming">
    ${pack.upcoming
      .filter((o) => !o.cancelled)
      .slice(0, 3)
      .map(
        (o) => markup`<li><time datetime="${o.start}">${formatOccurrence(o)}</time><br>${o.summary}${o.location ? markup`<br><span class="muted">${o.location}</span>` : ''}</li>`
      )}
  </ul>
  <p><a href="${BASE}binh-dan-hoc-vu-so/lich/">Xem cả lịch sự kiện</a></p>
</section>
<section aria-labelledby="dich-vu">
  <h2 id="dich-vu">Dịch vụ công trực tuyến</h2>
  <p>Nộp hồ sơ trên <a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a> bằng tài khoản VNeID. Cần giúp, đến ${pack.commune.one_stop_shop?.counter ?? 'Trung tâm phục vụ hành chính công'}.</p>
</section>`,
    aside: sidebar(pack),
  };
}

function section(pack: ContentPack): PageSpec {
  return {
    path: 'binh-dan-hoc-vu-so/',
    nav: 'binh-dan-hoc-vu-so/',
    title: 'Bình dân học vụ số',
    description: `Chuyên mục Bình dân học vụ số của ${pack.commune.name} (trang mẫu): tin tức, lịch Tổ công nghệ số cộng đồng, hướng dẫn VNeID, chữ ký số và mã QR.`,
    main: markup`<h1>Bình dân học vụ số</h1>
<p class="lead">Phong trào giúp mọi người dân có kỹ năng số cơ bản: dùng VNeID, dịch vụ công trực tuyến, chữ ký số, thanh toán bằng mã QR và tự bảo vệ mình trên mạng.</p>
<ul class="cards">
  <li class="card"><h2><a href="${BASE}binh-dan-hoc-vu-so/tin-tuc/">Tin tức</a></h2><p>Kết quả, lễ phát động, Ngày hội toàn dân học tập số 10/10.</p></li>
  <li class="card"><h2><a href="${BASE}binh-dan-hoc-vu-so/lich/">Lịch sự kiện</a></h2><p>Buổi hỗ trợ ở các thôn và các lớp học trong tuần.</p></li>
  <li class="card"><h2><a href="${BASE}huong-dan/">Hướng dẫn từng bước</a></h2><p>${pack.guides.length} hướng dẫn có hình, đọc to được, mở thẳng tới từng bước.</p></li>
  <li class="card"><h2><a href="${BASE}binh-dan-hoc-vu-so/ma-qr/">Mã QR</a></h2><p>Quét để mở các trang học và dịch vụ công trên điện thoại.</p></li>
</ul>`,
    aside: sidebar(pack),
  };
}

function newsPage(pack: ContentPack): PageSpec {
  return {
    path: 'binh-dan-hoc-vu-so/tin-tuc/',
    nav: 'binh-dan-hoc-vu-so/tin-tuc/',
    crumbs: [['binh-dan-hoc-vu-so/', 'Bình dân học vụ số']],
    title: 'Tin tức Bình dân học vụ số',
    description: `Tin tức phong trào Bình dân học vụ số ở ${pack.commune.name} (xã hư cấu, trang mẫu): kết quả, lớp học, Tổ công nghệ số và Đại sứ số.`,
    main: markup`<h1>Tin tức Bình dân học vụ số</h1>
${newsTag(pack, {level: 2})}`,
    data: newsData(pack),
  };
}

function eventsPage(pack: ContentPack): PageSpec {
  return {
    path: 'binh-dan-hoc-vu-so/lich/',
    nav: 'binh-dan-hoc-vu-so/lich/',
    crumbs: [['binh-dan-hoc-vu-so/', 'Bình dân học vụ số']],
    title: 'Lịch sự kiện',
    description: `Lịch Tổ công nghệ số cộng đồng, lớp học cho người cao tuổi và người khuyết tật, Ngày hội toàn dân học tập số ở ${pack.commune.name} (trang mẫu).`,
    main: markup`<h1>Lịch sự kiện</h1>
<p>Các buổi hỗ trợ đều miễn phí. Mang theo điện thoại đã sạc và căn cước gắn chip.</p>
${scheduleTag(pack, 2)}`,
    data: eventsData(pack),
  };
}

function guidesIndex(pack: ContentPack): PageSpec {
  return {
    path: 'huong-dan/',
    nav: 'huong-dan/',
    crumbs: [['binh-dan-hoc-vu-so/', 'Bình dân học vụ số']],
    title: 'Hướng dẫn từng bước',
    description: `Hướng dẫn có hình, từng bước, về VNeID, dịch vụ công, chữ ký số, mã QR và phòng chống lừa đảo (${pack.commune.name}, trang mẫu).`,
    main: markup`<h1>Hướng dẫn từng bước</h1>
<p>Mỗi hướng dẫn có hình minh họa và có thể đọc to. Ki-ốt ở Trung tâm phục vụ hành chính công in mã QR dẫn thẳng tới từng bước.</p>
<ul class="cards">
  ${pack.guides.map(
    (g) => markup`<li class="card"><h2><a href="${BASE}huong-dan/${g.slug}/">${g.name}</a></h2>${g.description ? markup`<p>${g.description}</p>` : ''}<p class="muted">${g.steps.length} bước</p></li>`
  )}
</ul>`,
  };
}

function guidePage(pack: ContentPack, guide: Guide): PageSpec {
  return {
    path: `huong-dan/${guide.slug}/`,
    nav: 'huong-dan/',
    crumbs: [
      ['binh-dan-hoc-vu-so/', 'Bình dân học vụ số'],
      ['huong-dan/', 'Hướng dẫn'],
    ],
    title: guide.name,
    description: (guide.description ?? `Hướng dẫn từng bước: ${guide.name}.`).slice(0, 300),
    main: markup`${howtoTag(guide)}
<p>Cần người giúp? Đến ${pack.commune.one_stop_shop?.counter ?? 'Trung tâm phục vụ hành chính công'} hoặc buổi hỗ trợ của Tổ công nghệ số ở thôn (<a href="${BASE}binh-dan-hoc-vu-so/lich/">xem lịch</a>).</p>`,
    data: howtoData(guide),
  };
}

function qrPage(pack: ContentPack): PageSpec {
  return {
    path: 'binh-dan-hoc-vu-so/ma-qr/',
    nav: 'binh-dan-hoc-vu-so/ma-qr/',
    crumbs: [['binh-dan-hoc-vu-so/', 'Bình dân học vụ số']],
    title: 'Mã QR các trang học và dịch vụ',
    description: `Mã QR để mở nhanh nền tảng Bình dân học vụ số, Cổng Dịch vụ công quốc gia và VNeID trên điện thoại (${pack.commune.name}, trang mẫu).`,
    main: markup`<h1>Mã QR các trang học và dịch vụ</h1>
<p>Mở camera hoặc Zalo trên điện thoại, hướng vào mã để mở trang. Các trang dưới đây là trang thật của Nhà nước.</p>
<ul class="qr-grid">
  ${pack.qr
    .filter((q) => !q.href.includes('.example'))
    .map((q) => markup`<li>${qrTag(q.href, q.label, 2)}</li>`)}
</ul>
<h2>Bản in cho bảng tin</h2>
<p>Bản áp phích in rõ trên khổ A4, có tên xã.</p>
${qrTag('https://binhdanhocvuso.gov.vn/', 'Học kỹ năng số miễn phí trên Bình dân học vụ số', 3, {poster: true, commune: pack.commune.name})}`,
  };
}

function embedPage(pack: ContentPack): PageSpec {
  const sampleGuide = pack.guides[0]?.slug ?? 'vneid-muc-2';
  return {
    path: 'huong-dan-nhung/',
    nav: 'huong-dan-nhung/',
    title: 'Hướng dẫn nhúng cho quản trị trang',
    description:
      'Nhúng tin tức, lịch, hướng dẫn từng bước và mã QR Bình dân học vụ số vào cổng thông tin xã bằng một thẻ script: mẫu mã, CSP, Trusted Types, CORS, giao diện.',
    main: raw(embedGuide(sampleGuide)),
  };
}

function referencePage(elements: ElementReference[], tokens: SharedToken[]): PageSpec {
  return {
    path: 'huong-dan-nhung/tham-chieu/',
    nav: 'huong-dan-nhung/',
    crumbs: [['huong-dan-nhung/', 'Hướng dẫn nhúng']],
    title: 'Tham chiếu thuộc tính, sự kiện, part và biến CSS',
    description: 'Danh sách thuộc tính, sự kiện, slot, ::part và biến CSS của loa-news, loa-schedule, loa-howto và loa-qr, sinh tự động từ custom-elements.json.',
    main: markup`<h1>Tham chiếu các thành phần</h1>
<p>Trang này được sinh tự động khi build, từ tệp <code>custom-elements.json</code> (lấy từ chú thích JSDoc trong mã nguồn), nên luôn khớp với phiên bản <code>loa.js</code> đang chạy. Mô tả giữ nguyên tiếng Anh như trong mã nguồn.</p>
${elements.length === 0 ? markup`<p class="notice">Không tìm thấy custom-elements.json khi build.</p>` : ''}
<nav aria-label="Các thành phần"><ul>
  <li><a href="#bien-chung">Biến CSS dùng chung</a></li>
  ${elements.map((e) => markup`<li><a href="#${e.tag}">&lt;${e.tag}&gt;</a></li>`)}
</ul></nav>
<section aria-labelledby="bien-chung">
  <h2 id="bien-chung">Biến CSS dùng chung</h2>
  <p>Mọi tiện ích đều đọc các biến này (từ <code>src/core/theme.styles.ts</code>). Đặt chúng trong tệp CSS của trang, trên thẻ tiện ích hoặc phần tử bao quanh.</p>
  ${referenceTable('Các biến dùng chung và giá trị mặc định', ['Biến', 'Mặc định'], tokens.map((t) => [markup`<code>${t.name}</code>`, markup`<code>${t.default}</code>`]))}
</section>
${elements.map(referenceSection)}`,
  };
}

function referenceTable(caption: string, headers: string[], rows: Array<Array<string | Markup>>): Markup {
  if (!rows.length) return markup`<p><strong>${caption}:</strong> không có.</p>`;
  return markup`<div class="table-wrap" role="region" aria-label="${caption}" tabindex="0"><table>
  <caption>${caption}</caption>
  <thead><tr>${headers.map((h) => markup`<th scope="col">${h}</th>`)}</tr></thead>
  <tbody>${rows.map(([first, ...rest]) => markup`<tr><th scope="row">${first}</th>${rest.map((cell) => markup`<td>${cell}</td>`)}</tr>`)}</tbody>
</table></div>`;
}

function referenceSection(e: ElementReference): Markup {
  const c = (text?: string) => (text ? markup`<code>${text}</code>` : '');
  return markup`<section aria-labelledby="${e.tag}">
  <h2 id="${e.tag}">&lt;${e.tag}&gt;</h2>
  ${e.summary ? markup`<p>${e.summary}</p>` : ''}
  ${referenceTable(
    `Thuộc tính HTML của ${e.tag}`,
    ['Thuộc tính', 'Kiểu', 'Mặc định', 'Mô tả'],
    e.attributes.map((a) => [c(a.name), c(a.type?.text), c(a.default), a.description ?? ''])
  )}
  ${referenceTable(`Sự kiện của ${e.tag}`, ['Sự kiện', 'Mô tả'], e.events.map((ev) => [c(ev.name), ev.description ?? '']))}
  ${referenceTable(`Slot của ${e.tag}`, ['Slot', 'Mô tả'], e.slots.map((s) => [s.name ? c(s.name) : 'mặc định', s.description ?? '']))}
  ${referenceTable(`::part của ${e.tag}`, ['Part', 'Mô tả'], e.parts.map((p) => [c(p.name), p.description ?? '']))}
  ${referenceTable(
    `Biến CSS của ${e.tag}`,
    ['Biến', 'Mặc định', 'Mô tả'],
    e.cssProperties.map((p) => [c(p.name), c(p.default), p.description ?? ''])
  )}
</section>`;
}

/** The embedding guide for webmasters (Vietnamese; the same content as docs/embedding.md). */
function embedGuide(sampleGuide: string): string {
  const snippet = (id: string, source: string) =>
    markup`<div class="snippet">${code(source, id)}</div>`.value;
  return markup`<h1>Hướng dẫn nhúng cho quản trị trang</h1>
<p class="lead">Đưa tin tức, lịch, hướng dẫn từng bước và mã QR “Bình dân học vụ số” vào cổng thông tin của xã (NukeViet, WordPress, SharePoint, Liferay…) chỉ bằng một thẻ <code>&lt;script&gt;</code> và vài thẻ HTML. Không cần công cụ build.</p>
<nav aria-labelledby="muc-luc" class="toc">
  <h2 id="muc-luc">Mục lục</h2>
  <ol>
    <li><a href="#buoc-nhanh">Nhúng trong 5 phút</a></li>
    <li><a href="#mau-ma">Mẫu mã cho từng tiện ích</a></li>
    <li><a href="#du-phong">Nội dung dự phòng khi không có JavaScript</a></li>
    <li><a href="#giao-dien">Đổi giao diện</a></li>
    <li><a href="#csp">Content-Security-Policy và Trusted Types</a></li>
    <li><a href="#nguon">Đăng tin và lịch: cùng trang hoặc CORS</a></li>
    <li><a href="#tu-luu">Tự lưu tệp loa.js trên máy chủ của xã</a></li>
    <li><a href="${BASE}huong-dan-nhung/tham-chieu/">Tham chiếu thuộc tính, sự kiện, part, biến CSS</a></li>
  </ol>
</nav>

<section aria-labelledby="buoc-nhanh">
<h2 id="buoc-nhanh">Nhúng trong 5 phút</h2>
<ol>
  <li>Chép tệp <code>loa.js</code> và thư mục <code>chunks/</code> bên cạnh lên máy chủ của xã, ví dụ vào <code>/loa/</code>. Xem <a href="#tu-luu">tự lưu</a>.</li>
  <li>Chép tệp tin tức <code>news.json</code> (định dạng JSON Feed) lên cùng trang, ví dụ <code>/binh-dan-hoc-vu-so/news.json</code>.</li>
  <li>Trong trình soạn thảo của cổng, chuyển sang chế độ HTML (mã nguồn) và dán:</li>
</ol>
${raw(snippet('ma-toi-thieu', `<script type="module" src="/loa/loa.js"></script>

<loa-news src="/binh-dan-hoc-vu-so/news.json" limit="5">
  <a href="/binh-dan-hoc-vu-so/">Xem tin tức Bình dân học vụ số</a>
</loa-news>`))}
<p>Thẻ <code>script</code> chỉ cần một lần mỗi trang, đặt ở đâu cũng được (trong <code>&lt;head&gt;</code> hay ngay trước thẻ đầu tiên). Nếu cổng có CSP, xem <a href="#csp">mục CSP</a>: với tệp đặt trên cùng tên miền thì thường không phải sửa gì.</p>
<p>Ngôn ngữ: tiện ích nói tiếng Việt, trừ khi nó hoặc phần tử bao quanh có <code>lang="en"</code>. Cấp tiêu đề: đặt <code>heading-level</code> để tiêu đề của tiện ích nằm đúng dưới tiêu đề của trang (mặc định là 2).</p>
</section>

<section aria-labelledby="mau-ma">
<h2 id="mau-ma">Mẫu mã cho từng tiện ích</h2>
<h3>Tin tức: <code>&lt;loa-news&gt;</code></h3>
<p>Đọc JSON Feed 1.1, RSS 2.0 hoặc Atom. <code>limit</code>: số tin; <code>category</code>: chỉ hiện tin có thẻ này.</p>
${raw(snippet('ma-tin-tuc', `<loa-news src="/binh-dan-hoc-vu-so/news.json" limit="3" heading-level="3">
  <a href="/binh-dan-hoc-vu-so/tin-tuc/">Tin tức Bình dân học vụ số</a>
</loa-news>`))}
<h3>Lịch: <code>&lt;loa-schedule&gt;</code></h3>
<p>Đọc tệp iCalendar (.ics), kể cả sự kiện lặp lại và buổi bị hủy. Giờ theo múi giờ Việt Nam.</p>
${raw(snippet('ma-lich', `<loa-schedule src="/binh-dan-hoc-vu-so/lich.ics">
  <a href="/binh-dan-hoc-vu-so/lich.ics">Tải lịch các buổi hỗ trợ</a>
</loa-schedule>`))}
<h3>Hướng dẫn từng bước: <code>&lt;loa-howto&gt;</code></h3>
<p>Đọc một tệp schema.org HowTo (JSON). Với <code>link-fragment</code>, địa chỉ <code>#buoc-3</code> mở thẳng bước 3, và mã QR trên ki-ốt trỏ đúng bước đó.</p>
${raw(snippet('ma-huong-dan', `<loa-howto src="/huong-dan/${sampleGuide}.json" link-fragment>
  <a href="/huong-dan/${sampleGuide}.html">Đọc hướng dẫn</a>
</loa-howto>`))}
<h3>Mã QR: <code>&lt;loa-qr&gt;</code></h3>
<p>Vẽ mã QR ngay trên máy (không gọi dịch vụ ngoài), kèm địa chỉ bằng chữ và nút sao chép. Chỉ nhận liên kết https.</p>
${raw(snippet('ma-qr', `<loa-qr href="https://dichvucong.gov.vn/" label="Cổng Dịch vụ công quốc gia">
  <a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a>
</loa-qr>`))}
<p>Trang chỉ cần một tiện ích? Dùng tệp riêng, nhỏ hơn: <code>widgets/loa-news.js</code>, <code>widgets/loa-schedule.js</code>, <code>widgets/loa-howto.js</code>, <code>widgets/loa-qr.js</code> (giữ nguyên thư mục <code>widgets/chunks/</code> bên cạnh).</p>
</section>

<section aria-labelledby="du-phong">
<h2 id="du-phong">Nội dung dự phòng khi không có JavaScript</h2>
<p>Viết nội dung thường (một đường link, một danh sách) <em>bên trong</em> thẻ. Khi <code>loa.js</code> chạy, tiện ích vẽ giao diện của nó và nội dung bên trong được ẩn đi (không hiện, trình đọc màn hình cũng không đọc). Khi JavaScript bị tắt, tệp bị chặn hoặc mạng chậm, người đọc vẫn thấy nội dung bên trong, không bao giờ là một ô trống.</p>
${raw(snippet('ma-du-phong', `<loa-schedule src="/lich.ics">
  <p>Tổ công nghệ số hỗ trợ tối thứ Ba và thứ Năm tại nhà văn hóa thôn.</p>
  <a href="/lich.ics">Tải lịch đầy đủ</a>
</loa-schedule>`))}
<p>Lưu ý: đừng đặt thuộc tính <code>slot</code> trên nội dung dự phòng (trừ slot có tên mà tiện ích ghi rõ, như <code>slot="commune"</code> của <code>&lt;loa-qr variant="poster"&gt;</code>).</p>
</section>

<section aria-labelledby="giao-dien">
<h2 id="giao-dien">Đổi giao diện</h2>
<p>Tiện ích lấy phông chữ của trang. Màu và kích thước đổi bằng biến CSS <code>--loa-*</code> đặt trong tệp CSS của trang (không cần thuộc tính <code>style</code>). Kích thước tính bằng <code>em</code> và không bao giờ nhỏ hơn 16 px, kể cả khi trang đặt <code>html { font-size: 62.5% }</code>.</p>
${raw(snippet('ma-giao-dien', `/* Tệp CSS của trang */
loa-news, loa-schedule, loa-howto, loa-qr {
  --loa-color-accent: #8a1c1c;      /* màu nhấn: nút, đường link */
  --loa-color-accent-text: #ffffff; /* chữ trên nút */
  --loa-font-family: "Be Vietnam Pro", Arial, sans-serif;
  --loa-radius: 0.25em;
}
/* Một phần cụ thể, qua ::part (tên part xem ở trang tham chiếu) */
loa-qr::part(base) {
  border: 2px solid #8a1c1c;
}`))}
<p>Giữ tương phản chữ tối thiểu 4,5:1 khi đổi màu. Ví dụ chạy thật (màu đỏ trầm của trang này):</p>
<div class="theme-example theme-do">
${qrTag('https://vneid.gov.vn/', 'Trang chính thức của VNeID', 3)}
</div>
</section>

<section aria-labelledby="csp">
<h2 id="csp">Content-Security-Policy và Trusted Types</h2>
<p>Tiện ích không dùng <code>eval</code>, không có script hay style nội tuyến, không dùng thuộc tính <code>style</code> và không tải gì từ bên thứ ba. Chúng chạy dưới chính sách chặt này (trang mẫu này cũng dùng nó):</p>
${raw(snippet('ma-csp', `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
  img-src 'self' data: https:; object-src 'none'; base-uri 'none';
  require-trusted-types-for 'script'`))}
<p>Cần thêm gì, tùy nơi đặt tệp:</p>
<ul>
  <li><code>loa.js</code> trên cùng tên miền: không thêm gì. Trên CDN: thêm địa chỉ CDN vào <code>script-src</code>, ví dụ <code>script-src 'self' https://cdn.example.vn</code>.</li>
  <li>Tin tức, lịch, hướng dẫn ở tên miền khác: thêm tên miền đó vào <code>connect-src</code> (nếu trang có <code>connect-src</code>, hoặc <code>default-src</code> mà không có <code>connect-src</code>).</li>
  <li>Ảnh trong tin tức và hướng dẫn: <code>img-src</code> phải cho phép nơi đặt ảnh (ở trên là mọi địa chỉ https).</li>
  <li>Không cần <code>'unsafe-inline'</code>, <code>'unsafe-eval'</code> hay nonce.</li>
</ul>
<p><strong>Trusted Types.</strong> Nếu trang có chỉ thị <code>trusted-types</code> (danh sách tên chính sách được phép), thêm đúng các tên mà <code>loa.js</code> tạo: <code>lit-html</code> (của thư viện Lit), <code>dompurify</code> (thư viện làm sạch HTML của tin tức) và <code>loa-news</code> (tiện ích tin tức, chỉ để phân tích nội dung nguồn tin ở chế độ trơ). Thêm <code>'allow-duplicates'</code> vì trang có thể nạp <code>loa.js</code> hai lần:</p>
${raw(snippet('ma-trusted-types', `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')} 'allow-duplicates'`))}
<p>NukeViet và các cổng khác thường cho sửa CSP trong phần cấu hình bảo mật của trang quản trị; nếu không, sửa ở máy chủ web (nginx, Apache, IIS).</p>
</section>

<section aria-labelledby="nguon">
<h2 id="nguon">Đăng tin và lịch: cùng trang hoặc CORS</h2>
<p><strong>Cách dễ nhất: cùng trang.</strong> Đặt <code>news.json</code>, tệp <code>.ics</code> và các tệp hướng dẫn trên chính cổng của xã (ví dụ trong thư mục tải lên). Trình duyệt đọc được ngay, không cần cấu hình thêm.</p>
<p><strong>Ở tên miền khác</strong> (máy chủ của huyện, tỉnh, hoặc kho chung): máy chủ đó phải trả tiêu đề CORS cho phép cổng của xã đọc. Ví dụ với nginx:</p>
${raw(snippet('ma-nginx', `location ~ \\.(json|ics)$ {
  add_header Access-Control-Allow-Origin "https://hoaloa.example" always;
  add_header Cache-Control "max-age=300";
  types { application/feed+json json; text/calendar ics; }
}`))}
<p>Apache (<code>.htaccess</code>):</p>
${raw(snippet('ma-apache', `<FilesMatch "\\.(json|ics)$">
  Header set Access-Control-Allow-Origin "https://hoaloa.example"
</FilesMatch>
AddType text/calendar .ics`))}
<p>IIS (SharePoint, <code>web.config</code>):</p>
${raw(snippet('ma-iis', `<system.webServer>
  <httpProtocol>
    <customHeaders>
      <add name="Access-Control-Allow-Origin" value="https://hoaloa.example" />
    </customHeaders>
  </httpProtocol>
  <staticContent>
    <mimeMap fileExtension=".ics" mimeType="text/calendar" />
  </staticContent>
</system.webServer>`))}
<p>Lịch Google, Outlook: đường link .ics công khai của họ không gửi tiêu đề CORS, nên trình duyệt không đọc trực tiếp được. Hãy tải tệp .ics về và đăng lên cổng của xã theo định kỳ. Nếu nguồn hỏng hoặc sai định dạng, tiện ích báo lỗi rõ ràng bằng tiếng Việt, có nút “Thử lại”, và vẫn giữ nội dung đọc được lần trước.</p>
</section>

<section aria-labelledby="tu-luu">
<h2 id="tu-luu">Tự lưu tệp loa.js trên máy chủ của xã</h2>
<p>Nên tự lưu thay vì dùng CDN: trang không phụ thuộc máy chủ bên ngoài, CSP không phải thêm gì, và phiên bản không tự đổi.</p>
<ol>
  <li>Lấy thư mục <code>dist/</code> của bản phát hành (<code>npm run build</code>) hoặc của gói npm.</li>
  <li>Chép <code>loa.js</code> cùng thư mục <code>chunks/</code> lên máy chủ, giữ nguyên cấu trúc; đặt tên thư mục có số phiên bản, ví dụ <code>/loa/0.1.0/</code>. Thư mục <code>chunks/</code> chứa những phần chỉ tải khi trang cần: bộ đọc tin, lịch và hướng dẫn, bộ lọc HTML, bộ tạo mã QR và chữ tiếng Anh. Thiếu một tệp thì tiện ích không bao giờ để trống: nó ghi rõ tên tệp cần chép, ví dụ “Không tải được tệp chunks/….js. Hãy chép cả thư mục chunks/ cạnh loa.js.”. Dùng <code>widgets/loa-*.js</code> thì chép cả thư mục <code>widgets/chunks/</code>.</li>
  <li>Chép cả tệp tin tức, lịch, hướng dẫn và ảnh mà chúng dùng, giữ nguyên cấu trúc thư mục: đường dẫn ảnh tương đối được tính từ thư mục của tệp chứa nó.</li>
  <li>Máy chủ phải trả <code>.js</code> với kiểu <code>text/javascript</code>, nên nén gzip hoặc brotli (nhỏ đi khoảng ba lần). Có số phiên bản trong đường dẫn thì có thể cho lưu đệm lâu: <code>Cache-Control: max-age=31536000, immutable</code>.</li>
  <li>Kiểm tra: mở trang, mở một tin và nút “Tiếp tục trên điện thoại” của một hướng dẫn (để trang tải cả các phần tải sau), rồi xem thẻ Network trong công cụ phát triển (F12): không tệp nào báo 404.</li>
</ol>
${raw(snippet('ma-tu-luu', `<script type="module" src="/loa/0.1.0/loa.js"></script>`))}
<p>Dùng npm và công cụ build? Nhập từng phần tử: <code>import 'loa/news/define.js'</code>; các lớp không tự đăng ký có ở <code>import {LoaNews} from 'loa'</code>.</p>
<p>Nạp hai lần (hai plugin cùng mang <code>loa.js</code>) không gây lỗi: bản thứ hai nhường bản đầu và ghi đúng một cảnh báo trong bảng điều khiển.</p>
</section>`.value;
}

export function buildPages(pack: ContentPack, elements: ElementReference[], tokens: SharedToken[]): PageSpec[] {
  return [
    home(pack),
    section(pack),
    newsPage(pack),
    eventsPage(pack),
    guidesIndex(pack),
    ...pack.guides.map((g) => guidePage(pack, g)),
    qrPage(pack),
    embedPage(pack),
    referencePage(elements, tokens),
  ];
}

/**
 * Vite plugin for the demo site. `vite build --mode demo`: Vite builds
 * demo/main.ts (the site's script and stylesheet) and this writes every page
 * around them. `npm run dev`: the same pages are rendered per request, with
 * /loa.js answered from the sources (src/define.ts).
 */
export function demoPages({contentDir, manifest, theme}: {contentDir: string; manifest: string; theme: string}): Plugin {
  const pages = () => {
    const pack = loadContentPack(contentDir);
    return {pack, specs: buildPages(pack, readElementReference(manifest), readSharedTokens(theme))};
  };
  return {
    name: 'loa-demo-pages',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (path === '/loa.js') {
          request.url = '/src/define.ts';
          return next();
        }
        if (path === '/demo/favicon.svg') {
          response.setHeader('content-type', 'image/svg+xml');
          return response.end(FAVICON);
        }
        if (!path.startsWith(BASE) || !path.endsWith('/')) return next();
        const {pack, specs} = pages();
        const spec = specs.find((s) => `${BASE}${s.path}` === path);
        if (!spec) return next();
        const page = layout(spec, pack, {css: [], js: `${BASE}main.ts`, dev: true});
        server
          .transformIndexHtml(path, page)
          .then((html) => {
            response.setHeader('content-type', 'text/html; charset=utf-8');
            response.end(html);
          })
          .catch(next);
      });
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      if (!entry || entry.type !== 'chunk') throw new Error('demo/main.ts was not built');
      const css = [...(entry.viteMetadata?.importedCss ?? [])].map((f) => `${BASE}${f}`);
      const assets = {css, js: `${BASE}${entry.fileName}`};
      const {pack, specs} = pages();
      this.emitFile({type: 'asset', fileName: 'favicon.svg', source: FAVICON});
      for (const spec of specs) {
        this.emitFile({type: 'asset', fileName: `${spec.path}index.html`, source: layout(spec, pack, assets)});
      }
    },
  };
}
