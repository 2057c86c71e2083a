// Every demo guide must load without errors in <loa-howto>, and every image in it
// must have alt text, a size (no layout shift) and a file that exists.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseHowto} from '../../src/howto/howto-parse.js';

const dir = fileURLToPath(new URL('../../demo/content/guides/', import.meta.url));
const SITE = 'https://loa.test/guides/';
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];

test('the demo pack has guides', {skip: files.length ? false : 'demo/content/guides/ has no guides yet'}, () => {
  assert.ok(files.length >= 6, `expected at least 6 guides, found ${files.length}`);
});

for (const file of files) {
  test(`demo guide ${file} validates, with alt text and sizes on every image`, () => {
    // Served from a web address, as on a site: a file: address would be refused (only http and https are kept).
    const url = `${SITE}${file}`;
    const {guide, problems} = parseHowto(readFileSync(`${dir}${file}`, 'utf8'), url);
    assert.deepEqual(
      problems.map((p) => `${p.code}${p.step ? ` (step ${p.step})` : ''}`),
      [],
      `${file} has problems`
    );
    assert.ok(guide);
    assert.ok(guide.inLanguage, `${file}: inLanguage is missing`);
    const images = [guide.image, ...guide.steps.map((s) => s.image)].filter((i) => i !== undefined);
    for (const image of images) {
      assert.ok(image.alt.length > 0, `${file}: an image has no alt text`);
      if (image.url.startsWith(SITE)) assert.ok(existsSync(fileURLToPath(new URL(image.url.slice(SITE.length), pathToFileURL(dir)))), `${file}: missing ${image.url}`);
    }
  });
}

const vietnamese = files.filter((f) => !f.endsWith('.en.json'));
for (const file of vietnamese) {
  test(`demo guide ${file} has an English version with the same number of steps`, () => {
    const en = file.replace(/\.json$/, '.en.json');
    assert.ok(files.includes(en), `${en} is missing`);
    const vi = parseHowto(readFileSync(`${dir}${file}`, 'utf8')).guide;
    const english = parseHowto(readFileSync(`${dir}${en}`, 'utf8')).guide;
    assert.equal(english?.steps.length, vi?.steps.length);
    assert.match(english?.inLanguage ?? '', /^en/);
  });
}
