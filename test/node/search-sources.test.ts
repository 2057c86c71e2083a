// <loa-search> reads each kind of source with the reader its own element uses
// (src/search/search-read.ts), told apart by content: a FAQPage (JSON and
// JSON-LD), a HowTo guide with its steps, a JSON Feed, iCalendar.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {readSource, sourceKind} from '../../src/search/search-read.js';
import {SearchIndex} from '../../src/search/search-index.js';
import {sourceReaders} from '../../src/search/search-chunks.js';

const content = (path: string) => readFileSync(new URL(`../../demo/content/${path}`, import.meta.url), 'utf8');
const BASE = 'https://hoaloa.example/content/';

const faq = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    {'@type': 'WebSite', name: 'Xã Hòa Loa'},
    {
      '@type': 'FAQPage',
      url: 'https://hoaloa.example/hoi-dap/',
      inLanguage: 'vi',
      mainEntity: [
        {'@type': 'Question', '@id': 'cai-vneid-cho-me', name: 'Cài VNeID cho mẹ thế nào?', acceptedAnswer: {'@type': 'Answer', text: '<p>Mang điện thoại của mẹ và thẻ căn cước đến Công an xã.</p><p>Cán bộ giúp kích hoạt.</p>'}, keywords: 'VNeID'},
        {'@type': 'Question', name: 'Câu hỏi không có trả lời'},
      ],
    },
  ],
});

test('the kind of a source is told by its content', () => {
  assert.equal(sourceKind(faq), 'faq');
  assert.equal(sourceKind(content('guides/vneid-muc-2.json')), 'guide');
  assert.equal(sourceKind(content('news.json')), 'feed');
  assert.equal(sourceKind('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'), 'feed');
  assert.equal(sourceKind(content('events.ics')), 'calendar');
  assert.throws(() => sourceKind('hello'), /not a guide/);
  assert.throws(() => sourceKind('{oops'), /JSON/);
});

test('FAQPage (JSON-LD in an @graph): each question with its answer as plain text; one without an answer is skipped', async () => {
  const docs = await readSource(sourceReaders, faq, 'faq.json', 0, BASE);
  assert.equal(docs.length, 1);
  assert.equal(docs[0].kind, 'faq');
  assert.equal(docs[0].title, 'Cài VNeID cho mẹ thế nào?');
  assert.equal(docs[0].answer, 'Mang điện thoại của mẹ và thẻ căn cước đến Công an xã.\nCán bộ giúp kích hoạt.');
  assert.equal(docs[0].url, 'https://hoaloa.example/hoi-dap/#cai-vneid-cho-me');
  const index = await SearchIndex.build(docs);
  assert.equal(index.search('cai vneid cho me')[0]?.doc.title, 'Cài VNeID cho mẹ thế nào?');
});

test('a HowTo guide: the guide and each step, the step deep-linked "#buoc-N"', async () => {
  const docs = await readSource(sourceReaders, content('guides/vneid-muc-2.json'), 'guides/vneid-muc-2.json', 1, BASE);
  assert.ok(docs.length > 3);
  assert.ok(docs.every((d) => d.kind === 'guide' && d.group === docs[0].group));
  assert.equal(docs[0].step, undefined);
  assert.equal(docs[2].step, 2);
  assert.equal(docs[2].url, 'https://hoaloa.example/huong-dan/vneid-muc-2#buoc-2');
  const index = await SearchIndex.build(docs);
  const [hit] = index.search('cong an xa');
  assert.equal(hit.doc.kind, 'guide');
  assert.ok(hit.doc.step);
});

test('JSON Feed items, with their dates and tags', async () => {
  const docs = await readSource(sourceReaders, content('news.json'), 'news.json', 2, BASE);
  assert.ok(docs.length >= 10);
  assert.ok(docs.every((d) => d.kind === 'news' && d.date instanceof Date));
  const index = await SearchIndex.build(docs);
  assert.match(index.search('gia danh cong an')[0].doc.title, /giả danh công an/);
});

// RSS and Atom are read with the browser's DOMParser: test/components/loa-search.test.ts reads them.

test('iCalendar: one result per event, a recurring one at its next date', async () => {
  const now = new Date('2026-11-20T00:00:00Z');
  const docs = await readSource(sourceReaders, content('events.ics'), 'events.ics', 5, BASE, now);
  assert.ok(docs.length > 3);
  assert.equal(new Set(docs.map((d) => d.group)).size, docs.length);
  const index = await SearchIndex.build(docs);
  const [hit] = index.search('ngay hoi');
  assert.equal(hit.doc.kind, 'event');
  assert.match(hit.doc.title, /Ngày hội/);
  assert.ok(hit.doc.date!.getTime() >= now.getTime() || hit.doc.date!.getFullYear() === 2026);
});

test('the demo FAQ (demo/content/faq.json, faq.en.json): 25 questions or more, in NFC, and "cai vneid cho me" answered first', async () => {
  for (const [file, query, expected] of [
    ['faq.json', 'cai vneid cho me', 'cai-vneid-cho-nguoi-than'],
    ['faq.en.json', 'set up vneid for my mother', 'cai-vneid-cho-nguoi-than'],
  ] as const) {
    const text = content(file);
    assert.equal(text, text.normalize('NFC'), `${file} is NFC`);
    const docs = await readSource(sourceReaders, text, file, 0, BASE);
    assert.ok(docs.length >= 25, `${file}: ${docs.length} questions`);
    const index = await SearchIndex.build(docs);
    assert.equal(index.search(query)[0]?.doc.itemId, expected, `${file}: ${query}`);
  }
});
