import {expect} from '@open-wc/testing';
import {SYMBOL_SAMPLE, TYPE_SAMPLE, TYPE_STEPS, warmType} from '../../kiosk/src/warm-type.js';

/*
 * The kiosk's idle warm-up of its type steps (kiosk/src/warm-type.ts): the
 * font of the step's weight is loaded before the layout (else it would warm
 * the fallback font), and nothing is left on the page or in its reading order.
 */
describe('warmType', () => {
  const family = 'Loa Warm Test';
  const faces = [400, 700].map(
    (weight) => new FontFace(family, `url(/kiosk/public/fonts/be-vietnam-pro-vietnamese-${weight}-normal.woff2)`, {weight: String(weight)})
  );
  before(() => {
    faces.forEach((face) => document.fonts.add(face));
    document.documentElement.style.fontFamily = `'${family}', sans-serif`;
  });
  after(() => {
    faces.forEach((face) => document.fonts.delete(face));
    document.documentElement.style.fontFamily = '';
  });

  it('loads the font of its weight first, lays the sample out, and leaves nothing behind', async () => {
    const before = document.body.innerHTML;
    expect(faces[1].status).to.equal('unloaded');
    const added: Node[] = [];
    const watch = new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes)));
    watch.observe(document.body, {childList: true});
    await warmType('1.25em', 700);
    watch.disconnect();
    expect(faces[1].status).to.equal('loaded');
    expect(faces[0].status, 'only the weight asked for').to.equal('unloaded');
    expect(document.body.innerHTML).to.equal(before);
    // What was laid out: the sample, hidden from sight and from screen readers.
    const probe = added[0] as HTMLElement;
    expect(probe.textContent).to.equal(TYPE_SAMPLE);
    expect(probe.getAttribute('aria-hidden')).to.equal('true');
    expect(probe.style.visibility).to.equal('hidden');
    expect(probe.style.fontWeight).to.equal('700');
  });

  it('lays the symbols out apart from the letters, when asked', async () => {
    const added: Node[] = [];
    const watch = new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes)));
    watch.observe(document.body, {childList: true});
    await warmType('1em', 400, SYMBOL_SAMPLE);
    watch.disconnect();
    expect(added[0].textContent).to.equal(SYMBOL_SAMPLE);
    expect(document.body.contains(added[0])).to.equal(false);
    for (const symbol of SYMBOL_SAMPLE) expect(TYPE_SAMPLE).not.to.contain(symbol);
  });

  it('covers every Vietnamese letter in both cases, in NFC', () => {
    const letters = 'ăâđêôơư' + 'ằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữựỳýỷỹỵ';
    for (const letter of letters) {
      expect(TYPE_SAMPLE).to.contain(letter);
      expect(TYPE_SAMPLE).to.contain(letter.toUpperCase());
    }
    expect(TYPE_SAMPLE).to.equal(TYPE_SAMPLE.normalize('NFC'));
    expect(new Set(TYPE_STEPS.map(([size, weight]) => `${size} ${weight}`)).size).to.equal(TYPE_STEPS.length);
  });
});
