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

/** One Question of a FAQPage, or undefined when it has no name or no answer. */
function readQuestion(item: unknown, index: number, base: string | undefined, pageTopics: string[]): FaqQuestion | undefined {
  if (!isObject(item)) return undefined;
  const question = text(item.name).replace(/\n/g, ' ');
  const accepted = asArray(item.acceptedAnswer).find(isObject) ?? asArray(item.suggestedAnswer).find(isObject);
  const answer = accepted ? text(accepted.text) : '';
  if (!question || !answer) return undefined;
  const id = typeof item['@id'] === 'string' && item['@id'] ? item['@id'] : typeof item.identifier === 'string' && item.identifier ? item.identifier : `q${index + 1}`;
  const url = checkWebUrl(item.url, base);
  return {id, question, answer, topics: [...topicsOf(item), ...pageTopics], url: url?.ok ? url.href : undefined};
}

function faqOf(page: Json, base: string | undefined, questions: FaqQuestion[]): Faq {
  if (!questions.length) throw new ContentError('invalid', 'FAQPage without questions');
  const url = checkWebUrl(page.url, base);
  const lang = typeof page.inLanguage === 'string' ? page.inLanguage : undefined;
  return {name: text(page.name).replace(/\n/g, ' '), lang, url: url?.ok ? url.href : undefined, questions};
}

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ContentError('invalid', `JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function pageOf(data: unknown): Json {
  const page = findFaq(data);
  if (!page) throw new ContentError('format', 'no FAQPage');
  return page;
}

/** Parses FAQPage JSON text; a document with no FAQPage is `format`, one without a question `invalid`. */
export function parseFaq(source: string, base?: string): Faq {
  const page = pageOf(parseJson(source));
  const pageTopics = topicsOf(page);
  const questions = asArray(page.mainEntity).flatMap((item, i) => readQuestion(item, i, base, pageTopics) ?? []);
  return faqOf(page, base, questions);
}

/**
 * The same from JSON already parsed, a question at a time: `slice` gives the
 * main thread back when it is due (core/yield.ts `timeSlicer`), since each
 * answer's HTML becomes text and a FAQ of hundreds of questions would
 * otherwise be one long task.
 */
export async function readFaqSliced(data: unknown, base: string | undefined, slice: () => Promise<void> | undefined): Promise<Faq> {
  const page = pageOf(data);
  const pageTopics = topicsOf(page);
  const questions: FaqQuestion[] = [];
  const items = asArray(page.mainEntity);
  for (let i = 0; i < items.length; i++) {
    const question = readQuestion(items[i], i, base, pageTopics);
    if (question) questions.push(question);
    await slice();
  }
  return faqOf(page, base, questions);
}
