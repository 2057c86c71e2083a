// Where keyboard focus is must show, in every element: Tab into each one from a
// button before it and read the focused control's computed style (the shared
// `.loa-root :focus-visible` of theme.styles.ts: an outline and a wide ring).
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import {deepActive} from '../helpers/a11y.js';
import {settle} from '../helpers/settle.js';

const ELEMENTS = {
  'loa-news': html`<loa-news src="/demo/content/news.json" limit="3"></loa-news>`,
  'loa-schedule': html`<loa-schedule src="/test/fixtures/schedule/commune.ics" now="2025-10-05T09:00:00+07:00"></loa-schedule>`,
  'loa-howto': html`<loa-howto src="/test/fixtures/howto/thu-nghiem.json"></loa-howto>`,
  'loa-qr': html`<loa-qr href="https://vneid.gov.vn/" label="VNeID"></loa-qr>`,
};

/** Tabs from a button placed before the element into it; returns the focused control's style. */
async function tabIn(tag: keyof typeof ELEMENTS): Promise<{control: Element; style: CSSStyleDeclaration}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="vi"><button type="button">trước</button>${ELEMENTS[tag]}</div>`);
  const el = wrapper.querySelector(tag)!;
  await settle(el as HTMLElement & {updateComplete: Promise<boolean>});
  wrapper.querySelector('button')!.focus();
  await sendKeys({press: 'Tab'});
  const control = deepActive()!;
  expect(el.shadowRoot!.contains(control), `focus went into <${tag}>`).to.equal(true);
  return {control, style: getComputedStyle(control)};
}

describe('focus shows in every element', () => {
  for (const tag of Object.keys(ELEMENTS) as Array<keyof typeof ELEMENTS>) {
    it(`<${tag}>: the control Tab reaches has a visible focus outline and ring`, async () => {
      const {control, style} = await tabIn(tag);
      expect(control.matches(':focus-visible'), 'keyboard focus is focus-visible').to.equal(true);
      expect(style.outlineStyle, `${control.localName} outline`).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(style.boxShadow, 'the focus ring').to.not.equal('none');
    });
  }

  it('in forced colours the outline stays (in the system Highlight colour), the ring goes', async () => {
    await emulateMedia({forcedColors: 'active'});
    try {
      const {style} = await tabIn('loa-howto');
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    } finally {
      await emulateMedia({forcedColors: 'none'});
    }
  });
});
