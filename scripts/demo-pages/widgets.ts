// The widgets as a webmaster writes them: the tag, its attributes, and light-DOM
// fallback content built from the content pack, which is what a reader sees
// when JavaScript is off or /loa.js is blocked (and what a crawler reads).
import {markup, raw, type Markup} from './html.js';
import type {ContentPack, Guide, Occurrence} from './content-pack.js';
import {BASE, CONTENT} from './layout.js';

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

/** When an occurrence happens, as the fallbacks and the home page write it. */
export const formatOccurrence = (o: Occurrence) =>
  o.allDay ? DAY.format(new Date(`${o.start}T00:00:00+07:00`)) : DATE_TIME.format(new Date(o.start));


export function newsTag(pack: ContentPack, {limit, level}: {limit?: number; level: number}): Markup {
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

export function scheduleTag(pack: ContentPack, level: number): Markup {
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
export function howtoTag(guide: Guide): Markup {
  return markup`<loa-howto src="${CONTENT}guides/${guide.slug}.json" link-fragment heading-level="1">
  <h1>${guide.name}</h1>
  ${guide.description ? markup`<p class="lead">${guide.description}</p>` : ''}
  <ol class="fallback-steps">
    ${guide.steps.map((step, i) => markup`<li id="buoc-${i + 1}"><strong>${step.name}.</strong> ${step.text}</li>`)}
  </ol>
</loa-howto>`;
}

export function qrTag(href: string, label: string, level: number, {poster, commune}: {poster?: boolean; commune?: string} = {}): Markup {
  return markup`<loa-qr href="${href}" label="${label}" heading-level="${level}"${poster ? raw(' variant="poster"') : ''}>
  ${commune ? markup`<span slot="commune">${commune}</span>` : ''}
  <p><a href="${href}">${label}</a></p>
</loa-qr>`;
}

/**
 * The campaign's progress from the commune's spreadsheet (CSV). The fallback
 * is a link to the file itself, which any spreadsheet program opens.
 */
export function progressTag(pack: ContentPack, level: number): Markup {
  return markup`<loa-progress src="${CONTENT}progress.csv" heading-level="${level}" commune="${pack.commune.name}">
  <p><a href="${CONTENT}progress.csv">Tải bảng số liệu tiến độ (tệp CSV, mở bằng Excel)</a></p>
</loa-progress>`;
}

/**
 * <loa-search> over everything the site publishes: the FAQ, every guide, the
 * news and the events; the one-stop shop's desk when nothing is found.
 */
export function searchTag(pack: ContentPack, level: number): Markup {
  const office = pack.commune.one_stop_shop ?? {};
  const help = [office.counter, office.name, office.phone ? `điện thoại ${office.phone}` : ''].filter(Boolean).join(', ');
  const src = ['faq.json', ...pack.guides.map((g) => `guides/${g.slug}.json`), 'news.json', 'events.ics'].map((f) => `${CONTENT}${f}`).join(' ');
  return markup`<loa-search src="${src}" heading-level="${level}" help="${help}">
  <p>Cần bật JavaScript để tìm kiếm. Xem <a href="${BASE}huong-dan/">các hướng dẫn</a> hoặc <a href="${BASE}binh-dan-hoc-vu-so/tin-tuc/">tin tức</a>.</p>
</loa-search>`;
}

/** The sidebar of the home and section pages: the latest news and a QR code. */
export function sidebar(pack: ContentPack): Markup {
  return markup`<section class="sidebar__block" aria-labelledby="tin-moi">
  <h2 id="tin-moi">Tin Bình dân học vụ số</h2>
  ${newsTag(pack, {limit: 3, level: 3})}
</section>
<section class="sidebar__block" aria-labelledby="quet-ma">
  <h2 id="quet-ma">Quét mã để học</h2>
  ${qrTag('https://binhdanhocvuso.gov.vn/', 'Nền tảng học Bình dân học vụ số', 3)}
</section>`;
}
