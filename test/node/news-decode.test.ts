import {test} from 'node:test';
import assert from 'node:assert/strict';
import {decodeFeed, httpCharset, xmlDeclaredEncoding} from '../../src/news/feed-decode.js';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p))).buffer;

// "Tiếng Việt" in windows-1258: ê is 0xEA, then a combining acute (0xEC) or dot below (0xF2).
const VIET_1258: Array<string | number[]> = ['Ti', [0xea, 0xec], 'ng Vi', [0xea, 0xf2], 't'];

test('honours the XML declaration: windows-1258', () => {
  const buffer = bytes('<?xml version="1.0" encoding="windows-1258"?><rss><title>', ...VIET_1258, '</title></rss>');
  const text = decodeFeed(buffer, 'application/xml');
  assert.ok(text.normalize('NFC').includes('Tiếng Việt'), text);
});

test('the HTTP charset beats the declaration, a BOM beats both', () => {
  const utf8 = [...Buffer.from('<?xml version="1.0" encoding="windows-1258"?><t>Việt</t>', 'utf8')];
  assert.ok(decodeFeed(new Uint8Array(utf8).buffer, 'text/xml; charset=utf-8').includes('Việt'));
  assert.ok(decodeFeed(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]).buffer, 'text/xml; charset=windows-1258').includes('Việt'));
  const utf16 = [0xff, 0xfe, ...Buffer.from('<t>Việt</t>', 'utf16le')];
  assert.equal(decodeFeed(new Uint8Array(utf16).buffer, null), '<t>Việt</t>');
});

test('unknown labels and ASCII claims fall back sensibly', () => {
  const utf8 = new Uint8Array(Buffer.from('<?xml version="1.0" encoding="x-no-such"?><t>Việt</t>', 'utf8')).buffer;
  assert.ok(decodeFeed(utf8, 'text/plain;charset=US-ASCII').includes('Việt'));
  assert.equal(httpCharset('application/rss+xml; charset="ISO-8859-1"'), 'ISO-8859-1');
  assert.equal(httpCharset('application/json'), undefined);
  assert.equal(xmlDeclaredEncoding(new Uint8Array(Buffer.from("<?xml version='1.0' encoding='UTF-8'?>"))), 'UTF-8');
  assert.equal(xmlDeclaredEncoding(new Uint8Array(Buffer.from('<rss encoding="x">'))), undefined);
});

test('undeclared bytes that are not UTF-8 are read as windows-1258, the old Vietnamese code page', () => {
  const legacy = bytes('<rss><title>', ...VIET_1258, '</title></rss>');
  assert.ok(decodeFeed(legacy, 'application/xml').normalize('NFC').includes('Tiếng Việt'));
  // Valid UTF-8 with no declaration stays UTF-8.
  assert.ok(decodeFeed(new Uint8Array(Buffer.from('<t>Tiếng Việt</t>', 'utf8')).buffer, null).includes('Tiếng Việt'));
});

test('finds the declared encoding after the line break NukeViet puts before the declaration', () => {
  const buffer = bytes('\n  <?xml version="1.0" encoding="windows-1258"?><rss><title>', ...VIET_1258, '</title></rss>');
  assert.equal(xmlDeclaredEncoding(new Uint8Array(buffer)), 'windows-1258');
  assert.ok(decodeFeed(buffer, 'application/xml').normalize('NFC').includes('Tiếng Việt'));
});
