/*
 * The attract screen, shown at start and after every reset: the commune's
 * name, "touch to begin", and rotating highlights (the guide of the day, the
 * next event, the latest news). A touch anywhere begins; keyboard and
 * screen-reader users have the real button. Nothing is made inert, so a
 * screen reader is never trapped.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {pick, type KioskConfig} from './config.js';
import {formatLongDate, formatTime} from '../../src/core/dates.js';
import {renderOfflineNote, type OfflineState} from './offline-note.js';
import type {Highlights} from './content-sync.js';

export interface AttractState {
  config: KioskConfig;
  offline: OfflineState;
  /** The guide of the day, from the config: on screen at the first paint. */
  guide?: {title: string};
  highlights: Highlights;
  /** False when the clock cannot be believed: "upcoming" could name a past event. */
  showEvent: boolean;
  /** Bumped every few seconds: which card shows, and where the drift is. */
  rotation: number;
}

export interface AttractActions {
  onBegin: () => void;
  /** Focus entered (true) or left (false) the highlights: rotation waits meanwhile. */
  onPauseRotation: (paused: boolean) => void;
}

function cardsOf({guide, highlights: h, showEvent, offline: {lang}}: AttractState): TemplateResult[] {
  const cards: TemplateResult[] = [];
  // The guide comes first: it needs no feed, so it is on screen at the first paint.
  if (guide) {
    cards.push(html`<p class="highlight__kind">${msg('Hướng dẫn')}</p>
      <p class="highlight__title">${guide.title}</p>
      <p class="highlight__meta">${msg('Làm từng bước, có cán bộ hỗ trợ tại quầy.')}</p>`);
  }
  if (h.event && showEvent) {
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
  return cards;
}

export function renderAttract(state: AttractState, actions: AttractActions): TemplateResult {
  const {config, offline, rotation} = state;
  const cards = cardsOf(state);
  const index = cards.length ? rotation % cards.length : 0;
  // Every card sits in one grid cell and only the current one is visible, so
  // the box is as tall as the tallest card and nothing moves when they rotate.
  // The button comes before the highlights, which arrive with the feeds: their
  // arrival then adds to the bottom of the screen and shifts nothing.
  // A touch anywhere begins; keyboard and screen-reader users have the real button.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  return html`
    <main class="attract" id="main" data-shift=${rotation % 4} @click=${(e: Event) => {
      if (!(e.target as Element).closest('[data-keep-attract]')) actions.onBegin();
    }}>
      <div class="attract__drift">
        ${config.commune.logo ? html`<img class="attract__logo" src=${config.commune.logo} alt="" />` : nothing}
        <h1 class="attract__title" tabindex="-1" data-screen-heading>${pick(config.commune.name, offline.lang)}</h1>
        <p class="attract__campaign">${msg('Bình dân học vụ số — không ai bị bỏ lại phía sau')}</p>
        <button type="button" class="attract__start" @click=${(e: Event) => {
          e.stopPropagation();
          actions.onBegin();
        }}>${msg('Chạm vào màn hình để bắt đầu')}</button>
        ${cards.length
          ? html`<section
              class="highlight"
              aria-label=${msg('Nổi bật')}
              @focusin=${() => actions.onPauseRotation(true)}
              @focusout=${() => actions.onPauseRotation(false)}
            >
              ${cards.map((card, i) => html`<div class="highlight__card" ?data-current=${i === index}>${card}</div>`)}
            </section>`
          : nothing}
        ${renderOfflineNote(offline)}
      </div>
    </main>
  `;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
