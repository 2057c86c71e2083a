// ReadAloudController: an element's own reading through the page's one
// speech service. Two probe elements stand for two widgets on one page.
import {expect, fixture, html as testHtml} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {ReadAloudController} from '../../src/core/read-aloud-controller.js';
import {speech} from '../../src/core/speech.js';
import {FakeSpeechEngine} from '../helpers/fake-speech.js';

class ReadProbe extends LitElement {
  readonly read = new ReadAloudController<string>(this, {media: () => this.renderRoot.querySelectorAll('audio')});
  override render() {
    const reading = this.read.reading;
    return html`<p id="state">${reading ? `${reading.key}${reading.paused ? ' paused' : ''}` : 'idle'}</p>
      <p id="voice">${this.read.voice}</p>
      <audio></audio>`;
  }
}
customElements.define('test-read-probe', ReadProbe);

const shown = (el: ReadProbe, id: string) => el.shadowRoot!.getElementById(id)!.textContent;
const tick = () => new Promise((r) => setTimeout(r, 20));

let engine: FakeSpeechEngine;
beforeEach(() => {
  engine = new FakeSpeechEngine();
  speech.useEngine(engine);
});
afterEach(() => speech.useEngine(undefined));

describe('core: ReadAloudController', () => {
  it('reads as the host, pauses, resumes, and returns to idle when the speech ends', async () => {
    const el = await fixture<ReadProbe>(testHtml`<test-read-probe></test-read-probe>`);
    const done = el.read.speak('Bước 1: Mở ứng dụng.', 'vi', 'buoc-1');
    await el.updateComplete;
    expect(shown(el, 'state')).to.equal('buoc-1');
    expect(el.read.isReading('buoc-1')).to.equal(true);
    expect(el.read.isReading('buoc-2')).to.equal(false);
    await tick();
    expect(engine.last?.text).to.equal('Bước 1: Mở ứng dụng.');
    expect(engine.last?.voice.lang).to.equal('vi-VN');
    el.read.pause();
    await el.updateComplete;
    expect([engine.paused, shown(el, 'state')]).to.deep.equal([1, 'buoc-1 paused']);
    el.read.resume();
    await el.updateComplete;
    expect([engine.resumed, shown(el, 'state')]).to.deep.equal([1, 'buoc-1']);
    engine.finish();
    expect(await done).to.equal('spoken');
    await el.updateComplete;
    expect(shown(el, 'state')).to.equal('idle');
    expect(el.read.reading).to.equal(undefined);
  });

  it('pause, resume and stop do nothing to speech the host did not start', async () => {
    const a = await fixture<ReadProbe>(testHtml`<test-read-probe></test-read-probe>`);
    const b = await fixture<ReadProbe>(testHtml`<test-read-probe></test-read-probe>`);
    void a.read.speak('Tin thứ nhất.', 'vi', 'tin-1');
    await tick();
    expect(speech.speaking).to.equal(true);
    b.read.pause();
    b.read.resume();
    b.read.stop();
    expect([engine.paused, engine.resumed, engine.cancelled]).to.deep.equal([0, 0, 0]);
    expect(speech.speaking).to.equal(true);
    expect(a.read.isReading('tin-1')).to.equal(true);
    a.read.stop();
    await a.updateComplete;
    expect(engine.cancelled).to.equal(1);
    expect(speech.speaking).to.equal(false);
    expect(shown(a, 'state')).to.equal('idle');
  });

  it("another host's reading replaces this one's, and the first returns to idle", async () => {
    const a = await fixture<ReadProbe>(testHtml`<test-read-probe></test-read-probe>`);
    const b = await fixture<ReadProbe>(testHtml`<test-read-probe></test-read-probe>`);
    const first = a.read.speak('Một.', 'vi', 'mot');
    await tick();
    void b.read.speak('Hai.', 'vi', 'hai');
    expect(await first).to.equal('stopped');
    await a.updateComplete;
    expect(shown(a, 'state')).to.equal('idle');
    expect(b.read.isReading('hai')).to.equal(true);
    // A later reading of the same host replaces its earlier one without ending it twice.
    const again = b.read.speak('Ba.', 'vi', 'ba');
    await tick();
    expect(b.read.isReading('ba')).to.equal(true);
    engine.finish();
    expect(await again).to.equal('spoken');
    await b.updateComplete;
    expect(shown(b, 'state')).to.equal('idle');
  });

  it('checks the voice once per language, and learns from a reading that found none', async () => {
    speech.useEngine(new FakeSpeechEngine([{name: 'English', lang: 'en-US'}]));
    const el = await fixture<ReadProbe>(testHtml`<test-read-probe></test-read-probe>`);
    expect(el.read.checkVoice('vi')).to.equal(true);
    expect(el.read.voice).to.equal('checking');
    expect(el.read.checkVoice('vi')).to.equal(false);
    await tick();
    await el.updateComplete;
    expect(shown(el, 'voice')).to.equal('no');
    expect(el.read.checkVoice('en')).to.equal(true);
    await tick();
    expect(el.read.voice).to.equal('yes');
    // speak() in a language without a voice: nothing is said, and `voice` says why.
    expect(await el.read.speak('Xin chào.', 'vi', 'chao')).to.equal('no-voice');
    expect(el.read.voice).to.equal('no');
    expect(el.read.reading).to.equal(undefined);
  });

  it('says "unsupported" where the browser cannot speak', async () => {
    speech.useEngine(undefined);
    const el = await fixture<ReadProbe>(testHtml`<test-read-probe></test-read-probe>`);
    expect(el.read.supported).to.equal(false);
    el.read.checkVoice('vi');
    await el.updateComplete;
    expect(shown(el, 'voice')).to.equal('unsupported');
    expect(await el.read.speak('Xin chào.', 'vi', 'chao')).to.equal('unsupported');
    expect(el.read.reading).to.equal(undefined);
  });

  it("pauses the host's recordings when it starts reading or stops", async () => {
    const el = await fixture<ReadProbe>(testHtml`<test-read-probe></test-read-probe>`);
    const audio = el.shadowRoot!.querySelector('audio')!;
    let pauses = 0;
    audio.pause = () => void pauses++;
    void el.read.speak('Một.', 'vi', 'mot');
    expect(pauses).to.equal(1);
    el.read.stop();
    expect(pauses).to.equal(2);
  });

  it('stops its own reading when the host leaves the page', async () => {
    const el = await fixture<ReadProbe>(testHtml`<test-read-probe></test-read-probe>`);
    const done = el.read.speak('Một.', 'vi', 'mot');
    await tick();
    el.remove();
    expect(await done).to.equal('stopped');
    expect(speech.speaking).to.equal(false);
    expect(el.read.reading).to.equal(undefined);
  });
});
