// <loa-qr>: how long a 300-character link takes from attribute to painted SVG
// (encode + path + Lit render), through the real element in dist/loa.js.
// The gzipped size of dist/widgets/loa-qr.js and its imports is printed by
// sizes.bench.ts, so it is not repeated here.
// Type-only import: a value import of run.ts would re-enter the runner's top-level await and deadlock.
import {median, type BenchContext} from './bench-kit.js';


const RUNS = 41;

export async function bench({page, origin, report}: BenchContext): Promise<void> {
  await page.goto(`${origin}/bench/blank.html`);
  const result = await page.evaluate(async (runs) => {
    await customElements.whenDefined('loa-qr');
    const base = 'https://dichvucong.gov.vn/huong-dan/';
    const path = encodeURIComponent('hướng-dẫn-đăng-ký-tài-khoản-định-danh-điện-tử-mức-2-cho-người-cao-tuổi-tại-xã');
    const times: number[] = [];
    let modules = 0;
    let length = 0;
    for (let i = 0; i < runs; i++) {
      // A different link each run, so nothing is reused between runs.
      const href = `${base}${path}?lan=${String(i).padStart(4, '0')}`.padEnd(300, 'x');
      length = href.length;
      const el = document.createElement('loa-qr') as HTMLElement & {updateComplete: Promise<boolean>};
      el.setAttribute('label', 'Hướng dẫn VNeID mức 2');
      const start = performance.now();
      el.setAttribute('href', href);
      document.body.append(el);
      await el.updateComplete;
      const svg = el.shadowRoot!.querySelector('svg');
      if (!svg) throw new Error('no QR code rendered');
      times.push(performance.now() - start);
      modules = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
      el.remove();
    }
    return {times, modules, length};
  }, RUNS);
  // The first run pays for compiling the code paths; report it apart.
  const [first, ...rest] = result.times;
  report('<loa-qr>: encode + render a 300-character link (real element, dist/loa.js)', [
    {
      'link length': result.length,
      'modules (with quiet zone)': result.modules,
      runs: rest.length,
      'median (ms)': median(rest).toFixed(2),
      'min (ms)': Math.min(...rest).toFixed(2),
      'max (ms)': Math.max(...rest).toFixed(2),
      'first run (ms)': first.toFixed(2),
    },
  ]);
}
