// The progress spreadsheet reader (src/progress/progress-parse.ts): what
// Excel, LibreOffice and Google Sheets write as CSV, in Vietnamese and English.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readProgress, matchHeaders, MISSING_PREFIX} from '../../src/progress/progress-parse.js';
import {parseCount, parseDay, parsePercent} from '../../src/progress/progress-values.js';
import {ContentError} from '../../src/core/content-error.js';

const noSlice = {slice: () => undefined};

test('reads a comma-separated file with English headers and LF line endings', async () => {
  const csv = 'date,area,indicator,label,value,total,target\n2026-10-20,Thôn Đông,vneid-2,VNeID level 2,820,1000,80%\n';
  const sheet = await readProgress(csv, noSlice);
  assert.equal(sheet.delimiter, ',');
  assert.deepEqual(sheet.problems, []);
  assert.deepEqual(sheet.counts, [
    {line: 2, date: '2026-10-20', area: 'Thôn Đông', indicator: 'vneid-2', label: 'VNeID level 2', value: 820, total: 1000, target: 80},
  ]);
});

test('reads a semicolon-separated file with a BOM, CRLF and Vietnamese headers, as Excel writes it', async () => {
  const csv = '\uFEFFNgày;Thôn;Chỉ tiêu;Đạt;Tổng;Mục tiêu\r\n20/10/2026;Thôn Tây;chu-ky-so;1.240;2 480;80,5%\r\n';
  const sheet = await readProgress(csv, noSlice);
  assert.equal(sheet.delimiter, ';');
  assert.equal(sheet.counts.length, 1);
  assert.deepEqual(
    {...sheet.counts[0]},
    {line: 2, date: '2026-10-20', area: 'Thôn Tây', indicator: 'chu-ky-so', label: '', value: 1240, total: 2480, target: 80.5}
  );
});

test('headers match ignoring case, spaces and diacritics, in either language, Ấp and Thôn included', () => {
  assert.deepEqual(matchHeaders(['NGAY', 'khu vuc', 'CHỈ TIÊU', 'dat', 'TONG', 'muc tieu', 'ten chi tieu', 'Hạn']), {
    date: 0,
    area: 1,
    indicator: 2,
    value: 3,
    total: 4,
    target: 5,
    label: 6,
    deadline: 7,
  });
  assert.equal(matchHeaders(['Ấp']).area, 0);
  assert.equal(matchHeaders(['Thôn']).area, 0);
  assert.equal(matchHeaders(['Area']).area, 0);
});

test('a quoted field holds the separator, quotes and a line break; row numbers are the spreadsheet rows', async () => {
  const csv = [
    'Ngày;Khu vực;Chỉ tiêu;Tên chỉ tiêu;Đạt;Tổng',
    '20/10/2026;"Thôn Đông; xóm 1";vneid-2;"Tài khoản ""mức 2""\nVNeID";10;20',
    '20/10/2026;Thôn Tây;vneid-2;;x;20',
  ].join('\r\n');
  const sheet = await readProgress(csv, noSlice);
  assert.equal(sheet.counts[0].area, 'Thôn Đông; xóm 1');
  assert.equal(sheet.counts[0].label, 'Tài khoản "mức 2"\nVNeID');
  assert.deepEqual(sheet.problems, [{line: 3, column: 'value', reason: 'number', text: 'x'}]);
});

test('read in small chunks with a pause after each, a field cut in two still reads whole', async () => {
  const rows = ['date,area,indicator,value,total'];
  for (let i = 0; i < 50; i++) rows.push(`2026-10-${String((i % 28) + 1).padStart(2, '0')},"Thôn ${i},\nB",vneid-2,${i},100`);
  let pauses = 0;
  const sheet = await readProgress(rows.join('\n'), {chunkSize: 37, slice: () => (pauses++, new Promise((r) => setTimeout(r)))});
  assert.equal(sheet.counts.length, 50);
  // An area's line break is a space: a village has a one-line name.
  assert.equal(sheet.counts[49].area, 'Thôn 49, B');
  assert.equal(sheet.counts[49].line, 51);
  assert.ok(pauses > 10);
});

