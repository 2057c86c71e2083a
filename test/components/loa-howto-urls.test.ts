import {expect, fixture, html} from '@open-wc/testing';
import '../../src/howto/define.js';
import type {LoaHowto} from '../../src/howto/loa-howto.js';
import {settle} from '../helpers/settle.js';

/*
 * A guide whose images, audio and page URL are javascript:, data: or
 * vbscript: shows its steps without them: no such URL reaches a src or an
 * href, and each one is reported as a warning in `problems`.
 */

const FIXTURE = '/test/fixtures/howto/nguy-hiem.json';

async function load(template: ReturnType<typeof html>): Promise<LoaHowto> {
  return settle(await fixture<LoaHowto>(template));
}

/** Every URL-valued attribute in the element's shadow tree. */
function urlAttributes(el: LoaHowto): string[] {
  return [...el.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
    ['src', 'href', 'poster', 'srcset', 'action', 'formaction'].flatMap((name) => (node.hasAttribute(name) ? [`${node.localName}[${name}]=${node.getAttribute(name)}`] : []))
  );
}

describe('<loa-howto> with URLs that are not http(s)', () => {
  it('renders no javascript:, data: or vbscript: image, audio or link, and reports each one', async () => {
    const related = JSON.stringify([
      {href: 'javascript:alert(1)', label: 'Nguy hiểm'},
      {href: 'huong-dan-khac.html', label: 'Hướng dẫn khác'},
    ]);
    const el = await load(html`<loa-howto src=${FIXTURE} related=${related} handoff-base="javascript:alert(2)//"></loa-howto>`);
    expect(el.guide?.steps.length).to.equal(3);
    // Open every step, then finish, so every image, audio and link is on screen.
    el.mode = 'overview';
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle-all"]')?.click();
    await el.updateComplete;
    const attributes = urlAttributes(el);
    expect(attributes.filter((a) => !/=https?:/.test(a)), attributes.join('\n')).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('src')).to.match(/^http:\/\/[^/]+\/test\/fixtures\/howto\/img\/buoc\.svg$/);
    expect(el.shadowRoot!.querySelectorAll('audio').length).to.equal(0);
    expect(el.problems.filter((p) => p.code === 'unsafe-url').map((p) => p.step)).to.deep.equal([1, 1, 2, 2, undefined]);

    el.mode = 'guided';
    el.step = 3;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="done"]')!.click();
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll('.related a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([new URL('huong-dan-khac.html', document.baseURI).href]);
    expect(urlAttributes(el).filter((a) => !/=https?:/.test(a))).to.deep.equal([]);
  });
});
