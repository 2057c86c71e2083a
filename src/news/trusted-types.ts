import {ContentError} from '../core/content-error.js';
import {squash} from '../core/text.js';
import type {Feed} from './feed-model.js';
import {bodyText} from './feed-text.js';
import {readXmlFeed} from './xml-feed.js';

/*
 * The one module that holds the "loa-news" Trusted Types policy, and the one
 * call that uses it: parsing untrusted feed text into an inert document
 * (DOMParser: no script runs, no handler is considered, nothing loads). A host
 * page may send `require-trusted-types-for 'script'`, and then DOMParser only
 * accepts TrustedHTML, hence the policy.
 *
 * The policy passes any string through, so neither it nor anything that parses
 * a string and hands back the document may leave this module: any page script
 * can import() a bundle chunk's exports. What is exported returns only plain
 * text or plain data (test/components/loa-news-exports.test.ts checks that,
 * for these modules and the built bundle).
 *
 * Item HTML that is shown goes through DOMPurify (sanitize.ts), which parses
 * with its own internal policy, "dompurify"; this one is not involved.
 */
const POLICY_NAME = 'loa-news';

interface Policy {
  createHTML(input: string): unknown;
}

let policy: Policy | null | undefined;

/** The policy, or null where Trusted Types do not exist (or the host forbids the name). */
function newsPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: {createHTML: (s: string) => string}): Policy}})
    .trustedTypes;
  try {
    policy = factory?.createPolicy(POLICY_NAME, {createHTML: (input) => input}) ?? null;
  } catch {
    // The host's `trusted-types` directive does not list "loa-news" (see docs/news.md).
  }
  return policy;
}

function parseInert(markup: string, type: DOMParserSupportedType): Document {
  const trusted = newsPolicy()?.createHTML(markup) ?? markup;
  return new DOMParser().parseFromString(trusted as string, type);
}

/**
 * The plain text of untrusted HTML, for titles, summaries and "Đọc to". Only
 * text leaves the inert document, so markup can never reach the page this way.
 */
export function htmlToText(markup: string): string {
  if (!/[<&]/.test(markup)) return squash(markup);
  return bodyText(parseInert(markup, 'text/html').body);
}

/** Parses RSS, RDF or Atom text. `feedUrl` resolves relative URLs. */
export function parseXmlFeed(source: string, feedUrl?: string): Feed {
  let doc: Document;
  try {
    doc = parseInert(source, 'application/xml');
  } catch (error) {
    // A page that enforces Trusted Types without allowing "loa-news".
    throw new ContentError('invalid', `XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return readXmlFeed(doc, feedUrl, htmlToText);
}
