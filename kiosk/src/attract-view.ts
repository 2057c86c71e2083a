/*
 * The attract screen, shown at start and after every reset: the commune's
 * name, "touch to begin", and rotating highlights (the guide of the day, the
 * next event, the latest news). A touch anywhere begins (attract-tap.ts);
 * keyboard and screen-reader users have the real button. Nothing is made
 * inert, so a screen reader is never trapped.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {pick, type KioskConfig} from './config.js';
import {formatLongDate, formatTime} from '../../src/core/dates.js';
import {renderOfflineNote, type OfflineState} from './offline-note.js';
import type {Highlights} from './content-sync.js';
import type {Screen} from './navigation.js';

/** One highlight: what it shows, and the screen it opens. */
interface Card {
  body: TemplateResult;
  screen: Screen;
  guide?: string;
}

export interface AttractState {
  config: KioskConfig;
  offline: OfflineState;
  /** The guide of the day, from the config: on screen at the first paint. */
  guide?: {slug: string; title: string};
  highlights: Highlights;
  /** False when the clock cannot be believed: "upcoming" could name a past event. */
  showEvent: boolean;
  /** Bumped every few seconds: which card shows, and where the drift is. */
  rotation: number;
}

export interface AttractActions {
  onBegin: () => void;
  /** A highlight was touched: open what it shows. */
  onOpen: (screen: Screen, guide?: string) => void;
  /** Focus entered (true) or left (false) the highlights: rotation waits meanwhile. */
  onPauseRotation: (paused: boolean) => void;
}

function cardsOf({guide, highlights: h, showEvent, offline: {lang}}: AttractState): Card[] {
  const cards: Card[] = [];
  // The guide comes first: it needs no feed, so it is on screen at the first paint.
  if (guide) {
    cards.push({
      screen: 'guide',
      guide: guide.slug,
      body: html`<span class="highlight__kind">${msg('Hướng dẫn')}</span>
        <span class="highlight__title">${guide.title}</span>
        <span class="highlight__meta">${msg('Làm từng bước, có cán bộ hỗ trợ tại quầy.')}</span>`,
    });
  }
  if (h.event && showEvent) {
    cards.push({
      screen: 'events',
      body: html`<span class="highlight__kind">${msg('Sự kiện sắp tới')}</span>
        <span class="highlight__title">${h.event.title}</span>
        <span class="highlight__meta">
          <time datetime=${h.event.start.toISOString()}>${formatLongDate(h.event.start, lang)}, ${formatTime(h.event.start, lang)}</time>
          ${h.event.location ? html`<br />${h.event.location}` : nothing}
        </span>`,
    });
  }
  if (h.news) {
    cards.push({
      screen: 'news',
      body: html`<span class="highlight__kind">${msg('Tin mới nhất')}</span>
        <span class="highlight__title">${h.news.title}</span>
        ${h.news.date && !Number.isNaN(h.news.date.getTime())
          ? html`<span class="highlight__meta"><time datetime=${h.news.date.toISOString()}>${formatLongDate(h.news.date, lang)}</time></span>`
          : nothing}`,
    });
  }
  return cards;
}

export function renderAttract(state: AttractState, actions: AttractActions): TemplateResult {
  const {config, offline, rotation} = state;
  const cards = cardsOf(state);
  const index = cards.length ? rotation % cards.length : 0;
  // A full-height poster (kiosk.css): the name at the top, legible from 3 m;
  // the highlight and "touch to begin" in the reach band below. Every card
  // sits in one grid cell and only the current one is visible, so the box is
  // as tall as the tallest card and nothing moves when they rotate; the
  // poster's rows are fixed, so cards arriving with the feeds shift nothing.
  // A touch anywhere begins (the shell's AttractTap: no click listener here,
  // or Chromium would expose the whole poster as "clickable"); a touch on the
  // highlight opens what it shows; keyboard and screen-reader users have the
  // real buttons.
  return html`
    <main class="attract" id="main" data-shift=${rotation % 4}>
      <div class="attract__drift">
        <div class="attract__head">
          ${config.commune.logo ? html`<img class="attract__logo" src=${config.commune.logo} alt="" />` : nothing}
          <h1 class="attract__title" tabindex="-1" data-screen-heading>${pick(config.commune.name, offline.lang)}</h1>
          <p class="attract__campaign">${msg('Bình dân học vụ số — không ai bị bỏ lại phía sau')}</p>
        </div>
        ${cards.length
          ? html`<section
              class="highlight"
              aria-label=${msg('Nổi bật')}
              @focusin=${() => actions.onPauseRotation(true)}
              @focusout=${() => actions.onPauseRotation(false)}
            >
              ${cards.map(
                (card, i) => html`<button
                  type="button"
                  class="highlight__card"
                  data-keep-attract
                  ?data-current=${i === index}
                  @click=${() => actions.onOpen(card.screen, card.guide)}
                >
                  ${card.body}
                </button>`
              )}
            </section>`
          : html`<div class="highlight highlight--empty"></div>`}
        <div class="attract__foot">
          <button type="button" class="attract__start" data-keep-attract @click=${() => actions.onBegin()}>${msg('Chạm vào màn hình để bắt đầu')}</button>
          ${renderOfflineNote(offline)}
        </div>
      </div>
    </main>
  `;
}
