// The kiosk config's rules for URLs (issue 12): `allowedHosts` governs the QR
// codes (handoffBase included), never the content sources; a content source is
// on the kiosk's own origin or https, resolved against the config file. And the
// page address's levers: ?idle= and ?countdown= only shorten, ?now= needs the
// config's test flag.
// Run: node --import tsx --test test/node/kiosk-config-rules.test.ts
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {ConfigError, urlClock, validateConfig, withUrlOverrides, type ConfigProblem} from '../../kiosk/src/config.js';

const repoConfig = JSON.parse(readFileSync(new URL('../../kiosk/public/kiosk.config.json', import.meta.url), 'utf8'));
const ORIGIN = 'https://kiosk.example';
const CONFIG_URL = `${ORIGIN}/kiosk/cau-hinh/xa.json`;

/** The problems validateConfig finds in `raw`, as "path kind". */
function problems(raw: unknown): string[] {
  try {
    validateConfig(raw, CONFIG_URL, ORIGIN);
    return [];
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems.map((p: ConfigProblem) => `${p.path} ${p.kind}`);
  }
}

describe('kiosk config: content sources are not limited by allowedHosts', () => {
  test('with allowedHosts set to other hosts, https sources anywhere are accepted, as resolved', () => {
    const config = validateConfig(
      {
        ...repoConfig,
        allowedHosts: ['dichvucong.gov.vn'],
        handoffBase: 'https://dichvucong.gov.vn/huong-dan/',
        commune: {...repoConfig.commune, logo: 'https://cdn.hoaloa.example/logo.svg'},
        sources: {
          ...repoConfig.sources,
          news: {vi: 'https://tin.hoaloa.example/feed.json', en: 'https://tin.hoaloa.example/feed.en.json'},
          events: 'https://lich.example:8443/xa.ics',
          qr: '../content/qr.json',
        },
      },
      CONFIG_URL,
      ORIGIN
    );
    assert.deepEqual(config.sources.news, {vi: 'https://tin.hoaloa.example/feed.json', en: 'https://tin.hoaloa.example/feed.en.json'});
    assert.deepEqual(config.sources.events, {vi: 'https://lich.example:8443/xa.ics'});
    assert.equal(config.commune.logo, 'https://cdn.hoaloa.example/logo.svg');
    // Relative: against the config file, and that is what gets loaded.
    assert.equal(config.sources.qr, `${ORIGIN}/kiosk/content/qr.json`);
    assert.deepEqual(config.allowedHosts, ['dichvucong.gov.vn']);
  });

  test('a source neither on the kiosk’s origin nor https is refused, whatever allowedHosts says', () => {
    const found = problems({
      ...repoConfig,
      allowedHosts: ['tin.hoaloa.example'],
      commune: {...repoConfig.commune, logo: 'javascript:alert(1)'},
      sources: {
        ...repoConfig.sources,
        news: {vi: 'http://tin.hoaloa.example/feed.json', en: 'data:application/json,{}'},
        events: 'ftp://lich.example/xa.ics',
        qr: 'blob:https://kiosk.example/0c6f',
      },
    });
    assert.deepEqual(found.sort(), ['commune.logo source', 'sources.events source', 'sources.news.en source', 'sources.news.vi source', 'sources.qr source']);
  });

  test('http on the kiosk’s own origin is fine (a kiosk served from localhost)', () => {
    const config = validateConfig({...repoConfig, handoffBase: undefined, sources: {...repoConfig.sources, news: 'http://localhost:8080/kiosk/content/news.json'}}, 'http://localhost:8080/kiosk/kiosk.config.json', 'http://localhost:8080');
    assert.deepEqual(config.sources.news, {vi: 'http://localhost:8080/kiosk/content/news.json'});
  });

  test('allowedHosts still governs handoffBase: its hosts and the kiosk’s own', () => {
    assert.deepEqual(problems({...repoConfig, allowedHosts: ['hoaloa.gov.vn'], handoffBase: 'https://lua-dao.example/huong-dan/'}), ['handoffBase host']);
    assert.deepEqual(problems({...repoConfig, allowedHosts: ['hoaloa.gov.vn'], handoffBase: 'https://hoaloa.gov.vn/huong-dan/'}), []);
    // The repository's own "/demo/huong-dan/", on the kiosk's host, as qrHosts() lets <loa-qr> draw it.
    assert.deepEqual(problems({...repoConfig, allowedHosts: ['hoaloa.gov.vn']}), []);
  });
});

describe('kiosk address levers', () => {
  const config = validateConfig(repoConfig, CONFIG_URL, ORIGIN);

  test('?now= sets the clock only with testClock in the config; otherwise it is ignored and said so', () => {
    assert.equal(config.testClock, false, 'off unless the config says so');
    assert.deepEqual(urlClock(config, '?now=2031-06-01T08:00:00%2B07:00'), {ignored: true});
    assert.deepEqual(urlClock(config, ''), {ignored: false});
    const testing = validateConfig({...repoConfig, testClock: true}, CONFIG_URL, ORIGIN);
    assert.deepEqual(urlClock(testing, '?now=2031-06-01T08:00:00%2B07:00'), {now: '2031-06-01T08:00:00+07:00', ignored: false});
    assert.deepEqual(urlClock(testing, '?now=soon'), {ignored: true}, 'an unreadable date is no clock');
    assert.deepEqual(problems({...repoConfig, testClock: 'yes'}), ['testClock boolean']);
  });

  test('?idle= and ?countdown= only shorten', () => {
    assert.deepEqual(withUrlOverrides(config, '?idle=86400&countdown=9999').idle, {timeoutSeconds: 90, warningSeconds: 30});
    assert.deepEqual(withUrlOverrides(config, '?idle=5&countdown=3').idle, {timeoutSeconds: 5, warningSeconds: 3});
  });
});
