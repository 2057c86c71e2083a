// Sources and review dates of the guides of a content pack (docs/content.md).
//
// Every guide (schema.org HowTo JSON) names the official pages it is based on
// in `citation` (https URLs, as text or as a CreativeWork with `url`) and the
// day its steps were last checked against them in `dateModified`.
// test/node/guide-sources.test.ts fails when a guide lacks either;
// scripts/build.mjs only prints a warning when a review is more than
// REVIEW_MONTHS months older than the build: apps and rules change, and the
// commune should check the steps again, but an old date alone never fails CI.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const GUIDES_DIR = fileURLToPath(new URL('../demo/content/guides/', import.meta.url));
export const REVIEW_MONTHS = 12;

/** Every guide file (`*.json`) of a folder, parsed; a file that is not JSON comes back with `error`. */
export function readGuides(dir = GUIDES_DIR) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      try {
        return {file: name, guide: JSON.parse(readFileSync(file, 'utf8'))};
      } catch (error) {
        return {file: name, error: String(error)};
      }
    });
}

/** The URL of one `citation` entry: the text itself, or a CreativeWork's `url`. */
export function citationUrl(entry) {
  if (typeof entry === 'string') return entry.trim();
  if (entry && typeof entry === 'object' && typeof entry.url === 'string') return entry.url.trim();
  return '';
}

function isHttps(value) {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** `dateModified` as a Date (a calendar date, YYYY-MM-DD, or a full ISO date-time), else undefined. */
export function reviewDate(guide) {
  const value = guide?.dateModified;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(value)) return undefined;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return undefined;
  // "2026-02-31" parses in some engines; a real date comes back the same.
  if (value.length === 10 && date.toISOString().slice(0, 10) !== value) return undefined;
  return date;
}

/** What is wrong with a guide's sources and review date, in words (empty when nothing is). */
export function sourceProblems(guide) {
  const problems = [];
  if (guide?.dateModified === undefined) problems.push('no dateModified (the date its steps were last checked)');
  else if (!reviewDate(guide)) problems.push(`dateModified ${JSON.stringify(guide.dateModified)} is not an ISO 8601 date (YYYY-MM-DD)`);
  const citation = guide?.citation;
  const entries = citation === undefined ? [] : Array.isArray(citation) ? citation : [citation];
  if (!entries.length) problems.push('no citation (the https URLs of the official pages it is based on)');
  for (const entry of entries) {
    const url = citationUrl(entry);
    if (!url) problems.push(`a citation has no URL: ${JSON.stringify(entry)}`);
    else if (!isHttps(url)) problems.push(`citation ${url} is not an https URL`);
  }
  return problems;
}

/** The guides whose review date is more than `months` months before `now`, oldest first. */
export function staleGuides(entries, now = new Date(), months = REVIEW_MONTHS) {
  const limit = new Date(now.getTime());
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return entries
    .map(({file, guide}) => ({file, reviewed: reviewDate(guide)}))
    .filter(({reviewed}) => reviewed && reviewed < limit)
    .sort((a, b) => a.reviewed - b.reviewed)
    .map(({file, reviewed}) => ({file, dateModified: reviewed.toISOString().slice(0, 10)}));
}

/** The build's date: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds, else now. */
export function buildDate(env = process.env) {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

/**
 * The warning lines the build prints, one per guide due for a new check (none
 * when all are recent). Never throws: a folder it cannot read is a warning too.
 */
export function reviewWarnings(dir = GUIDES_DIR, now = buildDate(), months = REVIEW_MONTHS) {
  let entries;
  try {
    entries = readGuides(dir).filter((entry) => entry.guide);
  } catch (error) {
    return [`warning: could not read the guides in ${dir} to check their review dates: ${error}`];
  }
  return staleGuides(entries, now, months).map(
    ({file, dateModified}) =>
      `warning: guide ${file} was last checked on ${dateModified}, more than ${months} months before this build. ` +
      'Check its steps against the real apps and its sources, then update dateModified (docs/content.md).'
  );
}
