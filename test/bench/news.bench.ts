// <loa-news> with a 500-item feed: median time to fetch, decode, parse and
// render the list, to open an item (sanitise + render its HTML), and to open 50
// more one by one; plus the gzipped size of the news entry. Prints figures,
// asserts nothing. NEWS_BENCH_RUNS / NEWS_BENCH_ITEMS / NEWS_BENCH_DEBUG tune it.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {DIST} from '../../scripts/serve.mjs';
import {bundleGraph, compressedSize, median, type BenchContext} from './bench-kit.js';

// Not imported from run.ts: a value import from the runner would deadlock on its top-level await.

const RUNS = Number(process.env.NEWS_BENCH_RUNS ?? 5);
/** Items opened one after another per run (each: sanitise, render, back). */
const OPENED = 50;
const ITEMS = Number(process.env.NEWS_BENCH_ITEMS ?? 500);

const gz = (files: string[]) => `${(compressedSize(files).gzip / 1000).toFixed(1)} kB`;

interface Timings {
  list: number;
  open: number;
  all: number;
}

export async function bench({page, origin, report}: BenchContext): Promise<void> {
  if (process.env.NEWS_BENCH_DEBUG) page.on('console', (m) => console.log('page:', m.text()));
  await page.goto(`${origin}/bench/blank.html`);
  // tsx compiles this file with keepNames, so functions sent to the page call __name.
  await page.evaluate('window.__name = (fn) => fn');
  await page.waitForFunction("customElements.get('loa-news') !== undefined");

  const rows: Array<Record<string, string | number>> = [];
  for (const format of ['json', 'rss'] as const) {
    const runs: Timings[] = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(
        await page.evaluate(
          async ({format, count, opened}) => {
            const body = (i: number) =>
              `<p>Tổ công nghệ số cộng đồng thôn ${i} đến từng nhà hướng dẫn bà con kích hoạt <strong>VNeID mức 2</strong> và cài chữ ký số.</p>` +
              `<ul><li>Mang theo CCCD gắn chip</li><li>Điện thoại có mạng</li><li>Số điện thoại chính chủ</li></ul>` +
              `<p>Xem <a href="https://dichvucong.gov.vn/">Cổng dịch vụ công</a> hoặc gọi <a href="tel:+842431234567">tổng đài</a>.</p>` +
              `<img src="https://hoaloa.example/anh/${i}.jpg" alt="Lớp học thôn ${i}"><table><tr><th>Thôn</th><th>Số người</th></tr><tr><td>${i}</td><td>${i * 3}</td></tr></table>` +
              `<p onclick="alert(1)">Bài số ${i}<script>alert(1)</script></p>`;
            const date = (i: number) => new Date(Date.UTC(2025, 8, 30) + i * 3_600_000);
            let text: string;
            let type: string;
            if (format === 'json') {
              type = 'application/feed+json';
              text = JSON.stringify({
                version: 'https://jsonfeed.org/version/1.1',
                title: 'Tin xã',
                home_page_url: 'https://hoaloa.example/',
                items: Array.from({length: count}, (_, i) => ({
                  id: `n${i}`,
                  url: `https://hoaloa.example/tin/${i}`,
                  title: `Tin số ${i}: Bình dân học vụ số ở thôn ${i}`,
                  content_html: body(i),
                  date_published: date(i).toISOString(),
                  tags: [`Thôn ${i % 12}`, 'VNeID'],
                })),
              });
            } else {
              type = 'application/rss+xml';
              const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
              text = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin xã</title><link>https://hoaloa.example/</link>${Array.from(
                {length: count},
                (_, i) =>
                  `<item><title>Tin số ${i}</title><link>https://hoaloa.example/tin/${i}</link><guid>n${i}</guid><description>${esc(body(i))}</description><category>Thôn ${i % 12}</category><pubDate>${date(i).toUTCString()}</pubDate></item>`
              ).join('')}</channel></rss>`;
            }
            const src = URL.createObjectURL(new Blob([text], {type}));
            const el = document.createElement('loa-news') as HTMLElement & {
              src: string;
              limit: number;
              updateComplete: Promise<boolean>;
            };
            el.limit = 10;
            const root = () => el.shadowRoot!;
            const until = async (check: () => boolean) => {
              const deadline = performance.now() + 20_000;
              while (!check()) {
                if (performance.now() > deadline) throw new Error(`timed out: ${root().textContent?.slice(0, 200)}`);
                await new Promise((r) => setTimeout(r, 0));
              }
              await el.updateComplete;
            };
            const t0 = performance.now();
            el.src = src;
            document.body.append(el);
            await until(() => root().querySelectorAll('.item__open').length === 10);
            const list = performance.now() - t0;
            const openAt = async (i: number) => {
              (root().querySelectorAll<HTMLButtonElement>('.item__open')[i] ?? root().querySelector<HTMLButtonElement>('.item__open'))!.click();
              await until(() => root().querySelector('.loa-article-body') !== null && root().querySelector('.article__summary') === null);
            };
            const t1 = performance.now();
            await openAt(0);
            const open = performance.now() - t1;
            // Every item: open, render sanitised HTML, go back.
            (root().querySelector('.back') as HTMLButtonElement).click();
            await el.updateComplete;
            while (root().querySelector('.more')) {
              (root().querySelector('.more') as HTMLButtonElement).click();
              await el.updateComplete;
            }
            const t2 = performance.now();
            for (let i = 1; i <= opened; i++) {
              await openAt(i);
              (root().querySelector('.back') as HTMLButtonElement).click();
              await el.updateComplete;
            }
            const all = performance.now() - t2;
            el.remove();
            URL.revokeObjectURL(src);
            return {list, open, all};
          },
          {format, count: ITEMS, opened: Math.min(OPENED, ITEMS - 1)}
        )
      );
    }
    const m = (key: keyof Timings) => median(runs.map((r) => r[key]));
    rows.push({
      feed: `${format.toUpperCase()} ${ITEMS} items`,
      'fetch+decode+parse+first render (ms)': m('list').toFixed(1),
      'open 1st item: sanitise+render (ms)': m('open').toFixed(1),
      [`open+back ${Math.min(OPENED, ITEMS - 1)} more, all ${ITEMS} listed (ms)`]: m('all').toFixed(0),
      'per item (ms)': (m('all') / Math.min(OPENED, ITEMS - 1)).toFixed(2),
    });
  }
  report(`<loa-news>, median of ${RUNS} runs (first open includes the lazy DOMPurify chunk only on run 1)`, rows);

  const entry = join(DIST, 'widgets', 'loa-news.js');
  if (existsSync(entry)) {
    const {initial, lazy} = bundleGraph(entry);
    report('News entry size (min+gzip)', [
      {part: 'widgets/loa-news.js + static chunks (Lit, core)', gzip: gz(initial)},
      ...lazy.map((file) => ({part: `lazy: ${file.slice(DIST.length)}`, gzip: gz([file])})),
    ]);
  }
}
