/*
 * The kiosk's screens as templates of the app's state. Each screen has one
 * <h1> (focused when the screen opens) and large buttons; the loa-* elements
 * are used by tag and attributes only. `keyed(session)` re-creates them after
 * every idle reset, so their open step, filters and search text are gone.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {pick} from './config.js';
import {guideOfTheDay, guideUrl} from './content-sync.js';
import {formatShortDate, formatTime, formatLongDate} from '../../src/core/dates.js';
import {icons} from './icons.js';
import type {ConfigError, ConfigProblem} from './config.js';
import type {KioskApp, Screen} from './kiosk-app.js';

/** The title of the current screen, for its <h1> and the announcement. */
export function screenTitle(app: KioskApp): string {
  const titles: Record<Screen, () => string> = {
    attract: () => pick(app.config?.commune.name, app.settings.lang),
    home: () => pick(app.config?.commune.name, app.settings.lang),
    news: () => msg('Tin tức'),
    events: () => msg('Lịch sự kiện'),
    guides: () => msg('Hướng dẫn'),
    guide: () => pick(app.config?.sources.guides.find((g) => g.slug === app.guide)?.title, app.settings.lang) || msg('Hướng dẫn'),
    qr: () => msg('Mã QR'),
    help: () => msg('Trợ giúp'),
    status: () => msg('Tình trạng ki-ốt'),
  };
  return titles[app.screen]();
}

const heading = (text: string) => html`<h1 class="screen__title" tabindex="-1" data-screen-heading>${text}</h1>`;

/** "Đang ngoại tuyến — cập nhật lần cuối lúc …", only while offline. */
function offlineNote(app: KioskApp): TemplateResult | typeof nothing {
  if (!app.offline) return nothing;
  const date = app.sync?.fetchedAt;
  const lang = app.settings.lang;
  const text = date
    ? msg(str`Đang ngoại tuyến — cập nhật lần cuối lúc ${formatTime(date, lang)} ngày ${formatShortDate(date, lang)}`)
    : msg('Đang ngoại tuyến — nội dung có thể chưa mới nhất');
  return html`<p class="offline-note" role="status">${text}</p>`;
}

export function renderHeader(app: KioskApp): TemplateResult {
  const config = app.config!;
  return html`
    <header class="masthead">
      ${config.commune.logo
        ? html`<img
            class="masthead__logo"
            src=${config.commune.logo}
            alt=""
            draggable="false"
            @pointerdown=${() => app.logoPress(true)}
            @pointerup=${() => app.logoPress(false)}
            @pointerleave=${() => app.logoPress(false)}
            @pointercancel=${() => app.logoPress(false)}
          />`
        : nothing}
      <p class="masthead__name">${pick(config.commune.name, app.settings.lang)}</p>
      ${offlineNote(app)}
    </header>
  `;
}

const tile = (app: KioskApp, screen: Screen, label: string, icon: TemplateResult) =>
  html`<li><button type="button" class="tile" data-go=${screen} @click=${() => app.go(screen)}>${icon}<span>${label}</span></button></li>`;

function home(app: KioskApp): TemplateResult {
  return html`
    ${heading(pick(app.config!.commune.name, app.settings.lang))}
    <p class="lead">${msg('Chào mừng bạn! Chạm vào một mục để bắt đầu.')}</p>
    <nav aria-label=${msg('Các mục chính')}>
      <ul class="tiles">
        ${tile(app, 'news', msg('Tin tức'), icons.news)} ${tile(app, 'events', msg('Lịch sự kiện'), icons.events)}
        ${tile(app, 'guides', msg('Hướng dẫn'), icons.guides)} ${tile(app, 'qr', msg('Mã QR'), icons.qr)}
        ${tile(app, 'help', msg('Trợ giúp'), icons.help)}
      </ul>
    </nav>
  `;
}

