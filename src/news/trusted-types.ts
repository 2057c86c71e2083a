/*
 * Trusted Types. A host page may send `require-trusted-types-for 'script'`;
 * then DOMParser.parseFromString (and DOMPurify's own parse) only accept
 * TrustedHTML. The news element creates ONE named policy, "loa-news", and uses
 * it for exactly two things:
 *  - parsing into inert documents (DOMParser: no scripts run, nothing loads),
 *    to read XML feeds and to take plain text out of item HTML;
 *  - handing item HTML to DOMPurify (TRUSTED_TYPES_POLICY), whose output we take
 *    as a DOM fragment, never as a string for innerHTML.
 * The policy object stays private to this module: nothing else can use it to
 * turn a string into markup on a live page.
 */
export const POLICY_NAME = 'loa-news';

interface Policy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: {createHTML: (s: string) => string; createScriptURL: (s: string) => string}): Policy;
}

let policy: Policy | null | undefined;

/** The "loa-news" policy, or null where Trusted Types do not exist (or the host forbids the name). */
export function newsPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory = (globalThis as {trustedTypes?: TrustedTypesFactory}).trustedTypes;
  if (factory) {
    try {
      policy = factory.createPolicy(POLICY_NAME, {
        createHTML: (input) => input,
        // No script URL is ever needed: scripts are never allowed in feed content.
        createScriptURL: () => '',
      });
    } catch {
      // The host's `trusted-types` directive does not list "loa-news" (see docs/news.md).
      policy = null;
    }
  }
  return policy;
}

/** Parses markup into an inert document (scripts never run, resources never load). */
export function parseInert(markup: string, type: DOMParserSupportedType): Document {
  const trusted = newsPolicy()?.createHTML(markup) ?? markup;
  return new DOMParser().parseFromString(trusted as string, type);
}
