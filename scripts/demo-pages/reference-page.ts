// The element reference page (/demo/huong-dan-nhung/tham-chieu/): attributes,
// events, slots, ::part names and CSS custom properties of every element, from
// custom-elements.json and the shared stylesheet (see element-reference.ts), so
// it always matches the loa.js it sits next to.
import {markup, type Markup} from './html.js';
import type {ElementReference, SharedToken} from './element-reference.js';
import type {PageSpec} from './layout.js';

export function referencePage(elements: ElementReference[], tokens: SharedToken[]): PageSpec {
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
