/*
 * Reads a schema.org HowTo document (plain JSON or JSON-LD) into the guide the
 * element shows. Pure: no DOM, no msg(), so Node tests and the demo-pack check
 * use it directly. Problems come back as codes with step numbers; the element
 * puts them into words in the reader's language. <loa-howto> loads this module
 * with the first guide, as a chunk of its own.
 */
import {keepLast} from '../core/keep-last.js';
import {htmlToText} from '../core/html-text.js';
import {checkWebUrl} from '../core/urls.js';
import type {GuideImage, GuideSource, GuideStep, Duration, Guide, Problem, ReadResult} from './howto-model.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** The bare type names of a JSON-LD node: "HowTo", "schema:HowTo", "https://schema.org/HowTo" all give "HowTo". */
function typesOf(node: Json): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:#]/, ''));
}

/**
 * Content text is text. Documents sometimes carry HTML in `text`; it is turned
 * into plain lines here (core/html-text.ts: block ends become line breaks, tags
 * go, entities are decoded) and is never rendered as markup anywhere.
 */
export function plainLines(value: unknown): string[] {
  const raw = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  if (!raw) return [];
  return htmlToText(raw).split('\n').filter(Boolean);
}

/**
 * Adds `items` to the end of `list`. Not `list.push(...items)`: spread into
 * arguments, a document's hundred thousand lines overflow the call stack.
 */
function append<T>(list: T[], items: T[]): void {
  for (const item of items) list.push(item);
}

/** One line of plain text (names, labels). */
export function plainText(value: unknown): string {
  return plainLines(value).join(' ');
}

/** A name from a string or a Thing with `name` (HowToSupply, HowToTool, Language). */
function nameOf(value: unknown): string {
  if (isObject(value)) return plainText(value.name ?? value.text ?? value.alternateName);
  return plainText(value);
}

function numberOf(value: unknown): number | undefined {
  const v = isObject(value) ? value.value : value;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? parseFloat(v) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

/**
 * A URL the guide gives, resolved against the guide's own address and kept
 * only when it is http(s) (core/urls.ts); anything else (javascript:, data:…)
 * is dropped and reported as an `unsafe-url` warning.
 */
function contentUrl(value: unknown, base: string | undefined, problems: Problem[], step?: number): string | undefined {
  const check = checkWebUrl(value, base);
  if (check && !check.ok) problems.push({code: 'unsafe-url', severity: 'warning', step, url: check.value});
  return check?.ok ? check.href : undefined;
}

/** A URL from a string or a MediaObject (`contentUrl`, then `url`). */
function mediaUrl(value: unknown): string {
  for (const item of asArray(value)) {
    if (typeof item === 'string' && item.trim()) return item.trim();
    if (isObject(item)) {
      const url = item.contentUrl ?? item.url;
      if (typeof url === 'string' && url.trim()) return url.trim();
    }
  }
  return '';
}

/**
 * ISO 8601 duration ("PT10M", "PT1H30M", "P1DT2H") → days, hours, minutes.
 * Seconds round up to a minute: "about 0 minutes" helps nobody.
 */
export function parseDuration(value: unknown): Duration | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i.exec(
    value.trim()
  );
  if (!m || value.trim().toUpperCase() === 'P' || /T$/i.test(value.trim())) return undefined;
  const n = (s: string | undefined) => (s ? parseFloat(s.replace(',', '.')) : 0);
  let minutes = Math.ceil((n(m[1]) * 7 + n(m[2])) * 1440 + n(m[3]) * 60 + n(m[4]) + n(m[5]) / 60);
  if (minutes <= 0) return undefined;
  const days = Math.floor(minutes / 1440);
  minutes -= days * 1440;
  const hours = Math.floor(minutes / 60);
  return {days, hours, minutes: minutes - hours * 60};
}

/** Finds the HowTo node in a document: the root, an array, or an @graph. */
export function findHowto(data: unknown): Json | undefined {
  const seen = new Set<unknown>();
  const visit = (node: unknown, depth: number): Json | undefined => {
    if (depth > 4 || seen.has(node)) return undefined;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) {
        const found = visit(item, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    if (!isObject(node)) return undefined;
    if (typesOf(node).includes('HowTo')) return node;
    if ('@graph' in node) return visit(node['@graph'], depth + 1);
    // Plain JSON without @type: a name and steps are enough to recognise it.
    if (!('@type' in node) && 'step' in node) return node;
    return undefined;
  };
  return visit(data, 0);
}

function readImage(value: unknown, base: string | undefined, problems: Problem[], step?: number): GuideImage | undefined {
  const item = asArray(value)[0];
  if (item === undefined) return undefined;
  const url = mediaUrl(item);
  if (!url) {
    problems.push({code: 'image-no-url', severity: 'warning', step});
    return undefined;
  }
  const href = contentUrl(url, base, problems, step);
  if (!href) return undefined;
  const node = isObject(item) ? item : {};
  const alt = plainText(node.caption) || plainText(node.description) || plainText(node.name);
  if (!alt) problems.push({code: 'image-no-alt', severity: 'warning', step});
  const width = numberOf(node.width);
  const height = numberOf(node.height);
  if (!width || !height) problems.push({code: 'image-no-size', severity: 'warning', step});
  return {url: href, alt, width, height};
}

/**
 * The guide's sources (schema.org `citation`): each a URL as text, or a
 * CreativeWork with `url` and `name`. A URL goes through the same allowlist
 * as every other (a refused one drops its source, with the usual `unsafe-url`
 * warning); text that is not a URL ("Nghị định 69/2024/NĐ-CP") is a source
 * named without a link. An entry with neither is a `bad-citation` warning.
 */
function readSources(value: unknown, base: string | undefined, problems: Problem[]): GuideSource[] {
  const sources: GuideSource[] = [];
  for (const item of asArray(value)) {
    const node = isObject(item) ? item : {};
    // Text names a page when it has a scheme or is a path; other words are the source's name.
    const isLink = typeof item === 'string' && /^\s*([a-z][a-z0-9+.-]*:|\.{0,2}\/)/i.test(item);
    const written = typeof item === 'string' ? (isLink ? item : undefined) : node.url;
    const name = (typeof item === 'string' ? (isLink ? '' : plainText(item)) : plainText(node.name ?? node.headline)) || undefined;
    const warned = problems.length;
    const url = contentUrl(written, base, problems);
    if (url) sources.push({url, name});
    else if (problems.length > warned) continue; // refused (an unsafe-url warning): the source is left out
    else if (name) sources.push({name});
    else problems.push({code: 'bad-citation', severity: 'warning'});
  }
  return sources;
}

/** `dateModified` as "YYYY-MM-DD" (a real calendar day), else undefined with a `bad-date` warning. */
function readReviewDate(value: unknown, problems: Problem[]): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (m && day && day.getUTCMonth() === Number(m[2]) - 1 && day.getUTCDate() === Number(m[3])) return text;
  problems.push({code: 'bad-date', severity: 'warning'});
  return undefined;
}