function guides(app: KioskApp): TemplateResult {
  const list = app.config!.sources.guides;
  return html`
    ${heading(msg('Hướng dẫn'))}
    <p class="lead">${msg('Chọn việc bạn muốn làm. Mỗi hướng dẫn đi từng bước một.')}</p>
    <ul class="choices">
      ${list.map(
        (g) => html`<li><button type="button" class="choice" @click=${() => app.go('guide', g.slug)}>${pick(g.title, app.settings.lang)}</button></li>`
      )}
    </ul>
  `;
}

function guide(app: KioskApp): TemplateResult {
  const slug = app.guide!;
  return html`
    ${heading(screenTitle(app))}
    ${keyed(
      `${app.session}-${slug}-${app.settings.lang}`,
      html`<loa-howto
        src=${guideUrl(app.config!, slug, app.settings.lang)}
        step=${app.guideStep}
        mode="guided"
        heading-level="2"
        handoff-base=${ifDefined(app.config!.handoffBase)}
      ></loa-howto>`
    )}
  `;
}

function qr(app: KioskApp): TemplateResult {
  const links = app.sync?.qr ?? [];
  return html`
    ${heading(msg('Mã QR'))}
    <p class="lead">${msg('Mở máy ảnh hoặc Zalo trên điện thoại và quét mã để mở trang trên điện thoại của bạn.')}</p>
    ${links.length
      ? html`<ul class="qr-grid">
          ${links.map((l) => html`<li><loa-qr href=${l.href} label=${l.label} no-open no-copy heading-level="2"></loa-qr></li>`)}
        </ul>`
      : html`<p class="notice">${msg('Chưa có mã QR nào. Bạn có thể hỏi cán bộ tại quầy.')}</p>`}
  `;
}

function help(app: KioskApp): TemplateResult {
  const {help} = app.config!;
  const lang = app.settings.lang;
  return html`
    ${heading(msg('Trợ giúp'))}
    ${help.text ? html`<p class="lead">${pick(help.text, lang)}</p>` : nothing}
    <dl class="facts">
      <div><dt>${msg('Nơi hỗ trợ trực tiếp')}</dt><dd>${pick(help.counter, lang)}</dd></div>
      <div><dt>${msg('Giờ làm việc')}</dt><dd>${pick(help.hours, lang)}</dd></div>
      ${help.phone ? html`<div><dt>${msg('Điện thoại')}</dt><dd>${help.phone}</dd></div>` : nothing}
    </dl>
    <p>${msg('Bạn cũng có thể bấm nút "Trợ năng" ở cuối màn hình để phóng to chữ, đổi màu tương phản, nghe đọc to hoặc đổi ngôn ngữ.')}</p>
  `;
}

/** The schedule's clock: `?now=` as given, or the best estimate when the system clock is wrong. */
function scheduleClock(app: KioskApp): string | undefined {
  if (app.clockCheck.problem) return app.clockCheck.estimate.toISOString();
  return app.now;
}

export function renderScreen(app: KioskApp): TemplateResult {
  const lang = app.settings.lang;
  const config = app.config!;
  const body = (): TemplateResult => {
    switch (app.screen) {
      case 'news':
        return html`${heading(msg('Tin tức'))}
        ${keyed(`${app.session}-${lang}`, html`<loa-news src=${pick(config.sources.news, lang)} limit=${config.newsLimit} heading-level="2"></loa-news>`)}`;
      case 'events':
        return html`${heading(msg('Lịch sự kiện'))}
        ${keyed(`${app.session}-${lang}`, html`<loa-schedule
          src=${pick(config.sources.events, lang)}
          now=${ifDefined(scheduleClock(app))}
          ?plain-dates=${app.clockCheck.problem !== undefined}
          add-to-calendar="qr"
          heading-level="2"
        ></loa-schedule>`)}`;
      case 'guides':
        return guides(app);
      case 'guide':
        return guide(app);
      case 'qr':
        return qr(app);
      case 'help':
        return help(app);
      default:
        return home(app);
    }
  };
  return html`<main class="screen" id="main">${body()}</main>`;
}

