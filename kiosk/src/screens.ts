/*
 * The kiosk's content screens: Home, news, events, the guide list and a
 * guide, QR codes and help. Each has one <h1> (focused when the screen opens)
 * and large buttons; the loa-* elements are used by tag and attributes only.
 * `keyed(session)` re-creates them after every idle reset, so their open
 * step, filters and search text are gone.
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
}

export interface ScreenActions {
  onGo: (screen: Screen, guide?: string) => void;
}

const heading = (text: string) => html`<h1 class="screen__title" tabindex="-1" data-screen-heading>${text}</h1>`;

function home({config, lang}: ScreenState, {onGo}: ScreenActions): TemplateResult {
  const tile = (screen: Screen, label: string, icon: TemplateResult) =>
    html`<li><button type="button" class="tile" data-go=${screen} @click=${() => onGo(screen)}>${icon}<span>${label}</span></button></li>`;
  return html`
    ${heading(pick(config.commune.name, lang))}
    <p class="lead">${msg('Chào mừng bạn! Chạm vào một mục để bắt đầu.')}</p>
    <nav aria-label=${msg('Các mục chính')}>
      <ul class="tiles">
        ${tile('news', msg('Tin tức'), icons.news)} ${tile('events', msg('Lịch sự kiện'), icons.events)}
        ${tile('guides', msg('Hướng dẫn'), icons.guides)} ${tile('qr', msg('Mã QR'), icons.qr)}
        ${tile('help', msg('Trợ giúp'), icons.help)}
      </ul>
    </nav>
  `;
}

function guides({config, lang}: ScreenState, {onGo}: ScreenActions): TemplateResult {
  return html`
    ${heading(msg('Hướng dẫn'))}
    <p class="lead">${msg('Chọn việc bạn muốn làm. Mỗi hướng dẫn đi từng bước một.')}</p>
    <ul class="choices">
      ${config.sources.guides.map(
        (g) => html`<li><button type="button" class="choice" @click=${() => onGo('guide', g.slug)}>${pick(g.title, lang)}</button></li>`
      )}
    </ul>
  `;
}

function guide({config, lang, session, guide: slug, guideStep}: ScreenState): TemplateResult {
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
      ></loa-howto>`
    )}
  `;
}

function qr({qr: links}: ScreenState): TemplateResult {
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

function help({config: {help}, lang}: ScreenState): TemplateResult {
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

function news({config, lang, session}: ScreenState): TemplateResult {
  return html`${heading(msg('Tin tức'))}
    ${keyed(`${session}-${lang}`, html`<loa-news src=${pick(config.sources.news, lang)} limit=${config.newsLimit} heading-level="2"></loa-news>`)}`;
}

function events({config, lang, session, scheduleNow, plainDates}: ScreenState): TemplateResult {
  return html`${heading(msg('Lịch sự kiện'))}
    ${keyed(
      `${session}-${lang}`,
      html`<loa-schedule
        src=${pick(config.sources.events, lang)}
        now=${ifDefined(scheduleNow)}
        ?plain-dates=${plainDates}
        add-to-calendar="qr"
        heading-level="2"
      ></loa-schedule>`
    )}`;
}

const SCREENS: Record<ScreenState['screen'], (state: ScreenState, actions: ScreenActions) => TemplateResult> = {home, news, events, guides, guide, qr, help};

export function renderScreen(state: ScreenState, actions: ScreenActions): TemplateResult {
  return html`<main class="screen" id="main">${SCREENS[state.screen](state, actions)}</main>`;
}