/** The items of a step list: an array, or an ItemList with itemListElement. */
function listItems(value: unknown): unknown[] {
  if (isObject(value) && !typesOf(value).some((t) => t === 'HowToStep' || t === 'HowToSection') && 'itemListElement' in value) {
    return asArray(value.itemListElement);
  }
  return asArray(value);
}

function isSection(node: Json): boolean {
  return typesOf(node).includes('HowToSection');
}

/**
 * Reads a parsed JSON value. `base` resolves relative image, audio and page
 * URLs (the document's own URL). Never throws.
 */
export function readHowto(data: unknown, base?: string): ReadResult {
  const problems: Problem[] = [];
  const node = findHowto(data);
  if (!node) return {problems: [{code: 'no-howto', severity: 'error'}]};

  const name = plainText(node.name) || plainText(node.headline);
  if (!name) problems.push({code: 'no-name', severity: 'error'});

  let totalTime: Duration | undefined;
  if (node.totalTime !== undefined) {
    totalTime = parseDuration(node.totalTime);
    if (!totalTime) problems.push({code: 'bad-duration', severity: 'warning'});
  }

  const steps: GuideStep[] = [];
  const addStep = (item: unknown, section: string | undefined) => {
    const number = steps.length + 1;
    if (typeof item === 'string') {
      const text = plainLines(item);
      if (!text.length) problems.push({code: 'step-empty', severity: 'error', step: number});
      steps.push({number, name: text[0] ?? '', text: text.slice(1), tips: [], section});
      return;
    }
    if (!isObject(item)) {
      problems.push({code: 'step-empty', severity: 'error', step: number});
      steps.push({number, name: '', text: [], tips: [], section});
      return;
    }
    const text = plainLines(item.text);
    const tips: string[] = [];
    // A HowToStep may spell its content out as HowToDirection and HowToTip items.
    for (const part of asArray(item.itemListElement)) {
      if (typeof part === 'string') append(text, plainLines(part));
      else if (isObject(part)) append(typesOf(part).includes('HowToTip') ? tips : text, plainLines(part.text ?? part.name));
    }
    let stepName = plainText(item.name);
    // Steps with only `text` are common: the first line becomes the button and heading.
    if (!stepName && text.length) stepName = text.shift()!;
    if (!stepName) problems.push({code: 'step-empty', severity: 'error', step: number});
    const audio = contentUrl(mediaUrl(item.audio), base, problems, number);
    steps.push({
      number,
      name: stepName,
      text,
      tips,
      section,
      image: readImage(item.image, base, problems, number),
      audio,
    });
  };

  for (const item of listItems(node.step)) {
    if (isObject(item) && isSection(item)) {
      const section = plainText(item.name) || undefined;
      for (const inner of listItems(item.itemListElement ?? item.step)) addStep(inner, section);
    } else {
      addStep(item, undefined);
    }
  }
  if (!steps.length) problems.push({code: 'no-steps', severity: 'error'});

  const identifier = isObject(node.identifier) ? plainText(node.identifier.value) : plainText(node.identifier);
  const url = contentUrl(node.url, base, problems);
  const inLanguage = nameOf(node.inLanguage) || undefined;
  const guide: Guide = {
    name,
    description: plainLines(node.description),
    inLanguage,
    identifier: identifier || undefined,
    url,
    totalTime,
    supply: asArray(node.supply).map(nameOf).filter(Boolean),
    tool: asArray(node.tool).map(nameOf).filter(Boolean),
    image: readImage(node.image, base, problems),
    steps,
    sources: readSources(node.citation, base, problems),
    reviewed: readReviewDate(node.dateModified, problems),
  };
  return {guide: problems.some((p) => p.severity === 'error') ? undefined : guide, problems};
}

/**
 * Parses JSON text, then reads it. The last few guides are kept (keepLast):
 * the kiosk reads a guide while it waits, and the tap that opens it then
 * finds it read.
 */
export const parseHowto: (text: string, base?: string) => ReadResult = keepLast(parseHowtoText);

function parseHowtoText(text: string, base?: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {problems: [{code: 'not-json', severity: 'error'}]};
  }
  return readHowto(data, base);
}
