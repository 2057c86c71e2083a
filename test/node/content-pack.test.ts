// Validates the demo content pack in demo/content/: the JSON Feeds, the
// iCalendar files, the HowTo guides and their pictures, qr.json and
// commune.json, in both Vietnamese and English.
// Run: node --import tsx --test test/node/content-pack.test.ts
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import ICAL from 'ical.js';

const content = fileURLToPath(new URL('../../demo/content/', import.meta.url));
const read = (path: string) => readFileSync(join(content, path), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const readJson = (path: string): Json => JSON.parse(read(path));

const TAGS = new Set([
  'Phát động', 'Chiến dịch 30 ngày', 'Ngày hội 10/10', 'Tổ công nghệ số', 'Người cao tuổi', 'Người khuyết tật',
  'Đại sứ số', 'Gia đình số', 'Chợ số', 'VNeID', 'Chữ ký số', 'Chỉ tiêu',
]);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const SITE = 'https://hoaloa.example/';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function isHttps(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function nonEmpty(value: unknown, what: string): void {
  assert.equal(typeof value, 'string', `${what} is not a string`);
  assert.ok((value as string).trim().length > 0, `${what} is empty`);
}

/** Every string value inside a JSON document, with its path. */
function* strings(value: Json, path = '$'): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

// ------------------------------------------------------------------ text

test('every text file is UTF-8, NFC-normalised and has no byte-order mark', () => {
  const files = walk(content).filter((f) => /\.(json|ics|svg)$/.test(f));
  assert.ok(files.length > 20, 'the content pack looks empty');
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!text.includes('\uFFFD'), `${relative(content, file)} is not valid UTF-8`);
    assert.ok(!text.startsWith('\uFEFF'), `${relative(content, file)} starts with a BOM`);
    assert.equal(text, text.normalize('NFC'), `${relative(content, file)} is not NFC-normalised`);
  }
});

// ------------------------------------------------------------------ news

function checkHtml(html: string, where: string): void {
  assert.ok(/<p>/.test(html), `${where}: content_html has no paragraph`);
  assert.ok(!/<\s*(script|style|iframe|object|embed|form|input|img|svg)\b/i.test(html), `${where}: unsafe element`);
  assert.ok(!/\son[a-z]+\s*=/i.test(html), `${where}: event handler attribute`);
  assert.ok(!/\sstyle\s*=/i.test(html), `${where}: style attribute`);
  assert.ok(!/javascript:/i.test(html), `${where}: javascript: URL`);
  const allowed = new Set(['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br']);
  for (const m of html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)) {
    assert.ok(allowed.has(m[1].toLowerCase()), `${where}: element <${m[1]}> is not allowed`);
    if (m[1].toLowerCase() === 'a' && !m[0].startsWith('</')) {
      const href = m[2].match(/^\s+href="([^"]*)"\s*$/)?.[1];
      assert.ok(isHttps(href), `${where}: link ${m[0]} is not a plain https link`);
    }
  }
  const opened = [...html.matchAll(/<([a-z]+)[\s>]/gi)].length;
  const closed = [...html.matchAll(/<\/([a-z]+)>/gi)].length;
  assert.equal(opened, closed, `${where}: unbalanced tags`);
}

