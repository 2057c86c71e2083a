import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {parseCalendar} from '../../src/schedule/parse-calendar.js';
import {ContentError} from '../../src/core/content-error.js';

/*
 * Every calendar file of the vendored corpora (ical.js's and python icalendar's
 * test suites, including deliberately broken ones) either parses or fails with
 * a ContentError, which the element shows as a clear message. Nothing else
 * may escape, and nothing may hang.
 */
// Vendored in test/corpora/ (see its README), so a fresh clone tests itself.
const roots = ['icaljs', 'icalendar'].map((name) => new URL(`../corpora/${name}`, import.meta.url).pathname);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const window = {start: new Date('2000-01-01T00:00:00Z'), end: new Date('2030-12-31T00:00:00Z')};

test('the corpora: every calendar file parses or gives a ContentError', async () => {
  const files = roots.flatMap(walk).filter((f) => /\.(ics|ical|ifb|icalendar|jcal|json|vcs|vcf)$/i.test(f));
  assert.ok(files.length > 150, `found ${files.length} files`);
  let parsed = 0;
  let refused = 0;
  for (const file of files) {
    const started = performance.now();
    try {
      const schedule = await parseCalendar(readFileSync(file, 'utf8'), window);
      for (const event of schedule.events) {
        assert.ok(!Number.isNaN(event.start.getTime()) && event.end.getTime() >= event.start.getTime(), file);
        assert.equal(typeof event.title, 'string');
      }
      parsed++;
    } catch (error) {
      assert.ok(error instanceof ContentError, `${file}: ${String(error)}`);
      refused++;
    }
    assert.ok(performance.now() - started < 5000, `${file} took too long`);
  }
  console.log(`corpora: ${parsed} parsed, ${refused} refused with a clear error, of ${files.length}`);
  assert.ok(parsed > 100);
});
