import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import type jsQRFunction from 'jsqr';
import '../../src/qr/define.js';
import {LoaQr} from '../../src/qr/loa-qr.js';
import {LINK_EVENT} from '../../src/core/outbound-links.js';
import {announced, ax, axFind} from '../helpers/a11y.js';

/* ---------- decoding: what a phone camera would read ---------- */

let jsQR: typeof jsQRFunction | undefined;

/** jsQR ships as UMD only: load it as a classic script, which sets window.jsQR. */
async function decoder(): Promise<typeof jsQRFunction> {
  if (jsQR) return jsQR;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('jsQR did not load'));
    document.head.append(script);
  });
  jsQR = (window as unknown as {jsQR: typeof jsQRFunction}).jsQR;
  return jsQR;
}

/**
 * Serialises the element's SVG exactly as rendered, paints it on a canvas
 * (5 px per module, like a camera frame) and decodes it with jsQR.
 */
async function decode(el: LoaQr): Promise<string | undefined> {
  const svg = el.shadowRoot!.querySelector('svg');
  if (!svg) return undefined;
  const modules = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  const side = modules * 5;
  const blob = new Blob([new XMLSerializer().serializeToString(svg)], {type: 'image/svg+xml'});
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, side, side);
    const {data} = ctx.getImageData(0, 0, side, side);
    return (await decoder())(data, side, side, {inversionAttempts: 'dontInvert'})?.data;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const qr = (href: string, label = 'Cổng Dịch vụ công quốc gia') =>
  fixture<LoaQr>(html`<loa-qr href=${href} label=${label}></loa-qr>`);

const shadow = (el: LoaQr) => el.shadowRoot!;

/** A ~300-character link whose path is percent-encoded Vietnamese, as a CMS produces it. */
function longVietnameseUrl(): string {
  const words = [
    'hướng dẫn đăng ký tài khoản định danh điện tử mức 2',
    'cho người cao tuổi và người khuyết tật',
    'tại xã Hòa Loa',
  ];
  const path = words.map((w) => encodeURIComponent(w.replaceAll(' ', '-'))).join('/');
  return new URL(`https://dichvucong.gov.vn/huong-dan/${path}?nguon=kiosk&buoc=1#muc-luc`).href;
}

describe('<loa-qr>: the code scans to its link', () => {
  it('encodes a short link', async () => {
    const el = await qr('https://vneid.gov.vn/', 'Cổng VNeID');
    expect(await decode(el)).to.equal('https://vneid.gov.vn/');
    expect(el.encodedText).to.equal('https://vneid.gov.vn/');
    await expect(el).to.be.accessible();
  });

  it('encodes a ~300-character link with a percent-encoded Vietnamese path', async () => {
    const href = longVietnameseUrl();
    expect(href.length).to.be.within(280, 340);
    const el = await qr(href, 'Hướng dẫn VNeID mức 2');
    expect(await decode(el)).to.equal(href);
    // The reader sees Vietnamese, not %-escapes, and the whole address.
    const shown = shadow(el).querySelector('.qr__url-text')!.textContent!;
    expect(shown).to.contain('hướng-dẫn-đăng-ký-tài-khoản-định-danh-điện-tử-mức-2');
    expect(shown).to.contain('#muc-luc');
    expect(shown.startsWith('dichvucong.gov.vn/')).to.equal(true);
  });

  it('encodes query strings and fragments exactly', async () => {
    for (const href of [
      'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?ma_ho_so=H12.34-240101-0001&lang=vi#ket-qua',
      'https://example.gov.vn/tim?q=b%C3%ACnh%20d%C3%A2n&trang=2',
      'http://localhost:4173/demo/#tin-tuc',
    ]) {
      const el = await qr(href);
      expect(await decode(el), href).to.equal(href);
    }
  });

  it('encodes the canonical form of a link written loosely', async () => {
    const el = await qr('  HTTPS://BinhDanHocVuSo.gov.vn  ', 'Bình dân học vụ số');
    expect(await decode(el)).to.equal('https://binhdanhocvuso.gov.vn/');
  });

  it('encodes every link of the demo content pack (demo/content/qr.json)', async function () {
    const response = await fetch('/demo/content/qr.json');
    if (!response.ok) {
      console.warn('demo/content/qr.json does not exist yet: the demo QR decode test was skipped.');
      this.skip();
    }
    const links = (await response.json()) as Array<{href: string; label: string; label_en?: string}>;
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) {
      const el = await qr(link.href, link.label);
      expect(shadow(el).querySelector('[role="alert"]'), `${link.href} was refused`).to.equal(null);
      expect(await decode(el), link.href).to.equal(new URL(link.href).href);
      await expect(el).to.be.accessible();
    }
  });

  it('draws the code as one path, black on white, with a 4-module quiet zone and no inline style', async () => {
    const el = await qr('https://vneid.gov.vn/');
    const svg = shadow(el).querySelector('svg')!;
    expect(svg.querySelectorAll('path')).to.have.length(1);
    expect(svg.querySelector('path')!.getAttribute('fill')).to.equal('#000');
    expect(svg.querySelector('rect')!.getAttribute('fill')).to.equal('#fff');
    expect(svg.getAttribute('shape-rendering')).to.equal('crispEdges');
    expect(shadow(el).querySelector('[style]:not(.qr__code)')).to.equal(null);
    const path = svg.querySelector('path')!.getAttribute('d')!;
    const xs = [...path.matchAll(/M(\d+) (\d+)/g)].flatMap((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...xs)).to.equal(4);
  });
});