function checkFeed(path: string, language: string): Json {
  const feed = readJson(path);
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1', `${path}: version`);
  nonEmpty(feed.title, `${path}: title`);
  assert.equal(feed.home_page_url, 'https://hoaloa.example/binh-dan-hoc-vu-so/');
  assert.ok(isHttps(feed.feed_url), `${path}: feed_url`);
  assert.equal(feed.language, language);
  assert.ok(Array.isArray(feed.items), `${path}: items is not an array`);
  assert.ok(feed.items.length >= 12, `${path}: only ${feed.items.length} items`);

  const ids = new Set<string>();
  let previous = Infinity;
  for (const item of feed.items) {
    const where = `${path} ${item.id}`;
    nonEmpty(item.id, `${path}: item id`);
    assert.ok(!ids.has(item.id), `${where}: duplicate id`);
    ids.add(item.id);
    assert.ok(isHttps(item.url) && item.url.startsWith(`${SITE}tin-tuc/`), `${where}: url`);
    nonEmpty(item.title, `${where}: title`);
    assert.ok(!/[<>]/.test(item.title), `${where}: title must be plain text`);
    nonEmpty(item.summary, `${where}: summary`);
    assert.ok(!/[<>]/.test(item.summary), `${where}: summary must be plain text`);
    nonEmpty(item.content_html, `${where}: content_html`);
    checkHtml(item.content_html, where);

    assert.match(item.date_published, RFC3339, `${where}: date_published is not RFC 3339`);
    assert.ok(item.date_published.endsWith('+07:00'), `${where}: date_published is not in +07:00`);
    const time = Date.parse(item.date_published);
    assert.ok(!Number.isNaN(time), `${where}: date_published does not parse`);
    assert.ok(time >= Date.parse('2025-09-20T00:00:00+07:00') && time <= Date.parse('2026-11-20T23:59:59+07:00'),
      `${where}: date_published out of range`);
    assert.ok(time <= previous, `${where}: items are not newest first`);
    previous = time;

    assert.ok(Array.isArray(item.tags) && item.tags.length > 0, `${where}: no tags`);
    if (language === 'vi') for (const tag of item.tags) assert.ok(TAGS.has(tag), `${where}: unknown tag ${tag}`);

    if (item.image !== undefined) {
      assert.match(item.image, /^img\/[a-z0-9-]+\.svg$/, `${where}: image is not img/<name>.svg`);
      assert.ok(existsSync(join(content, item.image)), `${where}: ${item.image} is missing`);
      nonEmpty(item._loa?.image_alt, `${where}: _loa.image_alt`);
    }
  }
  const withImage = feed.items.filter((i: Json) => i.image).length;
  assert.ok(withImage >= 3 && withImage <= 5, `${path}: ${withImage} items have an image, expected 3–5`);
  return feed;
}

test('news.json is a valid JSON Feed 1.1 in Vietnamese', () => {
  const feed = checkFeed('news.json', 'vi');
  const tags = new Set(feed.items.flatMap((i: Json) => i.tags));
  for (const tag of ['Phát động', 'Chiến dịch 30 ngày', 'Ngày hội 10/10', 'Tổ công nghệ số', 'Người cao tuổi',
    'Người khuyết tật', 'Đại sứ số', 'Gia đình số', 'Chợ số', 'VNeID', 'Chữ ký số', 'Chỉ tiêu']) {
    assert.ok(tags.has(tag), `no news item is tagged ${tag}`);
  }
});

test('news.en.json is a valid JSON Feed 1.1 in English that mirrors news.json', () => {
  const vi = readJson('news.json');
  const en = checkFeed('news.en.json', 'en');
  assert.equal(en.items.length, vi.items.length, 'vi and en feeds have different item counts');
  vi.items.forEach((v: Json, i: number) => {
    const e = en.items[i];
    assert.ok(e.id === v.id || e.id === `${v.id}-en`, `en item ${i} id ${e.id} does not match ${v.id}`);
    assert.equal(e.date_published, v.date_published, `en item ${e.id}: date differs`);
    assert.equal(e.tags.length, v.tags.length, `en item ${e.id}: tag counts differ`);
    // English tags are translated, so a filter chip reads in the page language.
    assert.ok(e.tags.every((t: string) => t === 'VNeID' || !TAGS.has(t)), `en item ${e.id}: untranslated tags`);
    assert.equal(e.image, v.image, `en item ${e.id}: image differs`);
    assert.notEqual(e.title, v.title, `en item ${e.id}: title is not translated`);
  });
});

// ------------------------------------------------------------------ SVG

