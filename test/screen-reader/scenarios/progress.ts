// <loa-progress> with Orca: each indicator's sentence is heard first, right
// after its heading; the bars are one image heard by its summing-up name; the
// table is heard with its caption, its size and each cell's column header,
// met or not met said in words (the marks are not spoken).
import {heard, heardTimes, literal, notHeard, shown, until, type Scenario} from '../scenario.js';

/*
 * The demo commune's figures (demo/content/progress.csv) for its first
 * indicator, vneid-2, at its latest count, 20/10/2026, with the page's clock
 * set to 20/11/2026 (pages/progress.html): the four villages sum to
 * 2.994/3.800, short of 80 % by 46 people.
 */
const INDICATOR = 'Người dân có tài khoản định danh điện tử mức 2 (VNeID)';
const SENTENCE =
  'Toàn xã: 78,8 % (2.994/3.800 người), mục tiêu 80 % — chưa đạt, còn thiếu 46 người. Số liệu ngày 20/10/2026. ' +
  'So với ngày 20/09/2026: +229 người (+6,0 điểm %). Hạn 31/12/2026: còn 41 ngày.';

/** Utterances as one text: Orca reads a long sentence a line at a time. */
const joined = (lines: string[]) => lines.join(' ').replace(/\s+/g, ' ').trim();

export const progressScenarios: Scenario[] = [
  {
    name: 'loa-progress: each indicator is heard sentence first, in vi-VN numbers with met or not met; its bars as one image named by what they show; its table with caption, size and column headers, met or not met in words',
    async run({sr, page, url}) {
      const from = sr.cursor();
      await sr.open(url('/sr/progress.html'));
      await shown(page, 'Toàn xã:');
      await sr.top();

      const title = await sr.pressUntil('h', /heading level 2/, 3);
      heard(title, new RegExp(`^${literal(INDICATOR).source} heading level 2`), 'the first indicator\'s heading');

      // The sentence is the first thing after the heading, read to its end line by line.
      const sentence = await sr.pressUntil('Down', /còn \d+ ngày/, 4);
      heard(sentence, /^Toàn xã: 78,8 % \(2\.994\/3\.800 người\), mục tiêu 80 % — chưa đạt, còn thiếu 46 người\./, 'the sentence, first under the heading');
      if (!joined(sentence.lines).includes(SENTENCE)) throw new Error(`the sentence, whole: expected "${SENTENCE}"; Orca said:\n${sentence.lines.join('\n')}`);

      // g: Orca's next graphic. The bars are one image, named by how many villages meet the target, the highest and the lowest.
      const bars = await sr.press('g', {until: /image/});
      heard(
        bars,
        new RegExp(
          `^Biểu đồ cột ${literal(INDICATOR).source}: 3 trên 4 khu vực đạt mục tiêu 80 %\\. Cao nhất: Thôn Đông, 86,0 %; thấp nhất: Thôn Gò Mít, 58,1 %\\. image`
        ),
        'the bar chart, by its name'
      );

      // t: Orca's next table. Its caption, its size, then the first column header.
      const table = await sr.press('t', {until: /column header/});
      heard(table, literal(`${INDICATOR}: theo khu vực, số liệu ngày 20/10/2026`), 'the table\'s caption');
      heard(table, /table with 6 rows 5 columns/, 'the table\'s size: a header row, four villages and the commune');
      heard(table, /^Khu vực column header/, 'the first column header');

      // Down: a row, each cell with its column header, once; the percent and met or not in words, the mark unspoken.
      const first = await sr.press('Down', {until: /Thay đổi so với lần trước column header/});
      heard(first, /^Thôn Đông\.?$/, 'the first row\'s header: the highest village');
      heard(first, /^Số đạt column header 1\.066/, 'reached, in vi-VN numbers');
      heard(first, /^Tổng column header 1\.240/, 'the total');
      heard(first, /^Tỷ lệ column header 86,0 % Đạt mục tiêu/, 'the percent, met in words');
      heard(first, /^Thay đổi so với lần trước column header \+74 người \(\+6,0 điểm %\)/, 'the change since the count before');
      // The mark was an aria-hidden element between the percent and the word: Orca said the cell in two, "Tỷ lệ column header" twice.
      heardTimes(first, /Tỷ lệ column header/, 1, 'the percent cell, said once');

      // On to the commune's row, last (Orca reads a row whole): the lowest village on the way, not met.
      const rest = await sr.pressUntil('Down', /^Tỷ lệ column header 78,8 %/, 5);
      heard(rest, /^Thôn Gò Mít\.?$/, 'the lowest village');
      heard(rest, /^Tỷ lệ column header 58,1 % Chưa đạt mục tiêu/, 'the lowest village, not met in words');
      heard(rest, /^Toàn xã\.?$/, 'the commune\'s row, last');
      heard(rest, /^Tỷ lệ column header 78,8 % Chưa đạt mục tiêu/, 'the commune, not met in words');

      // The trend: one more image, named by where the commune started and where it stands.
      const trend = await sr.press('g', {until: /image/});
      heard(trend, new RegExp(`^Biểu đồ đường ${literal(INDICATOR).source}, toàn xã: từ 65,6 % ngày 20/08/2026 đến 78,8 % ngày 20/10/2026, qua 3 lần báo cáo\\. image`), 'the trend chart, by its name');

      const all = sr.heardSince(from);
      notHeard(all, /[✓✗]|check ?mark|ballot/i, 'the page: the marks are drawn, never spoken');
      notHeard(all, /clickable/, 'the page');
    },
  },
  {
    name: 'loa-progress, a large file: every indicator and table is reached and heard with its caption and size, far below the screen too',
    async run({sr, page, url}) {
      await sr.open(url('/sr/progress-long.html'));
      // Drawn a step at a time: wait for the last, the second table's 120 rows.
      await until(page, () => document.querySelector('loa-progress')?.shadowRoot?.querySelectorAll('tbody tr').length === 240, undefined, 'both tables');
      await sr.top();
      const headings = await sr.pressUntil('h', /^Người trưởng thành có chữ ký số cá nhân heading level 2/, 4);
      heard(headings, new RegExp(`^${literal(INDICATOR).source} heading level 2`), 'the first indicator');
      heard(headings, /^Người trưởng thành có chữ ký số cá nhân heading level 2/, 'the second indicator, below the first one\'s 120 villages');
      await sr.top();
      // t, t: the second indicator's table, far below the screen. (With it left unlaid-out, content-visibility:
      // auto, Orca did not say the caption and said "table with 122 rows 5 columns" over and over.)
      await sr.press('t', {until: /column header/});
      const second = await sr.press('t', {until: /column header/});
      heard(second, literal('Người trưởng thành có chữ ký số cá nhân: theo khu vực, số liệu ngày 20/10/2026'), 'the second table\'s caption');
      heardTimes(second, /table with 122 rows 5 columns/, 1, 'the second table\'s size, once: 120 villages, a header row and the commune');
      const row = await sr.press('Down', {until: /Thay đổi so với lần trước column header/});
      heard(row, /^Thôn 119\.?$/, 'its first row: the highest village');
      heard(row, /^Tỷ lệ column header 11,9 % Chưa đạt mục tiêu/, 'its percent, not met in words');
    },
  },
];
