import {LitElement, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {isLocaleLoaded, languageOf, loadLocale, SOURCE_LOCALE, withLocale, type Locale} from './locale.js';
import {clampLevel} from './heading.js';

/*
 * Elements re-render when any `lang` above them changes (the kiosk's language
 * switch sets <html lang>). One observer serves every element of this bundle.
 */
const connected = new Set<LoaElement>();
let observer: MutationObserver | undefined;

function watchLanguage(element: LoaElement): void {
  connected.add(element);
  if (!observer) {
    observer = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
}

/**
 * The base of every loa-* element: language and heading level, nothing else.
 * Behaviour the elements share beyond this lives in src/core: small reactive
 * controllers (ContentController, FocusAfterRender, ReadAloudController) and
 * plain functions (renderContentStatus, heading, ensureQr).
 */
export class LoaElement extends LitElement {
  /** Heading level (1–6) of the element's top heading; the host page owns the outline. */
  @property({type: Number, attribute: 'heading-level', reflect: true}) headingLevel = 2;

  /** The UI language in force for this render. */
  protected locale: Locale = 'vi';

  protected get level(): number {
    return clampLevel(this.headingLevel);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** Waits for the element's language to load before it renders (English is a lazy chunk). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = languageOf(this);
    if (isLocaleLoaded(locale)) return super.scheduleUpdate();
    return loadLocale(locale).then(() => super.scheduleUpdate());
  }

  /** Renders in the element's own language. */
  protected override update(changed: PropertyValues): void {
    // If the English strings could not load, the text is Vietnamese, and so is the lang it marks.
    const wanted = languageOf(this);
    this.locale = isLocaleLoaded(wanted) ? wanted : SOURCE_LOCALE;
    withLocale(this.locale, () => super.update(changed), wanted);
  }

  /** For msg() outside render: event handlers, announcements, errors. */
  protected localize<T>(fn: () => T): T {
    return withLocale(languageOf(this), fn);
  }
}
