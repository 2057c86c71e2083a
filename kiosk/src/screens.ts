/*
 * The kiosk's content screens: Home, news, events, the guide list and a
 * guide, QR codes, the campaign's progress ("Chỉ tiêu") and help. Each has one <h1> (focused when the screen opens)
 * and large buttons; the loa-* elements are used by tag and attributes only.
 * `keyed(session)` re-creates them after every idle reset, so their open
 * step, filters and search text are gone.
 *
 * Layout (kiosk.css): each screen but the guide opens with an intro band
 * (icon, heading, lead) that reaches down to the top of the reach band, so
 * every choice below it is within a seated resident's reach; in landscape the
 * band becomes a column beside the choices.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg} from '@lit/localize';
import {pick, type KioskConfig} from './config.js';
import {guideUrl, type QrLink} from './content-sync.js';
import {icons} from './icons.js';
import {screenTitle, type Screen} from './navigation.js';
import type {Locale} from '../../src/core/locale.js';
import type {Highlights} from './content-sync.js';
import {renderToday} from './today-band.js';
import {renderSearchScreen, type SearchSession} from './search-screen.js';

export interface ScreenState {
  screen: Exclude<Screen, 'attract' | 'status'>;
  config: KioskConfig;
  lang: Locale;
  /** Bumped on every reset, so the content elements are re-created with no state. */
  session: number;
  /** The open guide and its step (kept across a language switch). */
  guide?: string;
  guideStep: number;
  /** The links of the "Mã QR" screen. */
  qr: QrLink[];
  /** The schedule's clock (ISO), when it is fixed or estimated. */
  scheduleNow?: string;
  /** The clock cannot be believed: plain dates only. */
  plainDates: boolean;
  /** The kiosk's clock, for Home's "Hôm nay" band. */
  now: Date;
  highlights: Highlights;
  /** The search screen's keyboard, and the article or event a search result opens. */
  search: SearchSession;
}

export interface ScreenActions {
  onGo: (screen: Screen, guide?: string) => void;
}

const heading = (text: string) => html`<h1 class="screen__title" tabindex="-1" data-screen-heading>${text}</h1>`;

/** The band above the reach band: the screen's pictogram, heading and lead, plus `extra`. */
const intro = (icon: TemplateResult, title: string, lead?: string, extra: TemplateResult | typeof nothing = nothing) =>
  html`<header class="screen__intro">
    <span class="screen__icon">${icon}</span>
    ${heading(title)} ${lead ? html`<p class="lead">${lead}</p>` : nothing} ${extra}
  </header>`;

function home({config, lang, now, highlights, plainDates}: ScreenState, {onGo}: ScreenActions): TemplateResult {
  const tile = (screen: Screen, label: string, icon: TemplateResult) =>
    html`<li><button type="button" class="tile" data-go=${screen} @click=${() => onGo(screen)}>${icon}<span>${label}</span></button></li>`;
  return html`
    ${intro(
      icons.home,
      pick(config.commune.name, lang),
      msg('Chào mừng bạn! Chạm vào một mục để bắt đầu.'),
      renderToday({lang, now, highlights, showEvent: !plainDates})
    )}
    <nav class="screen__body" aria-label=${msg('Các mục chính')}>
      <ul class="tiles">
        ${tile('news', msg('Tin tức'), icons.news)} ${tile('events', msg('Lịch sự kiện'), icons.events)}
        ${tile('guides', msg('Hướng dẫn'), icons.guides)} ${tile('qr', msg('Mã QR'), icons.qr)}
        ${config.sources.progress ? tile('progress', msg('Chỉ tiêu'), icons.progress) : nothing}
        ${tile('search', msg('Tìm kiếm'), icons.search)} ${tile('help', msg('Trợ giúp'), icons.help)}
      </ul>
    </nav>
  `;
}

function guides({config, lang}: ScreenState, {onGo}: ScreenActions): TemplateResult {
  return html`
    ${intro(icons.guides, msg('Hướng dẫn'), msg('Chọn việc bạn muốn làm. Mỗi hướng dẫn đi từng bước một.'))}
    <div class="screen__body">
      <ul class="choices">
        ${config.sources.guides.map(
          (g) => html`<li><button type="button" class="choice" @click=${() => onGo('guide', g.slug)}>${icons.guides}<span>${pick(g.title, lang)}</span></button></li>`
        )}
      </ul>
    </div>
  `;
}