describe('<loa-qr>: refused links', () => {
  afterEach(() => {
    delete (window as {__loaQrPwned?: unknown}).__loaQrPwned;
  });

  const bad: Array<[string, RegExp]> = [
    ['javascript:window.__loaQrPwned=1', /https:\/\//],
    ['JaVaScRiPt:window.__loaQrPwned=1//https://vneid.gov.vn', /https:\/\//],
    ['data:text/html,<script>window.__loaQrPwned=1</script>', /https:\/\//],
    ['/huong-dan/vneid', /không phải là một liên kết đầy đủ/],
    ['huong-dan/vneid', /không phải là một liên kết đầy đủ/],
    ['https://', /không phải là một liên kết đầy đủ/],
    ['http://example.gov.vn/', /https:\/\//],
    ['ftp://example.gov.vn/file', /https:\/\//],
    ['https://dichvucong.gov.vn@lua-dao.example/', /tên đăng nhập/],
    ['', /Chưa có liên kết/],
  ];
  for (const [href, message] of bad) {
    it(`refuses ${JSON.stringify(href)} with a visible error and no code`, async () => {
      const el = await qr(href);
      const alert = shadow(el).querySelector('[role="alert"]');
      expect(alert, 'an alert').to.not.equal(null);
      expect(alert!.textContent).to.match(message);
      expect(shadow(el).querySelector('svg')).to.equal(null);
      expect(shadow(el).querySelector('a')).to.equal(null);
      expect(el.encodedText).to.equal('');
      // Nothing on the card runs the link, even when everything is clicked.
      shadow(el).querySelectorAll<HTMLElement>('button, a').forEach((b) => b.click());
      await new Promise((r) => setTimeout(r, 50));
      expect((window as {__loaQrPwned?: unknown}).__loaQrPwned).to.equal(undefined);
    });
  }

  it('is accessible in the error state, and keeps the label as heading', async () => {
    const el = await qr('javascript:alert(1)', 'Cổng VNeID');
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Cổng VNeID');
    await expect(el).to.be.accessible();
  });

  it('recovers when a refused link is replaced by a good one', async () => {
    const el = await qr('data:,x');
    el.href = 'https://vneid.gov.vn/';
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(await decode(el)).to.equal('https://vneid.gov.vn/');
  });

  it('says so when a link is too long for any QR code', async () => {
    const el = await qr(`https://example.gov.vn/${'a'.repeat(3000)}`);
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('quá dài');
    expect(shadow(el).querySelector('svg')).to.equal(null);
  });
});

describe('<loa-qr>: host allowlist', () => {
  afterEach(() => {
    LoaQr.allowedHosts = null;
  });

  it('accepts listed hosts and their sub-domains, refuses look-alikes (attribute)', async () => {
    const ok = await fixture<LoaQr>(html`<loa-qr href="https://dichvucong.gov.vn/" label="DVC" allowed-hosts="gov.vn mobiedu.vn"></loa-qr>`);
    expect(await decode(ok)).to.equal('https://dichvucong.gov.vn/');
    const lookalike = await fixture<LoaQr>(html`<loa-qr href="https://evilgov.vn/" label="DVC" allowed-hosts="gov.vn"></loa-qr>`);
    const alert = shadow(lookalike).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('evilgov.vn');
    expect(alert.textContent).to.contain('không nằm trong danh sách');
    expect(shadow(lookalike).querySelector('svg')).to.equal(null);
  });

  it('applies the shared list to every element, live, and an attribute cannot widen it', async () => {
    const el = await qr('https://chuyendoiso.mobiedu.vn/');
    expect(shadow(el).querySelector('svg')).to.not.equal(null);
    (customElements.get('loa-qr') as typeof LoaQr).allowedHosts = ['gov.vn'];
    await el.updateComplete;
    expect(shadow(el).querySelector('svg')).to.equal(null);
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('chuyendoiso.mobiedu.vn');
    const widened = await fixture<LoaQr>(html`<loa-qr href="https://chuyendoiso.mobiedu.vn/" label="x" allowed-hosts="mobiedu.vn"></loa-qr>`);
    expect(shadow(widened).querySelector('svg')).to.equal(null);
    LoaQr.allowedHosts = ['gov.vn', 'mobiedu.vn'];
    await el.updateComplete;
    expect(await decode(el)).to.equal('https://chuyendoiso.mobiedu.vn/');
  });
});

describe('<loa-qr>: what people read and hear', () => {
  it('names the code by where it leads, never by the raw encoded string', async () => {
    const el = await qr('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html?x=1', 'Cổng Dịch vụ công quốc gia');
    const image = axFind(await ax(), (n) => n.role === 'img' || n.role === 'image');
    expect(image?.name).to.equal('Mã QR: mở Cổng Dịch vụ công quốc gia (dichvucong.gov.vn/p/home/dvc-trang-chu.html)');
    expect(shadow(el).querySelector('svg')!.getAttribute('role')).to.equal('img');
  });

  it('shows the address without scheme, with a break opportunity after each / and .', async () => {
    const el = await qr('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html');
    const text = shadow(el).querySelector('.qr__url-text')!;
    expect(text.textContent).to.equal('dichvucong.gov.vn/p/home/dvc-trang-chu.html');
    const before = [...text.querySelectorAll('wbr')].map((w) => w.previousSibling?.textContent?.slice(-1));
    expect(before.filter((c) => c === '/' || c === '.').length).to.be.at.least(6);
    expect(shadow(el).textContent).to.contain('Mở camera hoặc Zalo và quét mã');
  });

  it('speaks English inside an English page, and follows a language switch', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><loa-qr href="https://vneid.gov.vn/" label="VNeID portal"></loa-qr></div>`);
    const el = wrapper.querySelector('loa-qr')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('QR code: opens VNeID portal (vneid.gov.vn)');
    expect(shadow(el).textContent).to.contain('Open your camera or Zalo and scan the code');
    await expect(el).to.be.accessible();
    wrapper.lang = 'vi';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('Mã QR: mở VNeID portal (vneid.gov.vn)');
    const refused = await fixture<HTMLDivElement>(html`<div lang="en"><loa-qr href="javascript:void 0"></loa-qr></div>`);
    expect(shadow(refused.querySelector('loa-qr')!).querySelector('[role="alert"]')!.textContent).to.contain('https://');
    expect(shadow(refused.querySelector('loa-qr')!).querySelector('[role="alert"]')!.textContent).to.not.contain('liên kết');
  });

  it('falls back to the address as title and name when there is no label', async () => {
    const el = await fixture<LoaQr>(html`<loa-qr href="https://vneid.gov.vn/"></loa-qr>`);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('vneid.gov.vn');
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('Mã QR: mở vneid.gov.vn');
    await expect(el).to.be.accessible();
  });

  it('uses the heading level it is given', async () => {
    const el = await fixture<LoaQr>(html`<loa-qr href="https://vneid.gov.vn/" label="VNeID" heading-level="4"></loa-qr>`);
    expect(shadow(el).querySelector('h4')!.textContent).to.equal('VNeID');
  });
});

describe('<loa-qr>: actions', () => {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  afterEach(() => {
    delete (navigator as {clipboard?: unknown}).clipboard;
    if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
  });
  const fakeClipboard = (writeText: ((text: string) => Promise<void>) | undefined) =>
    Object.defineProperty(navigator, 'clipboard', {value: writeText ? {writeText} : undefined, configurable: true});

  it('copies the link and announces it through the shared announcer', async () => {
    const copied: string[] = [];
    fakeClipboard(async (text) => void copied.push(text));
    const el = await qr('https://vneid.gov.vn/', 'VNeID');
    const button = shadow(el).querySelector<HTMLButtonElement>('button')!;
    const named = axFind(await ax(), (n) => n.role === 'button');
    expect(named?.name?.replace(/\s+:/, ':')).to.equal('Sao chép liên kết: VNeID');
    button.click();
    expect(await announced()).to.equal('Đã sao chép liên kết.');
    expect(copied).to.deep.equal(['https://vneid.gov.vn/']);
    expect(shadow(el).querySelector('.qr__feedback')!.textContent).to.equal('Đã sao chép liên kết.');
    expect(shadow(el).querySelector('[aria-live], [role="status"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('works from the keyboard, with touch targets of at least 44 px', async () => {
    const copied: string[] = [];
    fakeClipboard(async (text) => void copied.push(text));
    const el = await qr('https://vneid.gov.vn/', 'VNeID');
    for (const control of shadow(el).querySelectorAll('button, a')) {
      const box = control.getBoundingClientRect();
      expect(Math.min(box.width, box.height), control.textContent!).to.be.at.least(44);
    }
    const before = document.createElement('button');
    before.textContent = 'trước';
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    expect(shadow(el).activeElement?.tagName).to.equal('BUTTON');
    await sendKeys({press: 'Enter'});
    await new Promise((r) => setTimeout(r, 100));
    expect(copied).to.deep.equal(['https://vneid.gov.vn/']);
    await sendKeys({press: 'Tab'});
    expect(shadow(el).activeElement?.tagName).to.equal('A');
    before.remove();
  });

  it('says so when copying fails', async () => {
    fakeClipboard(() => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')));
    const el = await qr('https://vneid.gov.vn/');
    shadow(el).querySelector<HTMLButtonElement>('button')!.click();
    expect(await announced()).to.contain('Không sao chép được');
  });

  it('has no copy button where the clipboard is unavailable', async () => {
    fakeClipboard(undefined);
    const el = await qr('https://vneid.gov.vn/');
    expect(shadow(el).querySelector('button')).to.equal(null);
    expect(shadow(el).querySelector('a')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('routes the open link through loa-link-activate, so the kiosk can keep the resident on the page', async () => {
    const el = await qr('https://vneid.gov.vn/', 'VNeID');
    const link = shadow(el).querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://vneid.gov.vn/');
    let detail: {href: string} | undefined;
    const stop = (e: Event) => {
      detail = (e as CustomEvent<{href: string}>).detail;
      e.preventDefault();
    };
    document.addEventListener(LINK_EVENT, stop);
    const click = new MouseEvent('click', {bubbles: true, cancelable: true, composed: true});
    link.dispatchEvent(click);
    document.removeEventListener(LINK_EVENT, stop);
    expect(detail?.href).to.equal('https://vneid.gov.vn/');
    expect(click.defaultPrevented).to.equal(true);
  });

  it('has no open link with no-open (the kiosk)', async () => {
    const el = await fixture<LoaQr>(html`<loa-qr href="https://vneid.gov.vn/" label="VNeID" no-open></loa-qr>`);
    expect(shadow(el).querySelector('a')).to.equal(null);
    expect(await decode(el)).to.equal('https://vneid.gov.vn/');
    await expect(el).to.be.accessible();
  });
  it('has no copy button with no-copy, and never writes to the clipboard (the kiosk)', async () => {
    const copied: string[] = [];
    fakeClipboard(async (text) => void copied.push(text));
    const el = await fixture<LoaQr>(html`<loa-qr href="https://vneid.gov.vn/" label="VNeID" no-copy></loa-qr>`);
    expect(shadow(el).querySelector('button')).to.equal(null);
    expect(shadow(el).querySelector('a')).to.not.equal(null);
    el.setAttribute('no-open', '');
    await el.updateComplete;
    expect(shadow(el).querySelector('.qr__actions')).to.equal(null);
    expect(await decode(el)).to.equal('https://vneid.gov.vn/');
    expect(copied).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('takes no-copy and no-open page-wide, for codes inside other elements', async () => {
    fakeClipboard(async () => undefined);
    const el = await qr('https://vneid.gov.vn/', 'VNeID');
    expect(shadow(el).querySelectorAll('button, a').length).to.equal(2);
    try {
      LoaQr.noCopy = true;
      await el.updateComplete;
      expect(shadow(el).querySelector('button')).to.equal(null);
      LoaQr.noOpen = true;
      await el.updateComplete;
      expect(shadow(el).querySelector('button, a')).to.equal(null);
    } finally {
      LoaQr.noCopy = false;
      LoaQr.noOpen = false;
    }
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('button, a').length).to.equal(2);
  });
});

describe('<loa-qr>: poster, print and forced colours', () => {
  afterEach(async () => {
    await emulateMedia({media: 'screen'});
  });

  it('lays out a poster with the commune name, a large title and a code of at least 5 cm in print', async () => {
    const el = await fixture<LoaQr>(html`<loa-qr variant="poster" href="https://binhdanhocvuso.gov.vn/" label="Học Bình dân học vụ số" heading-level="1">
      <span slot="commune">Xã Hòa Loa</span>
    </loa-qr>`);
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLElement>('.qr__commune')!.hidden).to.equal(false);
    expect(shadow(el).querySelector('h1')!.textContent).to.equal('Học Bình dân học vụ số');
    await expect(el).to.be.accessible();
    await emulateMedia({media: 'print'});
    const cm = shadow(el).querySelector('svg')!.getBoundingClientRect().width / (96 / 2.54);
    expect(cm).to.be.at.least(5);
    expect(getComputedStyle(shadow(el).querySelector('.qr__actions')!).display).to.equal('none');
    expect(await decode(el)).to.equal('https://binhdanhocvuso.gov.vn/');
  });

  it('keeps a scannable size on screen and never overflows a narrow container', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><loa-qr href=${longVietnameseUrl()} label="x"></loa-qr></div>`);
    const el = wrapper.querySelector('loa-qr')!;
    await el.updateComplete;
    const svg = shadow(el).querySelector('svg')!.getBoundingClientRect();
    expect(svg.width).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
    const narrowPoster = await fixture<HTMLDivElement>(html`<div style="width: 300px"><loa-qr variant="poster" href="https://vneid.gov.vn/" label="VNeID"></loa-qr></div>`);
    const poster = narrowPoster.querySelector('loa-qr')!;
    await poster.updateComplete;
    const base = shadow(poster).querySelector('.qr')!.getBoundingClientRect();
    const code = shadow(poster).querySelector('svg')!.getBoundingClientRect();
    expect(code.left).to.be.at.least(base.left);
    expect(code.right).to.be.at.most(base.right);
    const roomy = await qr('https://vneid.gov.vn/');
    const fontSize = parseFloat(getComputedStyle(roomy).fontSize);
    expect(shadow(roomy).querySelector('svg')!.getBoundingClientRect().width).to.be.at.least(12 * fontSize - 0.5);
  });

  it('keeps the code black on white, out of forced-colour and theme overrides', async () => {
    const el = await fixture<LoaQr>(html`<loa-qr href="https://vneid.gov.vn/" style="--loa-color-bg: #000; --loa-color-text: #fff"></loa-qr>`);
    const svg = shadow(el).querySelector('svg')!;
    expect(getComputedStyle(svg).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(shadow(el).querySelector('.qr__code')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(svg.querySelector('path')!).fill).to.equal('rgb(0, 0, 0)');
    // The Chrome launcher cannot emulate forced-colors, so the rendered pixels under
    // forced colours are checked end to end (test/e2e/embedding.test.ts, "forced colours").
  });
});
