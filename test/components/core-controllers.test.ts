// The small shared pieces the elements build on: focus after render, and
// the lazily defined <loa-qr>.
import {expect, fixture, html as testHtml} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {FocusAfterRender} from '../../src/core/focus-after-render.js';
import {ensureQr} from '../../src/core/ensure-qr.js';

class FocusProbe extends LitElement {
  static override properties = {open: {type: Boolean}};
  open = false;
  readonly focus_ = new FocusAfterRender(this);
  override render() {
    return this.open ? html`<h2 tabindex="-1" id="title">Tiêu đề</h2><button id="b">Nút</button>` : html`<button id="open">Mở</button>`;
  }
}
customElements.define('test-focus-probe', FocusProbe);

describe('core: FocusAfterRender', () => {
  it('focuses what the next render creates, by selector or by function, and says what it focused', async () => {
    const el = await fixture<FocusProbe>(testHtml`<test-focus-probe></test-focus-probe>`);
    let focused: HTMLElement | undefined;
    el.open = true;
    el.focus_.request('#title', (target) => (focused = target));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('title');
    expect(focused?.id).to.equal('title');
    el.focus_.request(() => el.shadowRoot!.querySelector<HTMLElement>('#b'));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('b');
  });

  it('a later request replaces an earlier one; a target that is not there is reported as undefined', async () => {
    const el = await fixture<FocusProbe>(testHtml`<test-focus-probe open></test-focus-probe>`);
    let reported: HTMLElement | undefined | null = null;
    el.focus_.request('#title');
    el.focus_.request('#missing', (target) => (reported = target));
    await el.updateComplete;
    expect(reported).to.equal(undefined);
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });
});

describe('core: ensureQr', () => {
  it('defines <loa-qr> only once a root holds one', async () => {
    const root = document.createElement('div');
    ensureQr(root);
    await new Promise((r) => setTimeout(r, 50));
    expect(customElements.get('loa-qr')).to.equal(undefined);
    root.innerHTML = '<loa-qr href="https://vneid.gov.vn/"></loa-qr>';
    ensureQr(root);
    await customElements.whenDefined('loa-qr');
    expect(customElements.get('loa-qr')).to.not.equal(undefined);
  });
});
