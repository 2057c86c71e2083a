import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkWebUrl, contentBase, webUrl} from '../../src/core/urls.js';
import {readHowto} from '../../src/howto/howto-parse.js';
import {handoffUrl} from '../../src/howto/howto-model.js';
import {parseCalendar} from '../../src/schedule/parse-calendar.js';

/*
 * One scheme allowlist for every URL taken from content: http and https,
 * after resolving a relative URL against the content's own address. The rest
 * is dropped, and the readers count it as a warning.
 */

const BASE = 'https://hoaloa.example/noi-dung/huong-dan.json';
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:https://hoaloa.example/1234',
  'file:///etc/passwd',
  'ftp://hoaloa.example/a',
  'mailto:a@hoaloa.example',
];

test('http and https are kept; relative URLs are resolved against the base', () => {
  assert.equal(webUrl('https://hoaloa.example/a'), 'https://hoaloa.example/a');
  assert.equal(webUrl('http://hoaloa.example/a'), 'http://hoaloa.example/a');
  assert.equal(webUrl('img/a.png', BASE), 'https://hoaloa.example/noi-dung/img/a.png');
  assert.equal(webUrl('/a', BASE), 'https://hoaloa.example/a');
  assert.equal(webUrl('//cdn.example/a', BASE), 'https://cdn.example/a');
  assert.equal(webUrl(' HTTPS://hoaloa.example/a '), 'https://hoaloa.example/a');
});

test('every other scheme is refused, however it is spelled', () => {
  for (const value of HOSTILE) {
    assert.deepEqual(checkWebUrl(value, BASE), {ok: false, value: value.trim()}, JSON.stringify(value));
    assert.equal(webUrl(value, BASE), undefined, JSON.stringify(value));
  }
});

test('a relative URL without a usable base is refused; no URL at all is not a warning', () => {
  assert.equal(checkWebUrl('img/a.png')?.ok, false);
  assert.equal(checkWebUrl('img/a.png', 'blob:https://hoaloa.example/1234')?.ok, false);
  for (const nothing of [undefined, null, '', '   ', 42, {url: 'https://x.example'}]) assert.equal(checkWebUrl(nothing, BASE), undefined);
});

test('relative URLs resolve against the content\'s own address, else the page\'s', () => {
  const page = 'https://xa.example/trang/';
  assert.equal(contentBase('https://cdn.example/lich.ics', 'lich.ics', page), 'https://cdn.example/lich.ics', 'after redirects');
  assert.equal(contentBase('', 'noi-dung/lich.ics', page), 'https://xa.example/trang/noi-dung/lich.ics');
  assert.equal(contentBase('blob:https://xa.example/1', 'blob:https://xa.example/1', page), page, 'inline content has no address of its own');
  assert.equal(contentBase('data:application/json,{}', 'data:application/json,{}', page), page);
});

test('a guide: javascript: and data: images, audio and page URL are dropped and reported', () => {
  const {guide, problems} = readHowto(
    {
      '@type': 'HowTo',
      name: 'Thử',
      url: 'vbscript:msgbox(1)',
      image: {url: 'data:image/svg+xml,<svg onload=alert(1)>', caption: 'x', width: 1, height: 1},
      step: [
        {name: 'Một', image: {url: 'javascript:alert(1)', caption: 'Ảnh', width: 10, height: 10}, audio: 'javascript:alert(2)'},
        {name: 'Hai', image: {url: 'img/hai.png', caption: 'Ảnh hai', width: 10, height: 10}, audio: {contentUrl: 'am-thanh/hai.mp3'}},
      ],
    },
    BASE
  );
  assert.ok(guide, 'the guide still shows');
  assert.equal(guide.url, undefined);
  assert.equal(guide.image, undefined);
  assert.equal(guide.steps[0].image, undefined);
  assert.equal(guide.steps[0].audio, undefined);
  assert.equal(guide.steps[1].image?.url, 'https://hoaloa.example/noi-dung/img/hai.png');
  assert.equal(guide.steps[1].audio, 'https://hoaloa.example/noi-dung/am-thanh/hai.mp3');
  assert.deepEqual(
    problems.map((p) => [p.code, p.severity, p.step, p.url]),
    [
      ['unsafe-url', 'warning', 1, 'javascript:alert(2)'],
      ['unsafe-url', 'warning', 1, 'javascript:alert(1)'],
      ['unsafe-url', 'warning', undefined, 'vbscript:msgbox(1)'],
      ['unsafe-url', 'warning', undefined, 'data:image/svg+xml,<svg onload=alert(1)>'],
    ]
  );
});

test('the hand-off link of a step is only ever http(s)', () => {
  assert.equal(handoffUrl({}, 'g.json', 2, 'javascript:alert(1)//'), undefined);
  assert.equal(handoffUrl({url: 'javascript:alert(1)'}, 'g.json', 2, null), undefined);
  assert.equal(handoffUrl({url: 'https://hoaloa.example/g/'}, 'g.json', 2, null), 'https://hoaloa.example/g/#buoc-2');
});

const window = {start: new Date('2025-01-01T00:00:00Z'), end: new Date('2026-12-31T00:00:00Z')};
const ics = (urls: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x']
    .concat(urls.flatMap((url, i) => ['BEGIN:VEVENT', `UID:e${i}`, `DTSTART:2025100${i + 1}T010000Z`, `SUMMARY:Sự kiện ${i}`, `URL:${url}`, 'END:VEVENT']))
    .concat(['END:VCALENDAR'])
    .join('\r\n');

test('a calendar: event URLs outside the allowlist are dropped and counted; relative ones resolved', async () => {
  const schedule = await parseCalendar(ics(['javascript:alert(1)', 'su-kien/hop.html', 'data:text/html,x', 'https://hoaloa.example/a']), window, 'https://hoaloa.example/lich/xa.ics');
  assert.deepEqual(
    schedule.events.map((e) => e.url),
    [undefined, 'https://hoaloa.example/lich/su-kien/hop.html', undefined, 'https://hoaloa.example/a']
  );
  assert.equal(schedule.refusedUrls, 2);
  assert.equal(schedule.events.length, 4, 'the events themselves stay');
  const noBase = await parseCalendar(ics(['su-kien/hop.html']), window);
  assert.equal(noBase.events[0].url, undefined);
  assert.equal(noBase.refusedUrls, 1);
});

test('schema.org events: the same allowlist for the event and its place', async () => {
  const json = JSON.stringify([
    {'@type': 'Event', name: 'A', startDate: '2025-10-10', url: 'javascript:alert(1)', location: {'@type': 'Place', name: 'Nhà văn hóa', url: '/noi/nha-van-hoa'}},
    {'@type': 'Event', name: 'B', startDate: '2025-10-11', url: 'vbscript:x', location: {'@type': 'Place', name: 'UBND', url: 'data:text/html,x'}},
  ]);
  const schedule = await parseCalendar(json, window, 'https://hoaloa.example/lich/su-kien.json');
  assert.deepEqual(
    schedule.events.map((e) => e.url),
    ['https://hoaloa.example/noi/nha-van-hoa', undefined]
  );
  assert.equal(schedule.refusedUrls, 3);
});
