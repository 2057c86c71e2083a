import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseFeedDate} from '../../src/news/feed-dates.js';

const iso = (value: string) => parseFeedDate(value)?.toISOString();

test('RFC 3339 with a zone, Z, fractions', () => {
  assert.equal(iso('2025-09-30T14:00:00+07:00'), '2025-09-30T07:00:00.000Z');
  assert.equal(iso('2025-09-30T07:00:00Z'), '2025-09-30T07:00:00.000Z');
  assert.equal(iso('2025-09-30t07:00:00.25z'), '2025-09-30T07:00:00.250Z');
  assert.equal(iso('2025-09-30T02:00:00-05:00'), '2025-09-30T07:00:00.000Z');
  assert.equal(iso('2025-09-30 14:00+0700'), '2025-09-30T07:00:00.000Z');
});

test('a date without a zone is read in Asia/Ho_Chi_Minh (UTC+7)', () => {
  assert.equal(iso('2025-10-10T08:15:00'), '2025-10-10T01:15:00.000Z');
  assert.equal(iso('2025-10-10'), '2025-10-09T17:00:00.000Z');
  assert.equal(iso('Fri, 10 Oct 2025 08:15:00'), '2025-10-10T01:15:00.000Z');
});

test('RFC 822 as RSS writes it', () => {
  assert.equal(iso('Tue, 30 Sep 2025 14:00:00 +0700'), '2025-09-30T07:00:00.000Z');
  assert.equal(iso('Tue, 30 Sep 2025 07:00:00 GMT'), '2025-09-30T07:00:00.000Z');
  assert.equal(iso('30 Sep 2025 07:00 UT'), '2025-09-30T07:00:00.000Z');
  assert.equal(iso('Tue, 30 Sep 2025 03:00:00 EDT'), '2025-09-30T07:00:00.000Z');
  assert.equal(iso('Sun, 19 May 02 15:21:36 GMT'), '2002-05-19T15:21:36.000Z');
  assert.equal(iso('Tuesday, 30 September 2025 07:00:00 GMT'), '2025-09-30T07:00:00.000Z');
});

test('nonsense is no date, never an Invalid Date', () => {
  for (const bad of ['', '   ', 'hôm qua', '2025-13-01', '2025-02-30T25:00:00Z', '31 Foo 2025', undefined, null]) {
    const date = parseFeedDate(bad);
    assert.ok(date === undefined || !Number.isNaN(date.getTime()), String(bad));
    if (bad === '2025-13-01' || bad === 'hôm qua') assert.equal(date, undefined);
  }
});
