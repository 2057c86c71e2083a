// <loa-news> with Orca: items as headings with their dates, "Xem thêm", and an
// article opened and closed again.
import assert from 'node:assert/strict';
import {demoNews, focusedText, heard, heardTimes, literal, notHeard, shown, until, type Scenario} from '../scenario.js';

/** How Orca reads an item's date: "10:00 12/10/2026" or "Thứ Hai, 12 tháng 10, 2026". */
const DATE = /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{1,2} tháng \d{1,2},? \d{4}\b/;

export const newsScenarios: Scenario[] = [
  {
    name: 'loa-news: items are heard as headings with their dates; "Xem thêm" says how many were added and focus lands on the first new item; closing an article returns focus to its item',
    async run({sr, page, url}) {
      const items = demoNews();
      await sr.open(url('/sr/news.html'));
      await shown(page, items[2].title);
      await sr.top();
      await sr.pressUntil('h', /^Tin tức heading level 1/, 3);

      // The three items shown: each a heading (a button that opens it), its date right after.
      for (const item of items.slice(0, 3)) {
        const title = await sr.press('h', {until: /heading level/});
        heard(title, new RegExp(`^${literal(item.title).source} push button heading level 2`), `the item "${item.title}"`);
        const date = await sr.press('Down', {until: DATE});
        // Once: a <time title="…"> was read twice, its text and then the title ("Thứ Sáu, 20 tháng 11, 2026").
        heardTimes(date, DATE, 1, `the date of "${item.title}"`);
        const day = item.date.toLocaleDateString('en-GB', {timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'numeric', year: 'numeric'});
        const [d, m, y] = day.split('/').map(Number);
        heard(date, new RegExp(`\\b0?${d}/0?${m}/${y}\\b|\\b${d} tháng ${m},? ${y}\\b`), `the date of "${item.title}" (${day})`);
      }

      // "Xem thêm": Orca hears how many were added, and the first new item has focus.
      const more = await sr.pressUntil('Tab', /^Xem thêm/, 4);
      heard(more, new RegExp(`^Xem thêm \\(còn ${items.length - 3} tin\\) push button`), '"Xem thêm" with how many are left');
      const added = await sr.press('Return', {until: /Đã thêm/, quiet: 800});
      heard(added, new RegExp(`Đã thêm 3 tin\\. Đang hiển thị 6 trên ${items.length} tin\\.`), 'how many items were added');
      heard(added, new RegExp(`^${literal(items[3].title).source} push button heading level 2`), 'the first new item, focused');
      assert.equal(await focusedText(page), items[3].title, 'focus is on the first new item');

      // Open it, then back to the list: focus (and Orca) return to the item.
      // The item's button that had focus is gone, so Orca said only "Đang tải nội dung…": the title comes through the announcer.
      const article = await sr.press('Return', {until: literal(items[3].title), quiet: 800, timeout: 8000});
      await until(page, () => Boolean(document.querySelector('loa-news')?.shadowRoot?.querySelector('.article__title')), undefined, 'the article');
      heard(article, literal(items[3].title), 'the article, opened: its title');
      assert.equal(await focusedText(page), items[3].title, 'focus is on the article\'s title');
      const back = await sr.pressUntil('shift+Tab', /Quay lại danh sách/, 3);
      heard(back, /Quay lại danh sách push button/, '"Quay lại danh sách"');
      const returned = await sr.press('Return', {until: literal(items[3].title), quiet: 800});
      heard(returned, new RegExp(`^${literal(items[3].title).source} push button heading level 2`), 'back on the list, on the item that was open');
      assert.equal(await focusedText(page), items[3].title, 'focus is back on the item');
      // The article's title (tabindex="-1") and the items are inside the shadow root of a host that listens for click.
      notHeard(article, /clickable/, 'the article, opened');
      notHeard(returned, /clickable/, 'the item, back on the list');
    },
  },
];
