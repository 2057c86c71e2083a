/*
 * <loa-news> on pages with a strict Content-Security-Policy (no inline script,
 * no inline handlers), with and without Trusted Types. Feed HTML full of inline
 * handlers must not make the browser even consider those handlers: plain text
 * is derived from it in an inert document, so not one securitypolicyviolation
 * event may fire. (A handler parsed into the live document would be blocked by
 * the CSP, but the browser would still report the violation.)
 */
import {expect} from '@open-wc/testing';

const STRICT =
  "default-src 'self'; script-src 'self' 'nonce-loa'; style-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'none'";
const TRUSTED_TYPES = "; require-trusted-types-for 'script'; trusted-types loa-news lit-html dompurify";
const FEED = '/test/fixtures/news/inline-handlers.xml';

interface FrameWindow extends Window {
  violations: string[];
  errors: string[];
}

declare global {
  interface Window {
    __handlerRan?: string;
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A same-origin frame with `csp`, a violation recorder (allowed by nonce) and a <loa-news> reading `src`. */
async function cspFrame(csp: string, src: string) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <script nonce="loa">
      window.violations = []; window.errors = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sample));
      window.addEventListener('error', (e) => errors.push(e.message));
      window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    </script>
    <script type="module" src="/src/news/define.ts"></script></head>
    <body><loa-news src="${src}"></loa-news></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as FrameWindow;
  await win.customElements.whenDefined('loa-news');
  const root = win.document.querySelector('loa-news')!.shadowRoot!;
  return {frame, win, root};
}

async function until(check: () => unknown): Promise<void> {
  for (let i = 0; i < 250 && !check(); i++) await pause(20);
  expect(Boolean(check()), 'waited too long').to.equal(true);
}

/** Lists the feed, then opens and closes every item, so all its HTML is read and sanitised. */
async function readEverything(root: ShadowRoot): Promise<void> {
  await until(() => root.querySelectorAll('.item__open').length === 2);
  for (let i = 0; i < 2; i++) {
    root.querySelectorAll<HTMLButtonElement>('.item__open')[i].click();
    await until(() => root.querySelector('.loa-article-body'));
    root.querySelector<HTMLButtonElement>('.back')!.click();
    await pause(20);
  }
  // Time for the images to fail, which is when an onerror handler would be considered.
  await pause(300);
}

describe('loa-news on a strict-CSP page', function () {
  this.timeout(30_000);
  beforeEach(() => {
    delete window.__handlerRan;
  });

  it('derives summaries from HTML with inline handlers without a single securitypolicyviolation', async () => {
    const {frame, win, root} = await cspFrame(STRICT, FEED);
    await readEverything(root);
    // The summary really was derived from the handler-carrying HTML.
    expect(root.querySelector('.item__summary')!.textContent).to.contain('Lớp học số cho người cao tuổi');
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
    expect(window.__handlerRan).to.equal(undefined);
    // Control: markup parsed in the live document does report a violation here.
    win.document.createElement('div').innerHTML = '<img src="/no-such-control.png" onerror="parent.__handlerRan = 1">';
    await until(() => win.violations.length > 0);
    expect(win.violations[0]).to.match(/^script-src-attr/);
    frame.remove();
  });

  it('does the same when the page also requires Trusted Types', async () => {
    const {frame, win, root} = await cspFrame(STRICT + TRUSTED_TYPES, FEED);
    await readEverything(root);
    expect(root.querySelector('.item__summary')!.textContent).to.contain('Lớp học số cho người cao tuổi');
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
    expect(window.__handlerRan).to.equal(undefined);
    frame.remove();
  });
});