function guide({config, lang, session, guide: slug, guideStep}: ScreenState, {onGo}: ScreenActions): TemplateResult {
  return html`
    ${heading(screenTitle('guide', config, lang, slug))}
    ${keyed(
      `${session}-${slug}-${lang}`,
      html`<loa-howto
        src=${guideUrl(config, slug!, lang)}
        step=${guideStep}
        mode="guided"
        heading-level="2"
        handoff-base=${ifDefined(config.handoffBase)}
        ><button type="button" class="button button--secondary" slot="finished-actions" @click=${() => onGo('home')}>
          ${icons.home}<span>${msg('Trang chủ')}</span>
        </button></loa-howto
      >`
    )}
  `;
}

function qr({qr: links}: ScreenState): TemplateResult {
  return html`
    ${intro(icons.qr, msg('Mã QR'), msg('Mở máy ảnh hoặc Zalo trên điện thoại và quét mã để mở trang trên điện thoại của bạn.'))}
    <div class="screen__body">
      ${links.length
        ? html`<ul class="qr-grid">
            ${links.map((l) => html`<li><loa-qr href=${l.href} label=${l.label} no-open no-copy heading-level="2"></loa-qr></li>`)}
          </ul>`
        : html`<p class="notice">${msg('Chưa có mã QR nào. Bạn có thể hỏi cán bộ tại quầy.')}</p>`}
    </div>
  `;
}

function help({config: {help}, lang}: ScreenState): TemplateResult {
  return html`
    ${intro(icons.help, msg('Trợ giúp'), help.text ? pick(help.text, lang) : undefined)}
    <div class="screen__body">
      <dl class="facts">
        <div><dt>${msg('Nơi hỗ trợ trực tiếp')}</dt><dd>${pick(help.counter, lang)}</dd></div>
        <div><dt>${msg('Giờ làm việc')}</dt><dd>${pick(help.hours, lang)}</dd></div>
        ${help.phone ? html`<div><dt>${msg('Điện thoại')}</dt><dd>${pick(help.phone, lang)}</dd></div>` : nothing}
      </dl>
      <p>${msg('Bạn cũng có thể bấm nút "Trợ năng" ở cuối màn hình để phóng to chữ, đổi màu tương phản, nghe đọc to hoặc đổi ngôn ngữ.')}</p>
    </div>
  `;
}

function news({config, lang, session, search}: ScreenState): TemplateResult {
  return html`${intro(icons.news, msg('Tin tức'), msg('Tin mới của xã. Chạm vào một tin để đọc.'))}
    <div class="screen__body">
      ${keyed(`${session}-${lang}`, html`<loa-news src=${pick(config.sources.news, lang)} limit=${config.newsLimit} item=${search.opened.item ?? ''} heading-level="2"></loa-news>`)}
    </div>`;
}

function events({config, lang, session, scheduleNow, plainDates, search}: ScreenState): TemplateResult {
  return html`${intro(icons.events, msg('Lịch sự kiện'), msg('Lịch các buổi học, buổi hỗ trợ và sự kiện của xã.'))}
    <div class="screen__body">
      ${keyed(
        `${session}-${lang}`,
        html`<loa-schedule
          src=${pick(config.sources.events, lang)}
          now=${ifDefined(scheduleNow)}
          ?plain-dates=${plainDates}
          add-to-calendar="qr"
          place-filter="buttons"
          event=${search.opened.event ?? ''}
          heading-level="2"
        ></loa-schedule>`
      )}
    </div>`;
}

/** The campaign's progress: the sentence first, large bars, the tables one tap away; no print or export (lockdown). */
function progress({config, lang, session, scheduleNow}: ScreenState): TemplateResult {
  return html`${intro(icons.progress, msg('Chỉ tiêu'), msg('Xã đã đạt bao nhiêu, từng thôn còn thiếu bao nhiêu, theo số liệu báo cáo hằng tháng.'))}
    <div class="screen__body">
      ${keyed(
        `${session}-${lang}`,
        html`<loa-progress kiosk src=${config.sources.progress ?? ''} now=${ifDefined(scheduleNow)} heading-level="2"></loa-progress>`
      )}
    </div>`;
}

const SCREENS: Record<ScreenState['screen'], (state: ScreenState, actions: ScreenActions) => TemplateResult> = {
  home,
  news,
  events,
  guides,
  guide,
  qr,
  progress,
  search: (state) => renderSearchScreen(state, intro),
  help,
};

export function renderScreen(state: ScreenState, actions: ScreenActions): TemplateResult {
  return html`<main class="screen screen--${state.screen}" id="main">${SCREENS[state.screen](state, actions)}</main>`;
}
