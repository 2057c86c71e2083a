import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseCalendar} from '../../src/schedule/parse-calendar.js';
import {plainText} from '../../src/schedule/plain-text.js';

const window = {start: new Date('2025-01-01T00:00:00Z'), end: new Date('2027-12-31T00:00:00Z')};
const json = readFileSync(new URL('../fixtures/schedule/events.schema.json', import.meta.url), 'utf8');

test('schema.org Event JSON maps to the same model', async () => {
  const schedule = await parseCalendar(json, window);
  assert.equal(schedule.skipped, 1, 'the event without startDate is skipped');
  const [lesson, meeting] = schedule.events;
  assert.equal(lesson.title, 'Lớp hướng dẫn chữ ký số', 'markup in the name becomes text');
  assert.equal(lesson.description, 'Mang theo CCCD & điện thoại.');
  assert.equal(lesson.start.toISOString(), '2025-10-11T01:00:00.000Z', 'a time without offset is Vietnam time');
  assert.equal(lesson.end.toISOString(), '2025-10-11T03:00:00.000Z');
  assert.equal(lesson.location, 'Nhà văn hóa thôn Bắc');
  assert.deepEqual(lesson.geo, {lat: 16.47, lon: 107.6});
  assert.deepEqual(lesson.categories, ['Chữ ký số', 'Toàn dân', 'Người cao tuổi']);
  assert.equal(lesson.url, 'https://hoaloa.example/su-kien/lop-chu-ky-so');
  assert.equal(meeting.status, 'cancelled');
  assert.equal(meeting.allDay, true);
  assert.equal(meeting.location, 'Trụ sở UBND xã');
  assert.equal(meeting.end.getTime() - meeting.start.getTime(), 86_400_000);
});

test('plain text from markup: no tags, no scripts, entities decoded', () => {
  assert.equal(plainText('<p>Một</p><p>Hai<br>Ba</p><script>alert(1)</script>'), 'Một\nHai\nBa');
  assert.equal(plainText('5 &lt; 6 &amp;&#32;&#x1EA1;'), '5 < 6 & ạ');
  assert.equal(plainText('a < b and c > d'), 'a < b and c > d', 'a lone < is text, not a tag');
  assert.equal(plainText('<img src=x onerror=alert(1)>Ảnh'), 'Ảnh');
});
