/*
 * Reads a schema.org FAQPage (plain JSON or JSON-LD; the page itself, in an
 * array or an @graph): its `mainEntity` Questions and their `acceptedAnswer`.
 * Pure: no DOM, no msg(). Answers may carry HTML; they become plain text here
 * (core/html-text.ts) and are always bound as text.
 */
import {ContentError} from '../core/content-error.js';
import {htmlToText} from '../core/html-text.js';
import {squash} from '../core/text.js';
import {checkWebUrl} from '../core/urls.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const typesOf = (node: Json): string[] =>
  asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:#]/, ''));

export interface FaqQuestion {
  /** The question's own id (`@id`, `identifier`, else its position: "q3"). */
  id: string;
  question: string;
  /** Plain text, paragraphs split by "\n". */
  answer: string;
  /** Keywords (`keywords`, `about`), for topics. */
  topics: string[];
  url?: string;
}

export interface Faq {
  name: string;
  lang?: string;
  url?: string;
  questions: FaqQuestion[];
}

/** True when the parsed JSON holds a FAQPage (or a bare list of Questions). */
export function findFaq(data: unknown): Json | undefined {
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
    if (typesOf(node).includes('FAQPage')) return node;
    return visit(node['@graph'], depth + 1);
  };
  return visit(data, 0);
}

function text(value: unknown): string {
  if (typeof value === 'string') return htmlToText(value).split('\n').map(squash).filter(Boolean).join('\n');
  if (typeof value === 'number') return String(value);
  return '';
}

function topicsOf(node: Json): string[] {
  const out: string[] = [];
  for (const value of [...asArray(node.keywords), ...asArray(node.about)]) {
    const raw = isObject(value) ? value.name : value;
    if (typeof raw === 'string') for (const part of raw.split(',')) if (squash(part)) out.push(squash(part));
  }
  return out;
}

/** Reads a FAQPage node. Questions without a name or an answer are skipped. */
export function readFaq(page: Json, base?: string): Faq {
  const questions: FaqQuestion[] = [];
  const pageTopics = topicsOf(page);
  asArray(page.mainEntity).forEach((item, index) => {
    if (!isObject(item)) return;
    const question = text(item.name).replace(/\n/g, ' ');
    const accepted = asArray(item.acceptedAnswer).find(isObject) ?? asArray(item.suggestedAnswer).find(isObject);
    const answer = accepted ? text(accepted.text) : '';
    if (!question || !answer) return;
    const id = typeof item['@id'] === 'string' && item['@id'] ? item['@id'] : typeof item.identifier === 'string' && item.identifier ? item.identifier : `q${index + 1}`;
    const url = checkWebUrl(item.url, base);
    questions.push({id, question, answer, topics: [...topicsOf(item), ...pageTopics], url: url?.ok ? url.href : undefined});
  });
  const url = checkWebUrl(page.url, base);
  const lang = typeof page.inLanguage === 'string' ? page.inLanguage : undefined;
  return {name: text(page.name).replace(/\n/g, ' '), lang, url: url?.ok ? url.href : undefined, questions};
}

/** Parses FAQPage JSON text; a document with no FAQPage or no question is `invalid`. */
export function parseFaq(source: string, base?: string): Faq {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ContentError('invalid', `JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const page = findFaq(data);
  if (!page) throw new ContentError('format', 'no FAQPage');
  const faq = readFaq(page, base);
  if (!faq.questions.length) throw new ContentError('invalid', 'FAQPage without questions');
  return faq;
}
