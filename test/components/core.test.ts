import {expect, fixture, html as testHtml} from '@open-wc/testing';
import {html} from 'lit';
import {LoaElement} from '../../src/core/loa-element.js';
import {ContentController} from '../../src/core/content-controller.js';
import {ContentError} from '../../src/core/content-error.js';
import {renderContentStatus} from '../../src/core/content-status.js';
import {themeStyles} from '../../src/core/theme.styles.js';
import {defineElement} from '../../src/core/define.js';
import {announce, announcerElement} from '../../src/core/announcer.js';
import {fold, matchesQuery, nfc, compareVi} from '../../src/core/text.js';
import {clockFrom, dayKey, daysBetween, formatTime, formatLongDate} from '../../src/core/dates.js';
import {languageOf} from '../../src/core/locale.js';
import {Speech} from '../../src/core/speech.js';
import {FakeSpeechEngine} from '../helpers/fake-speech.js';
import {announced} from '../helpers/a11y.js';
import {settle} from '../helpers/settle.js';

/** A minimal element that loads JSON through the shared plumbing. */
class TestLoader extends LoaElement {
  static override styles = [themeStyles];
  static override properties = {src: {type: String}};
  src = '';
  content = new ContentController<{title: string}>(this, {
    timeout: 200,
    parse: (text) => {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        throw new ContentError('format', 'not JSON');
      }
      if (typeof (data as {title?: unknown}).title !== 'string') throw new ContentError('invalid', 'title');
      return data as {title: string};
    },
  });
  override updated(changed: Map<string, unknown>) {
    if (changed.has('src')) void this.content.load(this.src);
  }
  override render() {
    return html`<div class="loa-root" lang=${this.locale}>
      ${renderContentStatus({
        error: this.content.error,
        loading: this.content.loading,
        loadedAt: this.content.loadedAt,
        hasContent: this.content.value !== undefined,
        locale: this.locale,
        onRetry: () => void this.content.reload(),
      })}
      ${this.content.value ? html`<p class="title">${this.content.value.title}</p>` : ''}
    </div>`;
  }
}
defineElement('test-loader', TestLoader);

/**
 * Records whether the task that parsed its content had ended by the time the
 * content was drawn: a user-blocking task posted while parsing runs before
 * any later task, but never inside the parsing task.
 */
class TaskLoader extends LoaElement {
  static override properties = {src: {type: String}};
  src = '';
  parseTaskEnded = false;
  drawnAfterParseTask: boolean | undefined;
  content = new ContentController<string>(this, {
    parse: (text) => {
      const scheduler = (globalThis as unknown as {scheduler: {postTask: (task: () => void, options: {priority: string}) => Promise<void>}}).scheduler;
      void scheduler.postTask(() => (this.parseTaskEnded = true), {priority: 'user-blocking'});
      return text;
    },
  });
  override updated(changed: Map<string, unknown>) {
    if (changed.has('src')) void this.content.load(this.src);
    if (this.content.value !== undefined && this.drawnAfterParseTask === undefined) this.drawnAfterParseTask = this.parseTaskEnded;
  }
  override render() {
    return html`<p>${this.content.value ?? ''}</p>`;
  }
}
defineElement('test-task-loader', TaskLoader);

const realFetch = window.fetch;
function stubFetch(impl: typeof fetch) {
  window.fetch = impl;
}
afterEach(() => {
  window.fetch = realFetch;
});

