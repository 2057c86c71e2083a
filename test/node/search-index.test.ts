// <loa-search>'s index (src/search/search-index.ts): folding, ranking (exact
// diacritics first, phrases before scattered words), typos, prefixes, synonyms
// and snippets.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {SearchIndex, typoAllowance} from '../../src/search/search-index.js';
import type {SearchDoc} from '../../src/search/search-model.js';
import {expand, parseSynonyms, synonymTable, words} from '../../src/search/synonyms.js';

let n = 0;
function doc(title: string, text = '', extra: Partial<SearchDoc> = {}): SearchDoc {
  const id = `d${++n}`;
  return {id, group: id, itemId: id, kind: 'faq', title, text, source: 'test', ...extra};
}

async function titles(docs: SearchDoc[], query: string, synonyms: string[][] = []): Promise<string[]> {
  const index = await SearchIndex.build(docs, synonyms);
  return index.search(query).map((hit) => hit.doc.title);
}

test('words are folded: no diacritics, đ→d, any case; composed or not', async () => {
  const docs = [doc('Ngày hội toàn dân học tập số'), doc('Đăng ký tài khoản')];
  assert.deepEqual(await titles(docs, 'ngay hoi'), ['Ngày hội toàn dân học tập số']);
  assert.deepEqual(await titles(docs, 'DANG KY'), ['Đăng ký tài khoản']);
  assert.deepEqual(await titles(docs, 'Ngày hội'.normalize('NFD')), ['Ngày hội toàn dân học tập số']);
  assert.deepEqual(words('Đường  Quốc-lộ 1A'), ['duong', 'quoc', 'lo', '1a']);
});

test('an exact-diacritic match ranks above a folded one: "đường" before "dương"', async () => {
  const docs = [doc('Hỏi về dương lịch', 'Ngày dương lịch'), doc('Hỏi về đường đi', 'Đường đến xã')];
  assert.deepEqual(await titles(docs, 'đường'), ['Hỏi về đường đi', 'Hỏi về dương lịch']);
  assert.deepEqual(await titles(docs, 'dương'), ['Hỏi về dương lịch', 'Hỏi về đường đi']);
  // Without diacritics, both are found.
  assert.equal((await titles(docs, 'duong')).length, 2);
});

test('typos: none under 4 letters, one from 4, two from 8', async () => {
  assert.equal(typoAllowance('cai'), 0);
  assert.equal(typoAllowance('vneid'), 1);
  assert.equal(typoAllowance('chuyenkhoan'), 2);
  const docs = [doc('Cài VNeID trên điện thoại'), doc('Thanh toán không dùng tiền mặt bằng chuyenkhoan')];
  assert.deepEqual(await titles(docs, 'vneit'), ['Cài VNeID trên điện thoại']);
  assert.deepEqual(await titles(docs, 'chuyenkhaon'), ['Thanh toán không dùng tiền mặt bằng chuyenkhoan']);
  assert.deepEqual(await titles(docs, 'vnxit'), []);
  // Three letters: no typo forgiven ("cia" is not "cài").
  assert.deepEqual(await titles([doc('Cài đặt')], 'cia'), []);
});

test('the last word matches as a prefix while it is typed', async () => {
  const docs = [doc('Ngày hội toàn dân học tập số'), doc('Ngân hàng')];
  assert.equal((await titles(docs, 'ngay h'))[0], 'Ngày hội toàn dân học tập số');
  assert.equal((await titles(docs, 'ngan h'))[0], 'Ngân hàng');
});

test('adjacent syllables rank above scattered ones', async () => {
  const scattered = doc('Vụ mùa', 'Dịch bệnh trên lúa, vụ đông xuân và công việc đồng áng');
  const phrase = doc('Cổng trực tuyến', 'Nộp hồ sơ trên dịch vụ công');
  assert.deepEqual(await titles([scattered, phrase], 'dich vu cong'), ['Cổng trực tuyến', 'Vụ mùa']);
});

test('a result holds more than half of a longer query: "cho" alone is not one', async () => {
  const docs = [doc('Cài VNeID cho bố mẹ', 'Cài ứng dụng VNeID cho người thân'), doc('Đi chợ cho vui')];
  assert.deepEqual(await titles(docs, 'cai vneid cho me'), ['Cài VNeID cho bố mẹ']);
});

test('abbreviations find what they stand for, and back', async () => {
  const docs = [doc('Làm lại thẻ căn cước công dân'), doc('Đăng nhập định danh điện tử'), doc('Ký hợp đồng bằng chữ ký số'), doc('Nhận mã xác thực qua tin nhắn')];
  assert.deepEqual(await titles(docs, 'cccd'), ['Làm lại thẻ căn cước công dân']);
  assert.deepEqual(await titles(docs, 'vneid'), ['Đăng nhập định danh điện tử']);
  assert.deepEqual(await titles(docs, 'CKS'), ['Ký hợp đồng bằng chữ ký số']);
  assert.deepEqual(await titles(docs, 'otp'), ['Nhận mã xác thực qua tin nhắn']);
  assert.deepEqual(await titles([doc('Mất CCCD thì làm sao')], 'can cuoc cong dan'), ['Mất CCCD thì làm sao']);
  assert.deepEqual(await titles([doc('Nộp hồ sơ trên DVC')], 'dịch vụ công'), ['Nộp hồ sơ trên DVC']);
});

