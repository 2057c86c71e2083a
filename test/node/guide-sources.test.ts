// Every guide of the content pack says where its facts come from and when its
// steps were last checked (docs/content.md): schema.org `citation` (https URLs
// of official pages) and `dateModified`. A guide lacking either fails here; a
// review older than a year only makes the build print a warning.
// Run: node --import tsx --test test/node/guide-sources.test.ts
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  GUIDES_DIR,
  REVIEW_MONTHS,
  buildDate,
  citationUrl,
  readGuides,
  reviewWarnings,
  sourceProblems,
  staleGuides,
} from '../../scripts/guide-sources.mjs';
import {readHowto} from '../../src/howto/howto-parse.js';

const guides = readGuides(GUIDES_DIR);

test('the guides folder holds guides', () => {
  assert.ok(guides.length >= 12, `only ${guides.length} guide files in ${GUIDES_DIR}`);
});

for (const {file, guide, error} of guides) {
  test(`${file} names its sources and the date its steps were last checked`, () => {
    assert.equal(error, undefined, `${file} is not JSON: ${error}`);
    assert.deepEqual(sourceProblems(guide), [], `${file}: ${sourceProblems(guide).join('; ')}`);
    // Not a date in the future: it records a review that happened.
    assert.ok(new Date(`${guide.dateModified}`.slice(0, 10)) <= new Date(), `${file}: dateModified is in the future`);
  });
}

test('a guide and its translation cite the same pages and were checked on the same day', () => {
  const byFile = new Map(guides.map(({file, guide}) => [file, guide]));
  for (const [file, guide] of byFile) {
    if (!file.endsWith('.en.json')) continue;
    const vi = byFile.get(file.replace(/\.en\.json$/, '.json'));
    if (!vi) continue;
    assert.equal(guide.dateModified, vi.dateModified, `${file}: dateModified differs from the Vietnamese guide`);
    assert.deepEqual(guide.citation.map(citationUrl), vi.citation.map(citationUrl), `${file}: citations differ from the Vietnamese guide`);
  }
});

test('the guide reader accepts the new fields and still reads every guide', () => {
  for (const {file, guide} of guides) {
    const {guide: read, problems} = readHowto(guide, `https://hoaloa.example/noi-dung/guides/${file}`);
    assert.ok(read, `${file}: ${JSON.stringify(problems)}`);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), [], file);
  }
});

// ------------------------------------------------------------------ the check itself

const good = {dateModified: '2026-11-30', citation: ['https://dichvucong.gov.vn/']};

test('a guide lacking a review date or sources is reported', () => {
  assert.deepEqual(sourceProblems(good), []);
  assert.deepEqual(sourceProblems({...good, citation: [{'@type': 'WebPage', name: 'VNeID', url: 'https://vneid.gov.vn/'}]}), []);
  assert.deepEqual(sourceProblems({...good, citation: 'https://vneid.gov.vn/'}), [], 'a single citation need not be a list');
  assert.match(sourceProblems({citation: good.citation}).join(), /no dateModified/);
  assert.match(sourceProblems({dateModified: good.dateModified}).join(), /no citation/);
  assert.match(sourceProblems({...good, citation: []}).join(), /no citation/);
  assert.match(sourceProblems({...good, dateModified: '11/2026'}).join(), /not an ISO 8601 date/);
  assert.match(sourceProblems({...good, dateModified: '2026-02-31'}).join(), /not an ISO 8601 date/);
  assert.match(sourceProblems({...good, citation: [{name: 'no url'}]}).join(), /has no URL/);
});

test('a citation that is not https is reported', () => {
  for (const url of ['http://dichvucong.gov.vn/', 'dichvucong.gov.vn', 'javascript:alert(1)', 'ftp://x.gov.vn/']) {
    assert.match(sourceProblems({...good, citation: [url]}).join(), /is not an https URL/, url);
    assert.match(sourceProblems({...good, citation: [{url}]}).join(), /is not an https URL/, url);
  }
});

test(`a review more than ${REVIEW_MONTHS} months before the build is stale, a younger one is not`, () => {
  const build = new Date('2027-12-15T00:00:00Z');
  const entries = [
    {file: 'cu.json', guide: {dateModified: '2026-12-14'}},
    {file: 'moi.json', guide: {dateModified: '2026-12-16'}},
    {file: 'rat-cu.json', guide: {dateModified: '2025-01-02'}},
    {file: 'khong-ngay.json', guide: {}},
  ];
  assert.deepEqual(staleGuides(entries, build), [
    {file: 'rat-cu.json', dateModified: '2025-01-02'},
    {file: 'cu.json', dateModified: '2026-12-14'},
  ]);
});

test('the build only warns about old reviews: it prints a line per guide and never throws', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loa-guides-'));
  try {
    writeFileSync(join(dir, 'cu.json'), JSON.stringify({...good, dateModified: '2024-05-01'}));
    writeFileSync(join(dir, 'moi.json'), JSON.stringify(good));
    writeFileSync(join(dir, 'hong.json'), '{not json');
    const warnings = reviewWarnings(dir, new Date('2026-11-30T00:00:00Z'));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^warning: guide cu\.json was last checked on 2024-05-01, more than 12 months before this build/);
    assert.deepEqual(reviewWarnings(join(dir, 'khong-co'), new Date()).length, 1, 'a missing folder is a warning, not an exception');
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
  const build = readFileSync(new URL('../../scripts/build.mjs', import.meta.url), 'utf8');
  assert.match(build, /reviewWarnings\(\)/, 'scripts/build.mjs no longer checks review dates');
  assert.doesNotMatch(build, /reviews\.length\)[^\n]*(exit|throw)/, 'an old review must not fail the build');
});

test('the build date honours SOURCE_DATE_EPOCH', () => {
  assert.equal(buildDate({SOURCE_DATE_EPOCH: '1798675200'}).toISOString(), '2026-12-31T00:00:00.000Z');
  assert.ok(Math.abs(buildDate({}).getTime() - Date.now()) < 60_000);
});