test('numbers: thousands separators, whole counts only', () => {
  assert.equal(parseCount('1240'), 1240);
  assert.equal(parseCount('1.240'), 1240);
  assert.equal(parseCount('1 240'), 1240);
  assert.equal(parseCount('1\u00a0240'), 1240);
  assert.equal(parseCount('1,240'), 1240);
  assert.equal(parseCount('1.240.000'), 1_240_000);
  assert.equal(parseCount('12,5'), undefined);
  assert.equal(parseCount('1.24'), undefined);
  assert.equal(parseCount('1.240,000'), undefined);
  assert.equal(parseCount('-3'), undefined);
  assert.equal(parseCount(''), undefined);
  // The quick reader's edges agree with the long way round.
  assert.equal(parseCount('007'), 7);
  assert.equal(parseCount('1 240 000'), 1_240_000);
  assert.equal(parseCount(' 1.240 '), 1240);
  assert.equal(parseCount('1\u202f240'), 1240);
  assert.equal(parseCount('1240.000'), undefined);
  assert.equal(parseCount('1.240.'), undefined);
  assert.equal(parseCount('.240'), undefined);
  assert.equal(parseCount('1,240.000'), undefined);
  assert.equal(parseCount('1.2400'), undefined);
  assert.equal(parseCount('12345678901234567'), 12345678901234567);
});

test('percents: 80, 80%, 80,5%, 80.5 %; out of 0–100 is not read', () => {
  assert.equal(parsePercent('80'), 80);
  assert.equal(parsePercent('80%'), 80);
  assert.equal(parsePercent('80,5%'), 80.5);
  assert.equal(parsePercent('80.5 %'), 80.5);
  assert.equal(parsePercent('120%'), undefined);
  assert.equal(parsePercent('tám mươi'), undefined);
});

test('dates: dd/mm/yyyy and yyyy-mm-dd; days that do not exist are not read', () => {
  assert.equal(parseDay('20/10/2026'), '2026-10-20');
  assert.equal(parseDay('5/1/2026'), '2026-01-05');
  assert.equal(parseDay('20.10.2026'), '2026-10-20');
  assert.equal(parseDay('2026-10-20'), '2026-10-20');
  assert.equal(parseDay('2026-10-20 00:00:00'), '2026-10-20');
  assert.equal(parseDay('31/02/2026'), undefined);
  assert.equal(parseDay('10/20/2026'), undefined);
  assert.equal(parseDay('hôm qua'), undefined);
});

test('a missing required column is an error naming every missing column', async () => {
  await assert.rejects(readProgress('Ngày;Khu vực;Chỉ tiêu;Đạt\n20/10/2026;Thôn Đông;vneid-2;5\n', noSlice), (error: unknown) => {
    assert.ok(error instanceof ContentError);
    assert.equal(error.kind, 'invalid');
    assert.equal(error.detail, `${MISSING_PREFIX}total`);
    return true;
  });
  await assert.rejects(readProgress('Thôn;Đạt\n', noSlice), (error: unknown) => {
    assert.equal((error as ContentError).detail, `${MISSING_PREFIX}date, indicator, total`);
    return true;
  });
});