/** The attract screen: rotating highlights, "touch to begin", never a focus trap. */
export function renderAttract(app: KioskApp): TemplateResult {
  const lang = app.settings.lang;
  const h = app.sync?.highlights ?? {};
  const guide = guideOfTheDay(app.config!, lang, app.now ? new Date(app.now) : new Date());
  const cards: TemplateResult[] = [];
  // The guide comes first: it needs no feed, so it is on screen at the first paint.
  if (guide) {
    cards.push(html`<p class="highlight__kind">${msg('Hướng dẫn')}</p>
      <p class="highlight__title">${guide.title}</p>
      <p class="highlight__meta">${msg('Làm từng bước, có cán bộ hỗ trợ tại quầy.')}</p>`);
  }
  // With a clock that cannot be trusted, "upcoming" could name a past event: no event highlight then.
  if (h.event && !app.clockCheck.problem) {
    cards.push(html`<p class="highlight__kind">${msg('Sự kiện sắp tới')}</p>
      <p class="highlight__title">${h.event.title}</p>
      <p class="highlight__meta">
        <time datetime=${h.event.start.toISOString()}>${formatLongDate(h.event.start, lang)}, ${formatTime(h.event.start, lang)}</time>
        ${h.event.location ? html`<br />${h.event.location}` : nothing}
      </p>`);
  }
  if (h.news) {
    cards.push(html`<p class="highlight__kind">${msg('Tin mới nhất')}</p>
      <p class="highlight__title">${h.news.title}</p>
      ${h.news.date && !Number.isNaN(h.news.date.getTime())
        ? html`<p class="highlight__meta"><time datetime=${h.news.date.toISOString()}>${formatLongDate(h.news.date, lang)}</time></p>`
        : nothing}`);
  }
  const index = cards.length ? app.highlight % cards.length : 0;
  // Every card sits in one grid cell and only the current one is visible, so
  // the box is as tall as the tallest card and nothing moves when they rotate.
  // The button comes before the highlights, which arrive with the feeds: their
  // arrival then adds to the bottom of the screen and shifts nothing.
  // A touch anywhere begins; keyboard and screen-reader users have the real button.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  return html`
    <main class="attract" id="main" data-shift=${app.highlight % 4} @click=${(e: Event) => {
      if (!(e.target as Element).closest('[data-keep-attract]')) app.begin();
    }}>
      <div class="attract__drift">
        ${app.config!.commune.logo ? html`<img class="attract__logo" src=${app.config!.commune.logo} alt="" />` : nothing}
        <h1 class="attract__title" tabindex="-1" data-screen-heading>${pick(app.config!.commune.name, lang)}</h1>
        <p class="attract__campaign">${msg('Bình dân học vụ số — không ai bị bỏ lại phía sau')}</p>
        <button type="button" class="attract__start" @click=${(e: Event) => {
          e.stopPropagation();
          app.begin();
        }}>${msg('Chạm vào màn hình để bắt đầu')}</button>
        ${cards.length
          ? html`<section
              class="highlight"
              aria-label=${msg('Nổi bật')}
              @focusin=${() => app.pauseRotation(true)}
              @focusout=${() => app.pauseRotation(false)}
            >
              ${cards.map((card, i) => html`<div class="highlight__card" ?data-current=${i === index}>${card}</div>`)}
            </section>`
          : nothing}
        ${offlineNote(app)}
      </div>
    </main>
  `;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}

/** The bar at the bottom of every screen: back, home, accessibility, language; speech controls when on. */
export function renderDock(app: KioskApp): TemplateResult {
  const attract = app.screen === 'attract';
  const other = app.settings.lang === 'vi' ? 'en' : 'vi';
  const showLanguage = app.config!.languages.includes(other);
  return html`
    <nav class="dock" aria-label=${msg('Điều hướng ki-ốt')} data-keep-attract>
      <div class="dock__row">
        ${attract || app.screen === 'home'
          ? nothing
          : html`<button type="button" class="dock__button" @click=${() => app.back()}>${icons.back}<span>${msg('Quay lại')}</span></button>
              <button type="button" class="dock__button" @click=${() => app.go('home')}>${icons.home}<span>${msg('Trang chủ')}</span></button>`}
        <button type="button" class="dock__button" aria-haspopup="dialog" @click=${() => (app.panelOpen = true)}>
          ${icons.a11y}<span>${msg('Trợ năng')}</span>
        </button>
        ${showLanguage
          ? html`<button type="button" class="dock__button" lang=${other} @click=${() => app.set('lang', other)}>
              ${other === 'en' ? 'English' : 'Tiếng Việt'}
            </button>`
          : nothing}
      </div>
      ${app.settings.speech ? renderSpeechControls(app) : nothing}
    </nav>
  `;
}

function renderSpeechControls(app: KioskApp): TemplateResult {
  const volume = Math.round(app.settings.volume * 100);
  return html`
    <div class="dock__row dock__speech" role="group" aria-label=${msg('Điều khiển đọc to')} data-speech-controls>
      <button type="button" class="dock__button" @click=${() => app.speechMode.pauseOrResume()}>${msg('Tạm dừng / Tiếp tục')}</button>
      <button type="button" class="dock__button" @click=${() => app.speechMode.repeat()}>${msg('Đọc lại')}</button>
      <button type="button" class="dock__button" @click=${() => app.speechMode.stop()}>${msg('Dừng đọc')}</button>
      <button type="button" class="dock__button" ?disabled=${volume <= 25} @click=${() => app.set('volume', Math.max(0.25, app.settings.volume - 0.25))}>
        ${msg('Nhỏ hơn')}
      </button>
      <span class="dock__volume" role="status">${msg(str`Âm lượng ${volume}%`)}</span>
      <button type="button" class="dock__button" ?disabled=${volume >= 100} @click=${() => app.set('volume', Math.min(1, app.settings.volume + 0.25))}>
        ${msg('To hơn')}
      </button>
    </div>
  `;
}

function problemText(p: ConfigProblem): string {
  switch (p.kind) {
    case 'required':
      return msg('thiếu mục bắt buộc');
    case 'text':
      return msg('cần một đoạn chữ (hoặc {"vi": …, "en": …})');
    case 'url':
      return msg('địa chỉ không hợp lệ');
    case 'host':
      return msg(str`máy chủ ${p.detail} không nằm trong allowedHosts`);
    case 'https':
      return msg('cần một địa chỉ https:// (http chỉ dùng được trên localhost)');
    case 'origin':
      return msg('ki-ốt chỉ nhận tệp cấu hình trên chính máy chủ của mình (một đường dẫn như ?config=cau-hinh/xa.json); địa chỉ này bị từ chối và không được tải');
    case 'number':
      return msg(str`cần một số trong khoảng ${p.detail}`);
    case 'language':
      return msg(str`ngôn ngữ phải là một trong: ${p.detail}`);
    case 'list':
      return msg('cần một danh sách');
    case 'colour':
      return msg('cần một mã màu dạng #rrggbb');
    case 'json':
      return msg(str`tệp không phải JSON hợp lệ (${p.detail})`);
    case 'load':
      return msg(str`không tải được tệp (${p.detail})`);
  }
}

/** For staff: what is wrong with the config, never a blank screen. */
export function renderConfigError(error: ConfigError): TemplateResult {
  return html`
    <main class="screen config-error" id="main">
      <div role="alert">
        <h1 class="screen__title">${msg('Ki-ốt chưa khởi động được: cấu hình bị lỗi')}</h1>
        <p>${msg(str`Tệp cấu hình: ${error.url}`)}</p>
      </div>
      <ul>
        ${error.problems.map((p) => html`<li><code>${p.path}</code>: ${problemText(p)}</li>`)}
      </ul>
      <p>${msg('Dành cho cán bộ: sửa tệp cấu hình (xem docs/kiosk.md) rồi bấm "Tải lại".')}</p>
      <button type="button" class="button" @click=${() => location.reload()}>${msg('Tải lại')}</button>
    </main>
  `;
}