test('a synonyms file extends the table', async () => {
  const groups = parseSynonyms('{"sổ đỏ": ["giấy chứng nhận quyền sử dụng đất"], "bad": 3}');
  assert.deepEqual(groups, [['sổ đỏ', 'giấy chứng nhận quyền sử dụng đất']]);
  assert.deepEqual(await titles([doc('Cấp giấy chứng nhận quyền sử dụng đất')], 'so do', groups), ['Cấp giấy chứng nhận quyền sử dụng đất']);
  assert.throws(() => parseSynonyms('[1]'));
  const table = synonymTable([['BHYT', 'bảo hiểm y tế']]);
  assert.deepEqual(expand(['the', 'bhyt'], table), [{covers: [1], words: ['bao', 'hiem', 'y', 'te']}]);
});

test('snippets mark the matched words, around the first match', async () => {
  const long = `${'Lời mở đầu dài dòng. '.repeat(12)}Mang theo điện thoại và thẻ căn cước đến Trung tâm phục vụ hành chính công. ${'Phần kết. '.repeat(12)}`;
  const index = await SearchIndex.build([doc('Giấy tờ mang theo', long)]);
  const [hit] = index.search('can cuoc');
  const marked = hit.snippet.filter((s) => s.mark).map((s) => s.text);
  // "thẻ căn cước" is one of the synonyms of "căn cước": all three words are marked, as one run.
  assert.deepEqual(marked, ['thẻ căn cước']);
  assert.equal(hit.snippet[0].text, '… ');
  assert.ok(hit.snippet.map((s) => s.text).join('').includes('Mang theo điện thoại'));
  assert.deepEqual(hit.title.filter((s) => s.mark), []);
});

test('marks follow what matched: whole words compared folded, not every word a typo or a prefix reaches', async () => {
  const marked = (hit: {title: {text: string; mark: boolean}[]; snippet: {text: string; mark: boolean}[]}) =>
    [...hit.title, ...hit.snippet].filter((s) => s.mark).map((s) => s.text);
  // "cong" and "dan" are held as such: "Con" and "sông" (a typo away from "cong") are not marked.
  const [road] = (await SearchIndex.build([doc('Thẻ căn cước công dân', 'Con đường cong, sông dài, công dân đến')])).search('cong dan');
  assert.deepEqual(marked(road), ['công dân', 'cong', 'công dân']);
  // While "h" is typed after "ngay", only the word after "ngày" is marked, not every word in h.
  const [fair] = (await SearchIndex.build([doc('Ngày hội toàn dân', 'Ngày hội có hướng dẫn học tập, hồ sơ và hỏi đáp')])).search('ngay h');
  assert.deepEqual(marked(fair), ['Ngày hội', 'Ngày hội']);
  // A prefix of three letters or more marks the words it begins.
  const [guide] = (await SearchIndex.build([doc('Hướng dẫn', 'Cài ứng dụng VNeID trên điện thoại')])).search('vne');
  assert.deepEqual(marked(guide), ['VNeID']);
  // A typo marks the word it found in its place.
  const [typo] = (await SearchIndex.build([doc('Cài VNeID trên điện thoại', 'Mở VNeID, chọn Đăng nhập')])).search('vneit');
  assert.deepEqual(marked(typo), ['VNeID', 'VNeID']);
});

test('a guide gives one result, at its best matching step', async () => {
  const g = {kind: 'guide' as const, group: 'g', source: 'x'};
  const index = await SearchIndex.build([
    {...g, id: 'g', itemId: 'g', title: 'Cài VNeID', text: 'Hướng dẫn cài ứng dụng'},
    {...g, id: 'g#1', itemId: 'g', title: 'Cài VNeID', text: 'Tải ứng dụng từ kho', step: 1, url: 'https://x.test/g#buoc-1'},
    {...g, id: 'g#2', itemId: 'g', title: 'Cài VNeID', text: 'Quét mã QR trên thẻ căn cước', step: 2, url: 'https://x.test/g#buoc-2'},
  ]);
  const hits = index.search('quet ma qr');
  assert.equal(hits.length, 1);
  assert.equal(hits[0].doc.step, 2);
  assert.equal(hits[0].doc.url, 'https://x.test/g#buoc-2');
});

test('topics: the most frequent tags and categories', async () => {
  const index = await SearchIndex.build([
    doc('a', '', {topics: ['VNeID', 'Lừa đảo']}),
    doc('b', '', {topics: ['vneid']}),
    doc('c', '', {topics: ['Lớp học']}),
  ]);
  assert.deepEqual(index.topics(2), ['VNeID', 'Lớp học']);
});
