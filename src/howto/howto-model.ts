/*
 * The guide the element shows, the problems a document can have, the step
 * and hand-off helpers, and the `related` attribute's guides. Reading the
 * document is in howto-parse.ts, which loads lazily. Pure: no DOM, no msg().
 */
import {webUrl} from '../core/urls.js';

export interface GuideImage {
  url: string;
  /** From caption or description; "" when the document gives none (decorative at run time). */
  alt: string;
  width?: number;
  height?: number;
}

export interface GuideStep {
  /** 1-based, continuous across sections. */
  number: number;
  name: string;
  /** Paragraphs of plain text. */
  text: string[];
  /** HowToTip items, shown apart from the directions. */
  tips: string[];
  /** The HowToSection this step belongs to, if any. */
  section?: string;
  image?: GuideImage;
  /** URL of a recorded reading of the step (schema.org `audio`). */
  audio?: string;
}

/** One of the guide's sources (schema.org `citation`): an http(s) page, a name, or both. */
export interface GuideSource {
  /** The page, checked like every URL from content (http or https only). */
  url?: string;
  /** Its name in the guide's language; without one, the page's host is shown. */
  name?: string;
}

export interface Duration {
  days: number;
  hours: number;
  minutes: number;
}

export interface Guide {
  name: string;
  description: string[];
  /** BCP 47 tag of the content, when the document says. */
  inLanguage?: string;
  identifier?: string;
  /** The guide's public page, when the document says. */
  url?: string;
  totalTime?: Duration;
  supply: string[];
  tool: string[];
  image?: GuideImage;
  steps: GuideStep[];
  /** Where the guide's facts come from (schema.org `citation`), in the document's order. */
  sources: GuideSource[];
  /** The day its steps were last checked (schema.org `dateModified`), "YYYY-MM-DD". */
  reviewed?: string;
}

export type ProblemCode =
  | 'not-json'
  | 'no-howto'
  | 'no-name'
  | 'no-steps'
  | 'step-empty'
  | 'bad-duration'
  | 'image-no-url'
  | 'image-no-alt'
  | 'image-no-size'
  | 'unsafe-url'
  | 'bad-citation'
  | 'bad-date';

export interface Problem {
  code: ProblemCode;
  /** Errors stop the guide from showing; warnings do not. */
  severity: 'error' | 'warning';
  /** The step concerned (1-based), when there is one. */
  step?: number;
  /** For `unsafe-url`: the URL as the document wrote it (refused: not http or https). */
  url?: string;
}

/** A link for the "what next" panel after the last step. */
export interface RelatedGuide {
  href: string;
  label: string;
}

/** The `related` attribute: a JSON array of {href, label}. Anything else is ignored, never thrown. */
export function parseRelated(value: string | null): RelatedGuide[] {
  try {
    const list: unknown = JSON.parse(value ?? '[]');
    if (!Array.isArray(list)) return [];
    return list.filter(
      (item): item is RelatedGuide =>
        typeof item === 'object' && item !== null && typeof item.href === 'string' && typeof item.label === 'string'
    );
  } catch {
    return [];
  }
}

export interface ReadResult {
  guide?: Guide;
  problems: Problem[];
}

/**
 * The guide's short name in URLs: its identifier, else the file name of `src`
 * without extension and without a language suffix ".en"
 * ("guides/vneid-muc-2.en.json" → "vneid-muc-2").
 */
export function guideSlug(guide: Pick<Guide, 'identifier'>, src: string): string {
  if (guide.identifier) return guide.identifier;
  const file = src.split(/[?#]/)[0].split('/').filter(Boolean).pop() ?? '';
  return decodeURIComponent(file)
    .replace(/\.[^.]+$/, '')
    .replace(/\.en$/i, '');
}

/**
 * Where "continue on your phone" leads for `step`: `<handoffBase>/<slug>/#buoc-N`,
 * else the guide's own `url` with `#buoc-N`, else nothing.
 */
export function handoffUrl(
  guide: Pick<Guide, 'identifier' | 'url'>,
  src: string,
  step: number,
  handoffBase: string | null | undefined,
  pageUrl?: string
): string | undefined {
  try {
    // Only http(s) goes into the QR code and the link, whatever the attribute or the document says.
    if (handoffBase) {
      const base = new URL(handoffBase.endsWith('/') ? handoffBase : `${handoffBase}/`, pageUrl);
      const slug = guideSlug(guide, src);
      if (slug) return webUrl(new URL(`${encodeURIComponent(slug)}/#buoc-${step}`, base).href);
    }
    if (guide.url) {
      const url = new URL(guide.url, pageUrl);
      url.hash = `buoc-${step}`;
      return webUrl(url.href);
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** The step number in a "#buoc-N" fragment, or undefined. */
export function stepFromFragment(hash: string): number | undefined {
  const m = /^#?buoc-(\d{1,4})$/i.exec(hash);
  return m ? Number(m[1]) : undefined;
}

/** Keeps a step number within 1…total. */
export function clampStep(step: number, total: number): number {
  if (!Number.isFinite(step)) return 1;
  return Math.min(Math.max(1, Math.trunc(step)), Math.max(1, total));
}
