/*
 * Which links may become a QR code, and how a link reads to a person.
 *
 * A QR code is a promise that the scanner lands somewhere safe: residents scan
 * codes on notice boards without seeing the address first. So only https: links
 * pass (plus http: on the developer's own machine), never javascript:, data:,
 * relative paths or addresses with a user name hidden before an @.
 */

/** Why a link was refused; the element turns each reason into a localized sentence. */
export type QrUrlProblem = 'empty' | 'invalid' | 'scheme' | 'credentials' | 'host';

export type QrUrlCheck = {ok: true; url: URL} | {ok: false; problem: QrUrlProblem; host?: string};

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Lower-cases host names and drops a leading "*." or a trailing dot, so "*.Gov.VN." reads "gov.vn". */
export function normalizeHost(entry: string): string {
  return entry.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, '');
}

/** Splits an `allowed-hosts` attribute ("a.gov.vn b.gov.vn", commas allowed too). */
export function parseHostList(value: string | null | undefined): string[] | null {
  if (value == null) return null;
  return value.split(/[\s,]+/).map(normalizeHost).filter(Boolean);
}

/**
 * True when `host` is an entry of the list or a sub-domain of one:
 * "gov.vn" admits "dichvucong.gov.vn", never "evilgov.vn".
 */
export function hostAllowed(host: string, list: readonly string[]): boolean {
  const h = normalizeHost(host);
  return list.some((entry) => {
    const e = normalizeHost(entry);
    return e !== '' && (h === e || h.endsWith(`.${e}`));
  });
}

/**
 * Checks a link against the policy. Every allowlist given must admit the host
 * (the kiosk's shared list and the element's attribute narrow each other; an
 * attribute can never widen what the kiosk allows). `null` means "no list".
 */
export function checkQrUrl(raw: string | null | undefined, allowlists: ReadonlyArray<readonly string[] | null> = []): QrUrlCheck {
  const text = (raw ?? '').trim();
  if (!text) return {ok: false, problem: 'empty'};
  let url: URL;
  try {
    // No base URL: a relative path is not a link a phone can open.
    url = new URL(text);
  } catch {
    return {ok: false, problem: 'invalid'};
  }
  const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local) return {ok: false, problem: 'scheme'};
  if (!url.hostname) return {ok: false, problem: 'invalid'};
  // "https://dichvucong.gov.vn@lừa-đảo.example" opens lừa-đảo.example: refuse it.
  if (url.username || url.password) return {ok: false, problem: 'credentials'};
  for (const list of allowlists) {
    if (list && !hostAllowed(url.hostname, list)) return {ok: false, problem: 'host', host: url.hostname};
  }
  return {ok: true, url};
}

/** Decodes percent-escapes for reading, unless that would hide something (bidi controls, spaces, broken escapes). */
function readable(part: string): string {
  let decoded: string;
  try {
    decoded = decodeURI(part);
  } catch {
    return part;
  }
  return /[\p{C}\p{Z}]/u.test(decoded) ? part : decoded.normalize('NFC');
}

/**
 * The address as a person reads or types it: no scheme, Vietnamese letters
 * instead of %-escapes, no lone trailing "/" after the host. Never shortened.
 */
export function displayUrl(url: URL): string {
  const path = url.pathname === '/' ? '' : url.pathname;
  return readable(`${url.host}${path}${url.search}${url.hash}`);
}

/** Host and path only, for the spoken name of the code (queries are noise when heard). */
export function spokenUrl(url: URL): string {
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return readable(`${url.host}${path}`);
}

/**
 * Splits an address into pieces that end after "/", ".", "?", "&", "=" or "#",
 * so the element can put a line-break opportunity (<wbr>) between them.
 */
export function breakPoints(text: string): string[] {
  return text.match(/[^/.?&=#]*(?:[/.?&=#]+|$)/g)?.filter(Boolean) ?? [text];
}
