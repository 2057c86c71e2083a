// One source of truth (issue 16): the built kiosk's commune name, help counter,
// opening hours and phone come from demo/content/commune.json, the file the
// demo site is made from (scripts/kiosk-config.mjs, run by the kiosk build).
// Run: node --import tsx --test test/node/kiosk-config-facts.test.ts
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {communeFacts, withCommuneFacts, writeKioskConfig} from '../../scripts/kiosk-config.mjs';
import {validateConfig} from '../../kiosk/src/config.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const commune = read('demo/content/commune.json');
const repoConfig = read('kiosk/public/kiosk.config.json');

test('the kiosk facts are the content pack’s: name, counter, hours, phone', () => {
  const office = commune.one_stop_shop;
  const facts = communeFacts(commune);
  assert.deepEqual(facts.commune.name, {vi: `${commune.name} (xã mẫu)`, en: `${commune.name_en} (demo)`});
  assert.deepEqual(facts.help.hours, {vi: office.hours, en: office.hours_en});
  assert.ok(facts.help.counter!.vi.startsWith(office.counter) && facts.help.counter!.vi.includes(office.name), facts.help.counter!.vi);
  assert.ok(facts.help.counter!.en!.startsWith(office.counter_en) && facts.help.counter!.en!.includes(office.name_en), facts.help.counter!.en!);
  assert.deepEqual(facts.help.phone, {vi: `${office.phone} (số hư cấu)`, en: `${office.phone} (fictional number)`}, 'the demo phone is marked fictional');
});

test('merged into the repository config, the result is a valid kiosk config with those facts and the rest unchanged', () => {
  const merged = withCommuneFacts(repoConfig, commune);
  const config = validateConfig(merged, 'https://kiosk.example/kiosk/kiosk.config.json', 'https://kiosk.example');
  const office = commune.one_stop_shop;
  assert.equal(config.help.hours.vi, office.hours);
  assert.equal(config.help.hours.en, office.hours_en);
  assert.equal(config.commune.name.en, 'Hoa Loa Commune (demo)');
  // What the pack does not decide stays the config's own.
  assert.deepEqual(merged.help.text, repoConfig.help.text);
  assert.equal(merged.commune.logo, repoConfig.commune.logo);
  assert.deepEqual(merged.sources, repoConfig.sources);
  assert.deepEqual(merged.idle, repoConfig.idle);
});

// `npm run dev` serves kiosk/public/kiosk.config.json as it is, without the build's
// rewrite: the hand-kept copy must already say what the build would write, or the
// dev kiosk shows residents other hours, counter or name than the demo site.
test('the repository config already holds the pack’s facts: the build would change nothing', () => {
  assert.deepEqual(withCommuneFacts(repoConfig, commune), repoConfig,
    'kiosk/public/kiosk.config.json differs from demo/content/commune.json: copy the facts over from commune.json');
});

test('the kiosk lists the pack’s guides, in the same order', () => {
  const slugs = repoConfig.sources.guides.map((g: {slug: string}) => g.slug);
  assert.deepEqual(slugs, commune.sources.guides,
    'kiosk/public/kiosk.config.json sources.guides differs from demo/content/commune.json sources.guides');
});

test('a pack without those facts changes nothing; a non-demo commune is not marked', () => {
  assert.deepEqual(withCommuneFacts(repoConfig, {}), {...repoConfig, commune: repoConfig.commune, help: repoConfig.help});
  const real = communeFacts({name: 'Xã Thật', one_stop_shop: {phone: '0255 3 000 000', hours: '7:00–17:00'}});
  assert.deepEqual(real, {commune: {name: {vi: 'Xã Thật'}}, help: {hours: {vi: '7:00–17:00'}, phone: '0255 3 000 000'}});
});

test('writeKioskConfig rewrites the built file in place', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loa-kiosk-config-'));
  try {
    const file = join(dir, 'kiosk.config.json');
    writeFileSync(file, JSON.stringify({...repoConfig, help: {...repoConfig.help, hours: 'Sai giờ'}}));
    writeKioskConfig(file, new URL('../../demo/content/commune.json', import.meta.url).pathname);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).help.hours.vi, commune.one_stop_shop.hours);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
