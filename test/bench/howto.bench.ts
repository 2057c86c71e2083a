// <loa-howto> through the real bundle: time to render a generated 40-step guide
// (overview and guided), and the median time of a step switch in guided mode
// (click "Next" → render → layout) over 100 switches. Prints, never asserts.
// Types only from run.ts: importing a value would be a cycle with its top-level await and hang.
import {median, type BenchContext} from './bench-kit.js';


const STEPS = 40;
const RUNS = 5;
const SWITCHES = 100;

function guide(): unknown {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: 'Hướng dẫn thử tốc độ',
    inLanguage: 'vi',
    totalTime: 'PT40M',
    supply: ['Căn cước công dân gắn chip'],
    tool: ['Điện thoại thông minh'],
    step: Array.from({length: STEPS}, (_, i) => ({
      '@type': 'HowToStep',
      name: `Bước thử số ${i + 1}: chạm vào nút trên màn hình`,
      text: `Đây là nội dung của bước ${i + 1}. Chạm vào nút màu xanh ở giữa màn hình, rồi chờ một chút.\nNếu không thấy nút, hãy kéo màn hình xuống.`,
      image: {
        '@type': 'ImageObject',
        url: `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="360" height="640"><rect width="360" height="640" fill="#eee"/><text x="20" y="60">${i + 1}</text></svg>`)}`,
        caption: `Màn hình điện thoại ở bước ${i + 1}`,
        width: 360,
        height: 640,
      },
    })),
  };
}

export async function bench({page, origin, report}: BenchContext): Promise<void> {
  await page.goto(`${origin}/bench/blank.html`);
  await page.waitForFunction(() => customElements.get('loa-howto') !== undefined);
  const json = JSON.stringify(guide());

  const render = await page.evaluate(
    async ({json, runs}) => {
      const url = URL.createObjectURL(new Blob([json], {type: 'application/ld+json'}));
      const times: Record<string, number[]> = {overview: [], guided: []};
      for (let run = 0; run < runs; run++) {
        for (const mode of ['overview', 'guided']) {
          sessionStorage.clear();
          const el = document.createElement('loa-howto');
          el.setAttribute('mode', mode);
          // The first loa-step-change fires after the render that shows the loaded guide.
          const shown = new Promise((resolve) => el.addEventListener('loa-step-change', resolve, {once: true}));
          const start = performance.now();
          el.setAttribute('src', url);
          document.body.append(el);
          await shown;
          el.shadowRoot!.querySelector('h2')!.getBoundingClientRect();
          times[mode].push(performance.now() - start);
          el.remove();
        }
      }
      return times;
    },
    {json, runs: RUNS}
  );

  const switches = await page.evaluate(
    async ({json, count}) => {
      const url = URL.createObjectURL(new Blob([json], {type: 'application/ld+json'}));
      sessionStorage.clear();
      const el = document.createElement('loa-howto') as HTMLElement & {updateComplete: Promise<boolean>; step: number};
      el.setAttribute('mode', 'guided');
      const shown = new Promise((resolve) => el.addEventListener('loa-step-change', resolve, {once: true}));
      el.setAttribute('src', url);
      document.body.append(el);
      await shown;
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        // Forward through the guide, then back, so every switch is a real change.
        const forward = Math.floor(i / 39) % 2 === 0;
        const button = el.shadowRoot!.querySelector<HTMLElement>(forward ? '[part~="next"]' : '[part~="previous"]')!;
        const start = performance.now();
        button.click();
        await el.updateComplete;
        el.shadowRoot!.querySelector('#step-heading')!.getBoundingClientRect();
        times.push(performance.now() - start);
      }
      el.remove();
      return times;
    },
    {json, count: SWITCHES}
  );

  const ms = (n: number) => `${n.toFixed(2)} ms`;
  report(`<loa-howto>: ${STEPS}-step guide through dist/loa.js`, [
    {measure: `render, overview (median of ${RUNS})`, time: ms(median(render.overview)), min: ms(Math.min(...render.overview))},
    {measure: `render, guided (median of ${RUNS})`, time: ms(median(render.guided)), min: ms(Math.min(...render.guided))},
    {measure: `step switch, guided (median of ${SWITCHES})`, time: ms(median(switches)), min: ms(Math.min(...switches))},
    {measure: 'step switch, guided (slowest)', time: ms(Math.max(...switches)), min: '-'},
  ]);
}