const jsonUrl = (data: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(data))}`;

describe('shared core: content loading', () => {
  it('shows loaded content and no status box', async () => {
    const el = await fixture<TestLoader>(testHtml`<test-loader src=${jsonUrl({title: 'Xin chào'})}></test-loader>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Xin chào');
    expect(el.shadowRoot!.querySelector('.loa-status')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws new content in a task after the one that parsed it (a slow kiosk PC must not block a touch with both)', async () => {
    const el = await fixture<TaskLoader>(testHtml`<test-task-loader src="data:text/plain,xin%20ch%C3%A0o"></test-task-loader>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('xin chào');
    expect(el.drawnAfterParseTask).to.equal(true);
  });

  it('reports a network failure as an alert with a retry button', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const el = await fixture<TestLoader>(testHtml`<test-loader src="/same-origin.json"></test-loader>`);
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Không kết nối được mạng');
    expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Thử lại');
    await expect(el).to.be.accessible();
  });

  it('names the URL and CORS when another site refuses the page', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const el = await fixture<TestLoader>(testHtml`<test-loader src="https://feeds.example.org/news.json"></test-loader>`);
    await settle(el);
    const text = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(text).to.contain('https://feeds.example.org/news.json');
    expect(text).to.contain('CORS');
  });

  it('reports an HTTP error with its status', async () => {
    const el = await fixture<TestLoader>(testHtml`<test-loader src="/does-not-exist.json"></test-loader>`);
    await settle(el);
    expect(el.content.error?.kind).to.equal('http');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('404');
  });

  it('reports a timeout', async () => {
    stubFetch((_url, init) => new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const el = await fixture<TestLoader>(testHtml`<test-loader src="/slow.json"></test-loader>`);
    await settle(el);
    expect(el.content.error?.kind).to.equal('timeout');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('quá chậm');
  });

  it('reports an unsupported format and a validation error distinctly', async () => {
    const bad = await fixture<TestLoader>(testHtml`<test-loader src="data:text/plain,hello"></test-loader>`);
    await settle(bad);
    expect(bad.content.error?.kind).to.equal('format');
    expect(bad.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('không được hỗ trợ');
    const invalid = await fixture<TestLoader>(testHtml`<test-loader src=${jsonUrl({name: 'x'})}></test-loader>`);
    await settle(invalid);
    expect(invalid.content.error?.kind).to.equal('invalid');
    expect(invalid.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('title');
  });

  it('keeps the last good content when a refresh fails, and says how old it is', async () => {
    const el = await fixture<TestLoader>(testHtml`<test-loader src=${jsonUrl({title: 'Tin cũ'})}></test-loader>`);
    await settle(el);
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await el.content.reload();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Tin cũ');
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.match(/\d\d:\d\d/);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('retries from the button and recovers', async () => {
    let calls = 0;
    stubFetch(async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify({title: 'Đã có mạng'}));
    });
    const el = await fixture<TestLoader>(testHtml`<test-loader src="/flaky.json"></test-loader>`);
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Đã có mạng');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('speaks English when its closest [lang] ancestor says so', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const wrapper = await fixture(testHtml`<section lang="en"><div><test-loader src="/x.json"></test-loader></div></section>`);
    const el = wrapper.querySelector('test-loader') as TestLoader;
    await settle(el);
    expect(el.shadowRoot!.querySelector('.loa-root')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('[role="alert"] button')!.textContent!.trim()).to.equal('Try again');
  });
});

describe('shared core: a lazy part that did not load', () => {
  it('names the missing file and where chunks/ belongs, and shows the fallback the webmaster wrote', async () => {
    stubFetch(() => Promise.reject(new ContentError('missing-file', 'chunks/feed-parse-Ab12.js', 'https://xa.example/chunks/feed-parse-Ab12.js')));
    const el = await fixture<TestLoader>(
      testHtml`<test-loader src="/news.json"><a href="/tin-tuc/">Xem tin tức</a></test-loader>`
    );
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Không tải được tệp chunks/feed-parse-Ab12.js. Hãy chép cả thư mục chunks/ cạnh loa.js.');
    expect(alert.textContent).not.to.contain('Failed');
    const link = el.querySelector('a')!;
    expect(link.assignedSlot, 'the light-DOM link is slotted').not.to.equal(null);
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('says the same in English, and without a file name when the browser gave none', async () => {
    stubFetch(() => Promise.reject(new ContentError('missing-file', '', '')));
    const wrapper = await fixture(testHtml`<section lang="en"><test-loader src="/news.json"></test-loader></section>`);
    const el = wrapper.querySelector('test-loader') as TestLoader;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'Could not load a file from the chunks/ folder. Copy the whole chunks/ folder next to loa.js.'
    );
  });

  it('hides the fallback while content is shown', async () => {
    const el = await fixture<TestLoader>(testHtml`<test-loader src=${jsonUrl({title: 'Xin chào'})}><a href="/tin-tuc/">Xem tin tức</a></test-loader>`);
    await settle(el);
    expect(el.querySelector('a')!.assignedSlot).to.equal(null);
  });
});

describe('shared core: text size', () => {
  async function rootSize(style: string, hostStyle = ''): Promise<number> {
    const wrapper = await fixture(testHtml`<div>
      <style>${style}</style>
      <test-loader style=${hostStyle} src=${jsonUrl({title: 'Xin chào'})}></test-loader>
    </div>`);
    const el = wrapper.querySelector('test-loader') as TestLoader;
    await settle(el);
    return parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.title')!).fontSize);
  }

  it('keeps body text at 16 px under a portal rule that sets every element to 12 px', async () => {
    expect(await rootSize('* { font-size: 12px; font-family: Tahoma }')).to.equal(16);
  });

  it('follows larger page text and a larger --loa-font-size, never a smaller one', async () => {
    expect(await rootSize('test-loader { font-size: 20px }')).to.equal(20);
    expect(await rootSize('* { font-size: 12px }', '--loa-font-size: 24px')).to.equal(24);
    expect(await rootSize('', '--loa-font-size: 1.5em; font-size: 16px')).to.equal(24);
    expect(await rootSize('', '--loa-font-size: 10px')).to.equal(16);
  });
});

describe('shared core: registration', () => {
  it('warns once and never throws when a tag is defined twice', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Other extends LoaElement {}
      class Another extends LoaElement {}
      expect(() => defineElement('test-loader', Other)).not.to.throw();
      expect(() => defineElement('test-loader', Another)).not.to.throw();
    } finally {
      console.warn = warn;
    }
    // Exactly one: "at most one" would also pass if the warning were lost.
    expect(warnings.length).to.equal(1);
    expect(customElements.get('test-loader')).to.equal(TestLoader);
  });
});

describe('shared core: language', () => {
  it('resolves lang through shadow roots and falls back to Vietnamese', async () => {
    const host = await fixture(testHtml`<div lang="en-US"><span></span></div>`);
    const shadow = host.querySelector('span')!.attachShadow({mode: 'open'});
    const inner = document.createElement('b');
    shadow.append(inner);
    expect(languageOf(inner)).to.equal('en');
    const lone = document.createElement('i');
    expect(languageOf(lone)).to.equal('vi');
  });
});

describe('shared core: announcer', () => {
  it('uses one polite live region in the light DOM', async () => {
    announce('Bước 1 trên 3');
    announce('Bước 2 trên 3');
    expect(await announced()).to.equal('Bước 2 trên 3');
    const regions = document.querySelectorAll('#loa-announcer');
    expect(regions.length).to.equal(1);
    const region = announcerElement();
    expect(region.getRootNode()).to.equal(document);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent).to.equal('Bước 2 trên 3');
  });
});

describe('shared core: Vietnamese text', () => {
  it('folds diacritics and đ for matching', () => {
    expect(fold('Người Cao Tuổi')).to.equal('nguoi cao tuoi');
    expect(fold('Đăk Cấm')).to.equal('dak cam');
    expect(matchesQuery('Lớp học cho người khuyết tật', 'khuyet TAT')).to.equal(true);
    expect(matchesQuery('Lớp học cho người khuyết tật', 'cao tuoi')).to.equal(false);
  });
  it('normalises decomposed text to NFC', () => {
    const decomposed = 'Tiếng Việt'.normalize('NFD');
    expect(nfc(decomposed)).to.equal('Tiếng Việt');
    expect(nfc(decomposed).length).to.be.lessThan(decomposed.length);
  });
  it('sorts in Vietnamese order', () => {
    const words = ['Đông', 'Bến', 'Dương', 'An'].sort(compareVi);
    expect(words).to.deep.equal(['An', 'Bến', 'Dương', 'Đông']);
  });
});

describe('shared core: dates', () => {
  it('formats in Asia/Ho_Chi_Minh with a 24-hour clock', () => {
    const date = new Date('2025-09-30T01:00:00Z'); // 08:00 in Vietnam
    expect(formatTime(date, 'vi')).to.equal('08:00');
    expect(formatTime(new Date('2025-09-30T13:30:00Z'), 'en')).to.equal('20:30');
    expect(formatLongDate(date, 'vi')).to.contain('2025');
    expect(dayKey(new Date('2025-09-30T18:00:00Z'))).to.equal('2025-10-01');
    expect(daysBetween(new Date('2025-09-30T16:59:00Z'), new Date('2025-09-30T17:01:00Z'))).to.equal(1);
  });
  it('gives the same day keys as Intl on either side of midnight, kept or not, in quarter-hour zones too', () => {
    const direct = (date: Date, timeZone: string) => {
      const parts = new Intl.DateTimeFormat('en', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'}).formatToParts(date);
      const get = (type: string) => parts.find((p) => p.type === type)!.value;
      return `${get('year')}-${get('month')}-${get('day')}`;
    };
    // Each instant twice (the second from what was kept), a minute apart around each zone's midnight, and spread over decades.
    const instants = ['2025-09-30T16:59:59.999Z', '2025-09-30T17:00:00Z', '2025-09-30T18:14:59Z', '2025-09-30T18:15:00Z', '2025-09-30T18:29:00Z', '2025-09-30T18:30:00Z'].map((s) => new Date(s));
    for (let t = Date.UTC(1950, 0, 1); t < Date.UTC(2060, 0, 1); t += 86_400_000 * 97 + 3_600_000 * 7 + 60_000 * 13) instants.push(new Date(t));
    for (const timeZone of ['Asia/Ho_Chi_Minh', 'Asia/Kathmandu', 'Asia/Kolkata', 'America/St_Johns']) {
      for (const date of [...instants, ...instants]) expect(dayKey(date, timeZone), `${date.toISOString()} in ${timeZone}`).to.equal(direct(date, timeZone));
    }
  });
  it('uses an injected clock', () => {
    const clock = clockFrom('2025-10-10T07:30:00+07:00');
    expect(clock().toISOString()).to.equal('2025-10-10T00:30:00.000Z');
    expect(Math.abs(clockFrom('not a date')().getTime() - Date.now())).to.be.lessThan(1000);
  });
});

describe('shared core: speech', () => {
  it('picks a voice in the text language, never English for Vietnamese', async () => {
    const engine = new FakeSpeechEngine([{name: 'English', lang: 'en-US'}]);
    const speech = new Speech(engine);
    expect(await speech.speak('Xin chào', 'vi')).to.equal('no-voice');
    expect(engine.spoken.length).to.equal(0);
    engine.loadVoices([{name: 'English', lang: 'en-US'}, {name: 'Linh', lang: 'vi-VN'}]);
    const done = speech.speak('Xin chào', 'vi');
    await new Promise((r) => setTimeout(r, 0));
    expect(engine.last?.voice.lang).to.equal('vi-VN');
    expect(engine.last?.text).to.equal('Xin chào');
    engine.finish();
    expect(await done).to.equal('spoken');
  });
  it('waits for voices that load late', async () => {
    const engine = new FakeSpeechEngine([]);
    const speech = new Speech(engine);
    const pending = speech.voiceFor('vi');
    setTimeout(() => engine.loadVoices([{name: 'Linh', lang: 'vi-VN'}]), 50);
    expect((await pending)?.name).to.equal('Linh');
  });
  it('pauses, resumes and stops on demand', async () => {
    const engine = new FakeSpeechEngine();
    const speech = new Speech(engine);
    const done = speech.speak('Bước một', 'vi');
    await new Promise((r) => setTimeout(r, 0));
    speech.pause();
    expect(speech.paused).to.equal(true);
    speech.resume();
    expect(speech.speaking).to.equal(true);
    speech.stop();
    expect(await done).to.equal('stopped');
    expect(engine.cancelled).to.equal(1);
    expect(speech.speaking).to.equal(false);
  });
  it('says so when there is no speech engine at all', async () => {
    expect(await new Speech(undefined).speak('x', 'vi')).to.equal('unsupported');
  });
});
