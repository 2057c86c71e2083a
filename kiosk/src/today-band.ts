/*
 * Home's "Hôm nay" band: today's date, the next event and the newest news
 * item, read at a glance above the tiles. It is information, not a control:
 * it sits above the reach band, and the tiles below open the same things.
 * When the clock cannot be believed (clock.ts), it claims no day: its heading
 * is "Thông tin mới" and it shows the newest news item only.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {formatLongDate, formatTime} from '../../src/core/dates.js';
import type {Locale} from '../../src/core/locale.js';
import type {Highlights} from './content-sync.js';

export interface TodayState {
  lang: Locale;
  /** The kiosk's clock (the best estimate when the system clock is wrong). */
  now: Date;
  highlights: Highlights;
  /** False when the clock cannot be believed: "today" and "next" could be lies. */
  showEvent: boolean;
}

export function renderToday({lang, now, highlights: {event, news}, showEvent}: TodayState): TemplateResult {
  return html`<section class="today" aria-labelledby="today-title">
    <h2 class="today__title" id="today-title">
      ${showEvent
        ? html`${msg('Hôm nay')}, <time datetime=${now.toISOString()}>${formatLongDate(now, lang)}</time>`
        : // A clock that cannot be believed names no day: the band is only what is newest.
          msg('Thông tin mới')}
    </h2>
    <dl class="today__list">
      ${event && showEvent
        ? html`<div>
            <dt>${msg('Sự kiện sắp tới')}</dt>
            <dd>
              <strong>${event.title}</strong><br />
              <time datetime=${event.start.toISOString()}>${formatLongDate(event.start, lang)}, ${formatTime(event.start, lang)}</time>${event.location
                ? html`, ${event.location}`
                : nothing}
            </dd>
          </div>`
        : nothing}
      ${news
        ? html`<div>
            <dt>${msg('Tin mới nhất')}</dt>
            <dd><strong>${news.title}</strong></dd>
          </div>`
        : nothing}
    </dl>
  </section>`;
}
