/*
 * The first time text is laid out in a font at a given size and weight, the
 * browser reads every glyph's metrics from the font, and finds a system font
 * for any character the font lacks (SYMBOL_SAMPLE). On a slow kiosk PC that
 * is most of the frame that paints a new screen. At 6× CPU throttle the guide
 * list's layout took 21 ms the first time and 9 ms the second; the Home
 * frame took 130 ms, over the 100 ms a task may block a touch.
 *
 * The kiosk's screens use a few sizes and weights (its type steps, below), so
 * laying each step out once while the kiosk waits, unseen, moves that cost
 * into idle time. The idle prefetch (prefetch.ts) does it one step per idle
 * period.
 */

const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz';
/** Every letter of Vietnamese in both cases, the other Latin letters, digits and the punctuation the content uses. */
export const TYPE_SAMPLE = `${LOWER} ${LOWER.toUpperCase()} 0123456789 .,:;!?…–—()[]/%+-"'“”‘’«»·•`;

/**
 * The symbols the screens draw (ticks, arrows, disclosure triangles). The
 * font has none: the browser draws them from a system font, and finding that
 * font the first time at a size cost 28 ms of the news screen's first frame
 * at 6× throttle. Laid out apart from the letters, each sample's task stays
 * short. test/node/type-sample.test.ts keeps this list complete.
 */
export const SYMBOL_SAMPLE = '✓✗←→↗▸▾';

/**
 * The kiosk's type steps: sizes (in the body's em, or the heading's token)
 * and weights, as measured on every screen (kiosk.css and the elements'
 * styles at the kiosk's scale), the most used first. A step missing here
 * costs only speed: its first screen lays it out for itself.
 */
export const TYPE_STEPS: ReadonlyArray<readonly [size: string, weight: number]> = [
  ['1em', 400],
  ['1em', 700],
  ['calc(var(--kiosk-heading) * var(--kiosk-scale))', 700],
  ['1.1em', 700],
  ['1.1em', 400],
  ['1.25em', 700],
  ['1.15em', 700],
  ['1em', 600],
  ['1.5em', 700],
  ['1.125em', 600],
  ['1.25em', 400],
  ['1.0625em', 400],
];

/**
 * Lays a sample (the letters, or the symbols) out once in one type step,
 * unseen: the font of its weight is loaded first (a layout in a font still on
 * its way would warm the fallback), then a hidden copy of the sample is
 * measured and removed, in one task of 30–60 ms at 6× CPU throttle.
 */
export async function warmType(size: string, weight: number, sample = TYPE_SAMPLE): Promise<void> {
  const family = getComputedStyle(document.documentElement).fontFamily;
  await document.fonts.load(`${weight} 16px ${family}`, TYPE_SAMPLE);
  const probe = document.createElement('p');
  probe.setAttribute('aria-hidden', 'true');
  // Fixed and contained: laying it out touches nothing else on the page. Hidden: never painted, never read.
  probe.style.cssText = `position:fixed;inset:0 auto auto 0;margin:0;inline-size:100vw;visibility:hidden;pointer-events:none;contain:layout paint style;font-size:${size};font-weight:${weight}`;
  probe.textContent = sample;
  document.body.append(probe);
  probe.getBoundingClientRect();
  probe.remove();
}
