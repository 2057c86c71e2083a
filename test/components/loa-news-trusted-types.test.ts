/*
 * A host page that enforces Trusted Types. The element runs in an iframe whose
 * CSP requires Trusted Types and allows only the documented policy names
 * ("loa-news", Lit's "lit-html" and DOMPurify's "dompurify"), then loads, lists
 * and opens an article.
 */
import {expect} from '@open-wc/testing';

const CSP = "require-trusted-types-for 'script'; trusted-types loa-news lit-html dompurify";

interface FrameWindow extends Window {
  violations: string[];
  errors: string[];
}

async function frameWithCsp(): Promise<{frame: HTMLIFrameElement; win: FrameWindow}> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${CSP}">
    <script>
      window.violations = []; window.errors = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sample));
      window.addEventListener('error', (e) => errors.push(e.message));
      window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    </script>
    <script type="module" src="/src/news/define.ts"></script></head>
    <body><loa-news src="/demo/content/news.json" limit="3"></loa-news></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as FrameWindow;
  await win.customElements.whenDefined('loa-news');
  return {frame, win};
}

describe('loa-news under Trusted Types enforcement', () => {
  it('lists and opens an article with only the "loa-news", "lit-html" and "dompurify" policies', async function () {
    this.timeout(30_000);
    const {frame, win} = await frameWithCsp();
    // Control: the frame really enforces Trusted Types.
    expect(() => {
      win.document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
    }).to.throw(/TrustedHTML/);
    const el = win.document.querySelector('loa-news')!;
    const root = () => el.shadowRoot!;
    const until = async (check: () => unknown) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
      expect(Boolean(check())).to.equal(true);
    };
    await until(() => root().querySelectorAll('.item__open').length === 3);
    (root().querySelector('.item__open') as HTMLButtonElement).click();
    await until(() => root().querySelector('.loa-article-body p'));
    expect(root().querySelector('.loa-article-body')!.textContent!.length).to.be.greaterThan(50);
    expect(win.errors).to.deep.equal([]);
    // The one expected violation is our own control above.
    expect(win.violations.filter((v) => !v.includes('<b>x</b>'))).to.deep.equal([]);
    frame.remove();
  });
});
