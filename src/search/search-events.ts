import type {SearchKind} from './search-model.js';

/** `loa-search`: a search ran (as typed, on Enter, or from `query`). */
export interface SearchDetail {
  query: string;
  /** How many results (a guide counts once). */
  count: number;
}

/** `loa-search-open`: a result was activated. Cancelable: the kiosk opens the item in place. */
export interface SearchOpenDetail {
  kind: SearchKind;
  /** The item's own address (a guide's with "#buoc-N"), when it has one. */
  url: string | undefined;
  /** The item's id in its source: a question's, a feed item's, an event occurrence's key, a guide's slug. */
  id: string;
  /** 1-based step of a guide, when the match is in a step. */
  step: number | undefined;
  /** The `src` the item came from. */
  source: string;
}

declare global {
  interface HTMLElementEventMap {
    'loa-search': CustomEvent<SearchDetail>;
    'loa-search-open': CustomEvent<SearchOpenDetail>;
  }
}
