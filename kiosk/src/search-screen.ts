/*
 * The kiosk's "Tìm kiếm" screen: <loa-search> over everything the kiosk shows
 * (the FAQ, every guide, the news and the events, in the resident's
 * language), typed on the kiosk's own keyboard (on-screen-keyboard.ts), since
 * a kiosk has none. A result never leaves the kiosk: `loa-search-open` is
 * canceled and the item opens in its own screen (openTarget()).
 *
 * Layout (styles/search.css): the search field and the first results above,
 * the keyboard below them, inside the reach band, so it never covers either.
 */
import {html, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {msg} from '@lit/localize';
import {pick, type KioskConfig} from './config.js';
import {guideUrl} from './content-sync.js';
import {icons} from './icons.js';
import {renderKeyboard, press, shown, type KeyboardState} from './on-screen-keyboard.js';
import type {Screen} from './navigation.js';
import type {Locale} from '../../src/core/locale.js';
import type {SearchOpenDetail} from '../../src/search/search-events.js';
import {afterPaint} from '../../src/core/yield.js';
import {announce} from '../../src/core/announcer.js';

/** Where a search result opens: a screen, with the guide and step, the article or the event. */
export interface SearchTarget {
  screen: Screen;
  guide?: string;
  step?: number;
  /** The news item's id, for <loa-news item>. */
  item?: string;
  /** The occurrence's key, for <loa-schedule event>. */
  event?: string;
}

/** The sources to search, in the resident's language: the FAQ first, then every guide, the news and the events. */
export function searchSources(config: KioskConfig, lang: Locale): string {
  const {faq, guides, news, events} = config.sources;
  return [...(faq ? [pick(faq, lang)] : []), ...guides.map((g) => guideUrl(config, g.slug, lang)), pick(news, lang), pick(events, lang)]
    .map((url) => new URL(url, document.baseURI).href)
    .join(' ');
}

/** The screen a result opens in, or undefined for a kind the kiosk has no screen for (a question opens inline). */
export function openTarget(detail: SearchOpenDetail, config: KioskConfig, lang: Locale): SearchTarget | undefined {
  const source = new URL(detail.source, document.baseURI).href;
  switch (detail.kind) {
    case 'guide': {
      const entry = config.sources.guides.find((g) => guideUrl(config, g.slug, lang) === source);
      return entry ? {screen: 'guide', guide: entry.slug, step: detail.step ?? 1} : undefined;
    }
    case 'news':
      return {screen: 'news', item: detail.id};
    case 'event':
      return {screen: 'events', event: detail.id};
    default:
      return undefined;
  }
}

/**
 * What a resident typed on the keyboard, and the article or event a result
 * asked to open: part of the session, so the idle reset wipes it (reset()).
 */
export class SearchSession {
  keyboard: KeyboardState = {keys: '', telex: false};
  /** Set when a result opens news or events; the screen passes it to the element, which empties its own copy once open. */
  opened: Pick<SearchTarget, 'item' | 'event'> = {};

  constructor(private readonly host: ReactiveControllerHost) {}

  get query(): string {
    return shown(this.keyboard);
  }

  press(key: string): void {
    this.keyboard = press(this.keyboard, key);
    this.host.requestUpdate();
  }

  telex(on: boolean): void {
    this.keyboard = {...this.keyboard, telex: on};
    this.host.requestUpdate();
  }

  /** The field was typed into directly (a staff member's physical keyboard): the keyboard follows it. */
  typed(query: string): void {
    // The element reports its query trimmed: "ngay " (a space just typed) is still ours.
    const same = (a: string) => a.replace(/\s+/g, ' ').trim();
    if (same(query) === same(this.query)) return;
    this.keyboard = {keys: query, telex: false};
    this.host.requestUpdate();
  }

  /** Folds the keys away (the results get the screen) or brings them back. */
  fold(folded: boolean): void {
    this.keyboard = {...this.keyboard, folded};
    this.host.requestUpdate();
  }

  reset(): void {
    this.keyboard = {keys: '', telex: false};
    this.opened = {};
  }
}

export interface SearchScreenState {
  config: KioskConfig;
  lang: Locale;
  session: number;
  search: SearchSession;
}

/** The screen: intro band, <loa-search> (id "kiosk-search", which the keys control), and the keyboard. */
export function renderSearchScreen({config, lang, session, search}: SearchScreenState, intro: (icon: TemplateResult, title: string, lead: string) => TemplateResult): TemplateResult {
  const help = [pick(config.help.counter, lang), config.help.phone ? pick(config.help.phone, lang) : ''].filter(Boolean).join(', ');
  // "Tìm" searches at once and says how many results, as Enter in the field does, then folds
  // the keys away so the results have the screen; focus stays on the toggle that brings them back.
  const toggle = () => afterPaint(() => document.querySelector<HTMLElement>('.key--toggle')?.focus());
  const submit = () => {
    (document.getElementById('kiosk-search') as (HTMLElement & {submit?: () => void}) | null)?.submit?.();
    search.fold(true);
    toggle();
  };
  // Folding or unfolding renders the toggle anew: focus follows it, or Return on "Bàn phím" left
  // a keyboard or screen-reader user on nothing (Orca said nothing, the next Tab started over).
  const fold = (folded: boolean) => {
    search.fold(folded);
    toggle();
  };
  // A key pressed with a screen reader is otherwise silent (Orca says nothing; focus stays on
  // the key): what the field now holds is said, as a keyboard echoes what is typed.
  const key = (value: string) => {
    search.press(value);
    announce(search.query.trim() || msg('Ô tìm kiếm trống'), lang);
  };
  return html`${intro(icons.search, msg('Tìm kiếm'), msg('Gõ điều bạn muốn hỏi bằng bàn phím bên dưới. Không cần gõ dấu.'))}
    <div class="screen__body search-screen">
      ${keyed(
        `${session}-${lang}`,
        html`<loa-search
          id="kiosk-search"
          src=${searchSources(config, lang)}
          .query=${search.query}
          help=${help}
          heading-level="2"
          @loa-search=${(e: CustomEvent<{query: string}>) => search.typed(e.detail.query)}
        ></loa-search>`
      )}
      ${renderKeyboard(search.keyboard, {onPress: key, onTelex: (on) => search.telex(on), onSubmit: submit, onFold: fold}, 'kiosk-search')}
    </div>`;
}