function checkSvg(file: string, width: number, height: number): void {
  const name = relative(content, file);
  const text = readFileSync(file, 'utf8');
  assert.ok(Buffer.byteLength(text) < 3072, `${name} is larger than 3 kB`);
  const root = text.match(/<svg\b[^>]*>/)?.[0] ?? '';
  assert.ok(root, `${name}: no <svg> element`);
  assert.match(root, /\srole="img"/, `${name}: no role="img"`);
  assert.match(root, new RegExp(`\\swidth="${width}"`), `${name}: width`);
  assert.match(root, new RegExp(`\\sheight="${height}"`), `${name}: height`);
  assert.match(root, new RegExp(`\\sviewBox="0 0 ${width} ${height}"`), `${name}: viewBox`);
  const title = text.match(/<title>([^<]*)<\/title>/)?.[1];
  nonEmpty(title, `${name}: <title>`);
  assert.ok(!/<script\b/i.test(text), `${name}: has <script>`);
  assert.ok(!/<(foreignObject|image|use|a|style|text|tspan)\b/i.test(text), `${name}: has a disallowed element`);
  assert.ok(!/\son[a-z]+\s*=/i.test(text), `${name}: has an event handler attribute`);
  assert.ok(!/\sstyle\s*=/i.test(text), `${name}: has a style attribute`);
  assert.ok(!/url\s*\(/i.test(text), `${name}: has url()`);
  assert.ok(!/(xlink:)?href\s*=/i.test(text), `${name}: has an href`);
  const withoutNamespace = text.replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
  assert.ok(!/(https?:|\/\/|data:)/i.test(withoutNamespace), `${name}: has an external reference`);
}

test('every SVG is a safe, accessible, word-free sketch', () => {
  const guideSvgs = walk(join(content, 'guides/img')).filter((f) => f.endsWith('.svg'));
  const newsSvgs = walk(join(content, 'img')).filter((f) => f.endsWith('.svg'));
  assert.ok(guideSvgs.length >= 30, `only ${guideSvgs.length} guide pictures`);
  assert.ok(newsSvgs.length >= 3, `only ${newsSvgs.length} news pictures`);
  for (const file of guideSvgs) checkSvg(file, 320, 480);
  for (const file of newsSvgs) checkSvg(file, 640, 360);
});

// ------------------------------------------------------------------ guides

const commune = readJson('commune.json');
const slugs: string[] = commune.sources.guides;

/** Flattens HowToSteps, including those grouped in HowToSections. */
function stepsOf(howto: Json, where: string): Json[] {
  assert.ok(Array.isArray(howto.step), `${where}: step is not an array`);
  return howto.step.flatMap((s: Json) => {
    if (s['@type'] === 'HowToSection') {
      nonEmpty(s.name, `${where}: section name`);
      assert.ok(Array.isArray(s.itemListElement) && s.itemListElement.length > 0, `${where}: empty section`);
      return s.itemListElement;
    }
    return [s];
  });
}

function checkHowTo(path: string, slug: string, language: string): Json[] {
  const howto = readJson(path);
  assert.equal(howto['@context'], 'https://schema.org', `${path}: @context`);
  assert.equal(howto['@type'], 'HowTo', `${path}: @type`);
  nonEmpty(howto.name, `${path}: name`);
  nonEmpty(howto.description, `${path}: description`);
  assert.equal(howto.inLanguage, language, `${path}: inLanguage`);
  assert.equal(howto.url, `${SITE}huong-dan/${slug}`, `${path}: url`);
  assert.match(howto.totalTime, DURATION, `${path}: totalTime is not an ISO 8601 duration`);
  for (const [key, type] of [['supply', 'HowToSupply'], ['tool', 'HowToTool']]) {
    assert.ok(Array.isArray(howto[key]) && howto[key].length > 0, `${path}: no ${key}`);
    for (const s of howto[key]) {
      assert.equal(s['@type'], type, `${path}: ${key} @type`);
      nonEmpty(s.name, `${path}: ${key} name`);
    }
  }
  const steps = stepsOf(howto, path);
  assert.ok(steps.length >= 5 && steps.length <= 9, `${path}: ${steps.length} steps, expected 5–9`);
  steps.forEach((step: Json, i: number) => {
    const where = `${path} step ${i + 1}`;
    assert.equal(step['@type'], 'HowToStep', `${where}: @type`);
    nonEmpty(step.name, `${where}: name`);
    nonEmpty(step.text, `${where}: text`);
    assert.equal(step.url, `${SITE}huong-dan/${slug}#buoc-${i + 1}`, `${where}: url`);
    // docs/content.md: a picture for each step, with alt text.
    assert.ok(step.image !== undefined, `${where}: no picture (every step has one, docs/content.md)`);
    assert.equal(step.image['@type'], 'ImageObject', `${where}: image @type`);
    nonEmpty(step.image.caption, `${where}: image caption (alt text)`);
    assert.equal(step.image.url, `img/${slug}-${i + 1}.svg`, `${where}: image url`);
    assert.equal(step.image.width, 320);
    assert.equal(step.image.height, 480);
    const file = join(dirname(join(content, path)), step.image.url);
    assert.ok(existsSync(file), `${where}: ${step.image.url} is missing`);
  });
  return howto.step;
}

test('commune.json lists the guides', () => {
  assert.deepEqual([...slugs].sort(), [
    'ban-hang-online', 'chu-ky-so', 'dich-vu-cong-vneid', 'hoc-binh-dan-hoc-vu-so', 'phong-chong-lua-dao',
    'so-suc-khoe-dien-tu', 'thanh-toan-vietqr', 'vneid-muc-2', 'vssid', 'zalo-an-toan',
  ]);
});

for (const slug of slugs) {
  test(`guide ${slug} is a valid HowTo in Vietnamese and English`, () => {
    const vi = checkHowTo(`guides/${slug}.json`, slug, 'vi');
    const en = checkHowTo(`guides/${slug}.en.json`, slug, 'en');
    const shape = (steps: Json[]) => steps.map((s) => (s['@type'] === 'HowToSection' ? s.itemListElement.length : 1));
    assert.deepEqual(shape(en), shape(vi), `${slug}: vi and en have different steps or sections`);
    const viSteps = stepsOf({step: vi}, slug);
    const enSteps = stepsOf({step: en}, slug);
    viSteps.forEach((s: Json, i: number) => {
      assert.equal(enSteps[i].image?.url, s.image?.url, `${slug} step ${i + 1}: vi and en pictures differ`);
      assert.notEqual(enSteps[i].text, s.text, `${slug} step ${i + 1}: text is not translated`);
    });
  });
}

test('at least one guide groups its steps in HowToSections', () => {
  const sectioned = slugs.filter((slug) =>
    readJson(`guides/${slug}.json`).step.some((s: Json) => s['@type'] === 'HowToSection'));
  assert.ok(sectioned.length >= 1);
});

test('every guide picture is used by a step', () => {
  const used = new Set(slugs.flatMap((slug) =>
    stepsOf(readJson(`guides/${slug}.json`), slug).map((s) => s.image?.url).filter(Boolean)));
  for (const file of readdirSync(join(content, 'guides/img'))) {
    assert.ok(used.has(`img/${file}`), `guides/img/${file} is not used`);
  }
});

// ------------------------------------------------------------------ qr.json and commune.json

test('qr.json holds https links with labels in both languages', () => {
  const qr = readJson('qr.json');
  assert.ok(Array.isArray(qr) && qr.length > 0);
  const hrefs = new Set<string>();
  for (const entry of qr) {
    assert.ok(isHttps(entry.href), `${entry.href} is not an https URL`);
    assert.ok(!hrefs.has(entry.href), `${entry.href} is listed twice`);
    hrefs.add(entry.href);
    nonEmpty(entry.label, `${entry.href}: label`);
    nonEmpty(entry.label_en, `${entry.href}: label_en`);
  }
  for (const href of ['https://binhdanhocvuso.gov.vn/', 'https://dichvucong.gov.vn/', 'https://vneid.gov.vn/',
    'https://chuyendoiso.mobiedu.vn/', ...slugs.map((s) => `${SITE}huong-dan/${s}`)]) {
    assert.ok(hrefs.has(href), `qr.json lacks ${href}`);
  }
});

test('commune.json is marked as a demo and points at files that exist', () => {
  assert.equal(commune.demo, true);
  nonEmpty(commune.name, 'name');
  nonEmpty(commune.name_en, 'name_en');
  nonEmpty(commune.demo_notice, 'demo_notice');
  nonEmpty(commune.demo_notice_en, 'demo_notice_en');
  for (const key of ['name', 'address', 'hours', 'phone', 'counter']) {
    nonEmpty(commune.one_stop_shop[key], `one_stop_shop.${key}`);
  }
  for (const key of ['news', 'news_en', 'events', 'events_en']) {
    assert.ok(existsSync(join(content, commune.sources[key])), `sources.${key} is missing`);
  }
  for (const slug of slugs) {
    assert.ok(existsSync(join(content, `guides/${slug}.json`)), `guides/${slug}.json is missing`);
    assert.ok(existsSync(join(content, `guides/${slug}.en.json`)), `guides/${slug}.en.json is missing`);
  }
});

/** The host names of every real (non-.example) http(s) link in the pack, `www.` left off. */
function realHosts(): Map<string, Set<string>> {
  const hosts = new Map<string, Set<string>>();
  for (const file of walk(content).filter((f) => /\.(json|ics)$/.test(f))) {
    const text = readFileSync(file, 'utf8').replace(/\r?\n[ \t]/g, '');
    for (const m of text.matchAll(/https?:\/\/([^/\s"'\\<>?#:]+)/gi)) {
      const host = m[1].toLowerCase().replace(/^www\./, '');
      if (host.endsWith('.example') || ['schema.org', 'jsonfeed.org'].includes(host)) continue;
      if (!hosts.has(host)) hosts.set(host, new Set());
      hosts.get(host)!.add(relative(content, file));
    }
  }
  return hosts;
}

test('the demo notice names every real site the pack links to, in both languages', () => {
  const hosts = realHosts();
  assert.ok(hosts.size >= 3, 'the pack links to almost no real site');
  for (const [host, files] of hosts) {
    for (const key of ['demo_notice', 'demo_notice_en']) {
      assert.ok(commune[key].includes(host), `commune.json ${key} does not name ${host} (linked from ${[...files].join(', ')})`);
    }
  }
});

test('all JSON strings are NFC-normalised', () => {
  for (const file of walk(content).filter((f) => f.endsWith('.json'))) {
    for (const [path, s] of strings(JSON.parse(readFileSync(file, 'utf8')))) {
      assert.equal(s, s.normalize('NFC'), `${relative(content, file)} ${path} is not NFC`);
    }
  }
});

// ------------------------------------------------------------------ calendars

function checkRawIcs(path: string): string {
  const raw = read(path);
  assert.ok(raw.endsWith('\r\n'), `${path}: does not end with CRLF`);
  const lines = raw.slice(0, -2).split('\r\n');
  for (const [i, line] of lines.entries()) {
    assert.ok(!line.includes('\n') && !line.includes('\r'), `${path} line ${i + 1}: bare LF or CR`);
    assert.ok(Buffer.byteLength(line) <= 75, `${path} line ${i + 1}: longer than 75 octets`);
  }
  return raw;
}

function parseCalendar(path: string) {
  const raw = checkRawIcs(path);
  const vcalendar = new ICAL.Component(ICAL.parse(raw));
  assert.equal(vcalendar.name, 'vcalendar');
  assert.equal(vcalendar.getFirstPropertyValue('version'), '2.0', `${path}: VERSION`);
  nonEmpty(vcalendar.getFirstPropertyValue('prodid'), `${path}: PRODID`);
  nonEmpty(vcalendar.getFirstPropertyValue('x-wr-calname'), `${path}: X-WR-CALNAME`);

  const vtimezone = vcalendar.getAllSubcomponents('vtimezone')
    .find((tz) => tz.getFirstPropertyValue('tzid') === 'Asia/Ho_Chi_Minh');
  assert.ok(vtimezone, `${path}: no VTIMEZONE for Asia/Ho_Chi_Minh`);
  const standard = vtimezone.getFirstSubcomponent('standard');
  assert.ok(standard, `${path}: VTIMEZONE has no STANDARD`);
  assert.equal(standard.getFirstProperty('tzoffsetfrom')?.toICALString(), 'TZOFFSETFROM:+0700');
  assert.equal(standard.getFirstProperty('tzoffsetto')?.toICALString(), 'TZOFFSETTO:+0700');

  const vevents = vcalendar.getAllSubcomponents('vevent');
  assert.ok(vevents.length >= 10, `${path}: only ${vevents.length} events`);
  for (const vevent of vevents) {
    const uid = vevent.getFirstPropertyValue('uid');
    nonEmpty(uid, `${path}: UID`);
    assert.match(String(uid), /@hoaloa\.example$/, `${path}: UID ${uid}`);
    assert.ok(vevent.getFirstPropertyValue('dtstamp'), `${path} ${uid}: no DTSTAMP`);
    nonEmpty(vevent.getFirstPropertyValue('summary'), `${path} ${uid}: SUMMARY`);
    nonEmpty(vevent.getFirstPropertyValue('description'), `${path} ${uid}: DESCRIPTION`);
    nonEmpty(vevent.getFirstPropertyValue('location'), `${path} ${uid}: LOCATION`);
    assert.ok(vevent.getFirstProperty('categories'), `${path} ${uid}: no CATEGORIES`);
    const start = vevent.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>;
    const end = vevent.getFirstPropertyValue('dtend') as InstanceType<typeof ICAL.Time>;
    assert.ok(start && end, `${path} ${uid}: no DTSTART/DTEND`);
    assert.ok(end.compare(start) > 0, `${path} ${uid}: DTEND is not after DTSTART`);
    if (!start.isDate) assert.equal(start.zone?.tzid, 'Asia/Ho_Chi_Minh', `${path} ${uid}: DTSTART zone`);
    const url = vevent.getFirstPropertyValue('url');
    if (url) assert.ok(String(url).startsWith(`${SITE}su-kien/`), `${path} ${uid}: URL`);
  }
  return {vcalendar, vevents};
}

type VEvent = InstanceType<typeof ICAL.Component>;
const rrule = (e: VEvent) => e.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur> | null;
const categories = (e: VEvent) => e.getAllProperties('categories').flatMap((p) => p.getValues().map(String));

function checkRequiredEvents(path: string): VEvent[] {
  const {vevents} = parseCalendar(path);
  assert.ok(vevents.some((e) => rrule(e)?.freq === 'YEARLY'), `${path}: no yearly event`);
  assert.ok(vevents.some((e) => rrule(e)?.freq === 'WEEKLY' && e.getFirstProperty('exdate')),
    `${path}: no weekly event with EXDATE`);
  assert.ok(vevents.some((e) => e.getFirstProperty('recurrence-id')), `${path}: no RECURRENCE-ID override`);
  assert.ok(vevents.some((e) => e.getFirstPropertyValue('status') === 'CANCELLED'), `${path}: no cancelled event`);
  assert.ok(vevents.some((e) => {
    const start = e.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>;
    const end = e.getFirstPropertyValue('dtend') as InstanceType<typeof ICAL.Time>;
    return start.isDate && end.isDate && end.subtractDate(start).toSeconds() > 86400 && !rrule(e);
  }), `${path}: no all-day multi-day event`);
  // Fiction stays fiction: any coordinate is some real place, so the demo calendars give none.
  for (const e of vevents) assert.ok(!e.getFirstProperty('geo'), `${path} ${e.getFirstPropertyValue('uid')}: has a GEO`);
  for (const e of vevents) {
    const until = rrule(e)?.until;
    const start = e.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>;
    if (until && !start.isDate) assert.equal(until.zone, ICAL.Timezone.utcTimezone, `${path}: UNTIL must be UTC`);
  }
  return vevents;
}

test('events.ics parses and has the required events', () => {
  const vevents = checkRequiredEvents('events.ics');
  const cats = new Set(vevents.flatMap(categories));
  for (const c of ['Người cao tuổi', 'Người khuyết tật', 'VNeID', 'Chữ ký số', 'Thanh toán số']) {
    assert.ok(cats.has(c), `events.ics: no event in category ${c}`);
  }
  for (const e of vevents) {
    for (const c of categories(e)) assert.equal(c, c.normalize('NFC'));
  }
});

test('events.en.ics parses and mirrors events.ics', () => {
  const vi = parseCalendar('events.ics').vevents;
  const en = checkRequiredEvents('events.en.ics');
  assert.equal(en.length, vi.length, 'vi and en calendars have different event counts');
  vi.forEach((v, i) => {
    const e = en[i];
    const uid = String(v.getFirstPropertyValue('uid'));
    assert.equal(String(e.getFirstPropertyValue('uid')), uid.replace('@', '-en@'), `en event ${i}: UID`);
    for (const prop of ['dtstart', 'dtend', 'recurrence-id', 'status']) {
      assert.equal(String(e.getFirstPropertyValue(prop)), String(v.getFirstPropertyValue(prop)), `${uid}: ${prop} differs`);
    }
    assert.equal(String(e.getFirstPropertyValue('rrule')), String(v.getFirstPropertyValue('rrule')), `${uid}: RRULE differs`);
    assert.notEqual(e.getFirstPropertyValue('summary'), v.getFirstPropertyValue('summary'), `${uid}: not translated`);
  });
});

test('the weekly village session skips Tết and honours its December 2026 override', () => {
  const {vcalendar} = parseCalendar('events.ics');
  const vevents = vcalendar.getAllSubcomponents('vevent');
  const master = vevents.find((e) => rrule(e)?.freq === 'WEEKLY' && e.getFirstProperty('exdate')
    && vevents.some((o) => o !== e && o.getFirstProperty('recurrence-id')
      && o.getFirstPropertyValue('uid') === e.getFirstPropertyValue('uid')));
  assert.ok(master, 'no weekly event with both an EXDATE and an override');
  const event = new ICAL.Event(master);
  for (const other of vevents) {
    if (other !== master && other.getFirstPropertyValue('uid') === event.uid) event.relateException(other);
  }
  const exdates = master.getAllProperties('exdate').flatMap((p) => p.getValues().map(String));
  const recurrenceIds = Object.keys(event.exceptions);
  const iterator = event.iterator();
  const seen: string[] = [];
  let last: InstanceType<typeof ICAL.Time> | undefined;
  let moved = false;
  for (let next = iterator.next(); next && seen.length < 200; next = iterator.next()) {
    seen.push(next.toString());
    last = next;
    const details = event.getOccurrenceDetails(next);
    if (details.item !== event) {
      moved = true;
      assert.notEqual(details.startDate.toString(), next.toString(), 'the override does not move the session');
      assert.equal(details.startDate.month, 12);
      assert.equal(details.startDate.year, 2026);
    }
  }
  for (const ex of exdates) assert.ok(!seen.includes(ex), `EXDATE ${ex} still occurs`);
  assert.ok(moved, `the override (${recurrenceIds.join(', ')}) was never reached`);
  assert.ok(seen.length > 50, `only ${seen.length} weekly sessions`);
  assert.equal(last?.year, 2027, 'the weekly session should run into 2027');
});
