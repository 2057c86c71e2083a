// The Content-Security-Policy every demo page carries in a <meta> tag. The
// embedding guide (docs/embedding.md, docs/embedding.vi.md) tells webmasters
// this policy works; the demo running under it is the proof, and a node test
// checks that the policy the guide prints is this one.

/**
 * The Trusted Types policy names the bundle creates. If a widget needed more,
 * the demo itself would break (and test/e2e/embedding.test.ts would say so).
 */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'dompurify', 'loa-news'];

/** The strict policy of issue 8 plus a `trusted-types` allowlist of exactly those names. */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src \'self\' data: https:',
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')} 'allow-duplicates'`,
].join('; ');
