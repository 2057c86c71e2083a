// The staff view names the guides last checked more than a year before the
// kiosk's clock (kiosk/src/guide-reviews.ts): a warning only, read from the
// copies the content sync already fetched.
// Run: node --import tsx --test test/node/kiosk-reviews.test.ts
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {isStale, readReviews, reviewReport} from '../../kiosk/src/guide-reviews.js';
import {validateConfig} from '../../kiosk/src/config.js';

const guides = [
  {slug: 'vneid-muc-2', title: 'Kích hoạt VNeID mức 2'},
  {slug: 'chu-ky-so', title: 'Đăng ký chữ ký số'},
  {slug: 'vssid', title: 'Xem bảo hiểm trên VssID'},
];

test('a review is stale once it is more than 12 months before the clock', () => {
  const now = new Date('2027-12-01T03:00:00Z');
  assert.equal(isStale('2026-11-30', now), true);
  assert.equal(isStale('2026-12-01', now), false, 'exactly 12 months: not yet');
  assert.equal(isStale('2027-06-30', now), false);
  assert.equal(isStale('2026-11-30', new Date('2026-12-15T00:00:00Z')), false);
});

test('the report lists the old guides, oldest first, and those it could not read', () => {
  const dates = new Map<string, string | undefined>([
    ['vneid-muc-2', '2026-11-30'],
    ['chu-ky-so', '2025-06-01'],
    ['vssid', undefined],
  ]);
  const report = reviewReport(guides, dates, new Date('2028-01-10T00:00:00Z'));
  assert.deepEqual(report, {
    total: 3,
    stale: [
      {slug: 'chu-ky-so', title: 'Đăng ký chữ ký số', reviewed: '2025-06-01'},
      {slug: 'vneid-muc-2', title: 'Kích hoạt VNeID mức 2', reviewed: '2026-11-30'},
    ],
    unknown: [{slug: 'vssid', title: 'Xem bảo hiểm trên VssID'}],
  });
  assert.deepEqual(reviewReport(guides, dates, new Date('2026-12-01T00:00:00Z')).stale.map((g) => g.slug), ['chu-ky-so'], 'only the one checked in 2025');
});

test('readReviews reads each guide once, in the kiosk language, and never throws', async () => {
  const config = validateConfig(
    {
      commune: {name: 'Xã Thử'},
      sources: {news: 'content/news.json', events: 'content/events.ics', guides: guides.map(({slug, title}) => ({slug, title}))},
      help: {counter: 'Quầy 1', hours: '7:30–11:30'},
    },
    'https://kiosk.example/kiosk/kiosk.config.json',
    'https://kiosk.example'
  );
  const asked: Array<[string, RequestCache | undefined]> = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    asked.push([url, init?.cache]);
    if (url.endsWith('/vssid.en.json')) return new Response('not found', {status: 404});
    const reviewed = url.includes('chu-ky-so') ? '2025-06-01' : '2026-11-30';
    return Response.json({'@type': 'HowTo', name: 'Guide', step: ['Step'], dateModified: reviewed});
  }) as typeof fetch;
  try {
    const report = await readReviews(config, 'en', new Date('2027-03-01T00:00:00Z'));
    assert.deepEqual(report.stale.map((g) => [g.slug, g.title, g.reviewed]), [['chu-ky-so', 'Đăng ký chữ ký số', '2025-06-01']]);
    assert.deepEqual(report.unknown.map((g) => g.slug), ['vssid']);
    assert.deepEqual(
      asked.sort(),
      guides.map(({slug}) => [`https://kiosk.example/kiosk/content/guides/${slug}.en.json`, 'force-cache']).sort(),
      'one request per guide, from the HTTP cache when it holds one'
    );
  } finally {
    globalThis.fetch = realFetch;
  }
});