test('bad rows are skipped and counted with their row and column; the rest is read', async () => {
  const csv = [
    'Ngày;Khu vực;Chỉ tiêu;Đạt;Tổng;Mục tiêu;Hạn',
    '20/10/2026;Thôn Đông;vneid-2;10;20;80;31/12/2026',
    '31/02/2026;Thôn Tây;vneid-2;10;20;;',
    ';Thôn Tây;vneid-2;10;20;;',
    '20/10/2026;Thôn Tây;;10;20;;',
    '20/10/2026;Thôn Tây;vneid-2;30;20;;',
    '20/10/2026;Thôn Tây;vneid-2;10;0;;',
    '20/10/2026;Thôn Tây;vneid-2;10;20;tám mươi;',
    '20/10/2026;Thôn Tây;vneid-2;10;20;;sớm',
    ';;;;;;',
    '20/10/2026;Thôn Bến Đò;vneid-2;5;20;;',
  ].join('\n');
  const sheet = await readProgress(csv, noSlice);
  assert.deepEqual(
    sheet.counts.map((count) => [count.line, count.area]),
    [
      [2, 'Thôn Đông'],
      [11, 'Thôn Bến Đò'],
    ]
  );
  assert.equal(sheet.counts[0].deadline, '2026-12-31');
  assert.deepEqual(sheet.problems, [
    {line: 3, column: 'date', reason: 'date', text: '31/02/2026'},
    {line: 4, column: 'date', reason: 'empty', text: ''},
    {line: 5, column: 'indicator', reason: 'empty', text: ''},
    {line: 6, column: 'value', reason: 'over-total', text: '30'},
    {line: 7, column: 'total', reason: 'number', text: '0'},
    {line: 8, column: 'target', reason: 'percent', text: 'tám mươi'},
    {line: 9, column: 'deadline', reason: 'date', text: 'sớm'},
  ]);
});

test('"Toàn xã" and an empty area are the whole commune', async () => {
  const csv = 'Ngày,Khu vực,Chỉ tiêu,Đạt,Tổng\n20/10/2026,Toàn xã,vneid-2,1,2\n20/10/2026,,vneid-2,1,2\n20/10/2026,TOAN XA,vneid-2,1,2\n';
  const sheet = await readProgress(csv, noSlice);
  assert.deepEqual(sheet.counts.map((count) => count.area), ['', '', '']);
});

test('not a CSV at all: an HTML page, an empty file, a file with no readable row', async () => {
  await assert.rejects(readProgress('<!doctype html><html><body>Sheets</body></html>', noSlice), {kind: 'format'});
  await assert.rejects(readProgress('\uFEFF  \n', noSlice), {kind: 'invalid', detail: 'empty'});
  await assert.rejects(readProgress('date,area,indicator,value,total\nx,y,z,1,2\n', noSlice), {kind: 'invalid', detail: 'no readable rows (1 skipped)'});
});

test('a semicolon file whose data rows hold commas ("80,5%") is still told by its header', async () => {
  const csv = 'Ngày;Khu vực;Chỉ tiêu;Đạt;Tổng;Mục tiêu\n20/10/2026;Thôn Đông;vneid-2;1;2;80,5%\n20/10/2026;Thôn Tây;vneid-2;1;2;80,5%\n';
  const sheet = await readProgress(csv, noSlice);
  assert.equal(sheet.delimiter, ';');
  assert.deepEqual(sheet.counts.map((count) => count.target), [80.5, 80.5]);
});

test('text is NFC: decomposed Vietnamese from a Mac export reads as composed', async () => {
  const csv = 'date,area,indicator,value,total\n2026-10-20,' + 'Thôn Đông'.normalize('NFD') + ',vneid-2,1,2\n';
  const sheet = await readProgress(csv, noSlice);
  assert.equal(sheet.counts[0].area, 'Thôn Đông');
});

test('the file is decoded in pieces: a BOM dropped, a character cut between two pieces kept whole', async () => {
  const {decodeCsv} = await import('../../src/progress/progress-read.js');
  // 'Đ' is two bytes in UTF-8: its first byte ends the first 128 kB piece.
  const text = `${'a'.repeat(128 * 1024 - 4)}Đông;${'b'.repeat(200_000)}ồ`;
  const bytes = new TextEncoder().encode(`\uFEFF${text}`);
  let slices = 0;
  assert.equal(await decodeCsv(bytes.buffer, () => void slices++), text);
  assert.equal(slices, 3);
});
