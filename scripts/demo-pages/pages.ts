// The pages of the demo commune website: what each one says and which widgets
// it embeds. The frame around them is layout.ts; the embedding guide and the
// element reference have files of their own.
import {markup} from './html.js';
import type {ContentPack, Guide} from './content-pack.js';
import type {ElementReference, SharedToken} from './element-reference.js';
import {BASE, type PageSpec} from './layout.js';
import {formatOccurrence, howtoTag, newsTag, progressTag, qrTag, scheduleTag, searchTag, sidebar} from './widgets.js';
import {eventsData, howtoData, newsData} from './structured-data.js';
import {embeddingPage} from './embedding-page.js';
import {referencePage} from './reference-page.js';

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
  <li class="card"><h2><a href="${BASE}binh-dan-hoc-vu-so/tien-do/">Tiến độ chỉ tiêu</a></h2><p>Xã đã đạt bao nhiêu, từng thôn còn thiếu bao nhiêu, theo số liệu báo cáo hằng tháng.</p></li>
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

function progressPage(pack: ContentPack): PageSpec {
  return {
    path: 'binh-dan-hoc-vu-so/tien-do/',
    nav: 'binh-dan-hoc-vu-so/',
    crumbs: [['binh-dan-hoc-vu-so/', 'Bình dân học vụ số']],
    title: 'Tiến độ chỉ tiêu Bình dân học vụ số',
    description: `Tiến độ các chỉ tiêu Bình dân học vụ số của ${pack.commune.name} (xã hư cấu, trang mẫu): VNeID mức 2, kỹ năng số, chữ ký số, Gia đình số, theo từng thôn.`,
    main: markup`<h1>Tiến độ chỉ tiêu Bình dân học vụ số</h1>
<p>Số liệu các thôn báo cáo trước ngày 20 hằng tháng. Tỷ lệ toàn xã là tổng số đạt của các thôn trên tổng số người (hoặc hộ) của các thôn.</p>
${progressTag(pack, 2)}`,
  };
}

function searchPage(pack: ContentPack): PageSpec {
  return {
    path: 'tim-kiem/',
    nav: 'tim-kiem/',
    title: 'Tìm kiếm và hỏi đáp',
    description: `Tìm trong hỏi đáp, hướng dẫn, tin tức và lịch sự kiện Bình dân học vụ số của ${pack.commune.name} (xã hư cấu, trang mẫu). Gõ không dấu cũng được.`,
    main: markup`<h1>Tìm kiếm và hỏi đáp</h1>
<p>Hỏi bằng lời của bạn, gõ không dấu cũng được, ví dụ “cai vneid cho me” hay “quen mat khau”. Câu trả lời hiện ngay bên dưới.</p>
${searchTag(pack, 2)}`,
  };
}

/** What the site is built from, each read by the plugin. */
export interface SiteSources {
  pack: ContentPack;
  elements: ElementReference[];
  tokens: SharedToken[];
  /** The embedding guide's Markdown, and its file name for build errors. */
  embeddingGuide: {text: string; file: string};
}

/** Every page of the site, in navigation order. */
export function buildPages({pack, elements, tokens, embeddingGuide}: SiteSources): PageSpec[] {
  return [
    home(pack),
    section(pack),
    newsPage(pack),
    eventsPage(pack),
    guidesIndex(pack),
    ...pack.guides.map((g) => guidePage(pack, g)),
    qrPage(pack),
    progressPage(pack),
    searchPage(pack),
    embeddingPage(embeddingGuide.text, embeddingGuide.file),
    referencePage(elements, tokens),
  ];
}
