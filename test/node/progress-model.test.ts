// Progress from counts (src/progress/progress-model.ts): the commune figure,
// villages carried from their latest count, "Toàn xã" rows as given, change,
// trend and deadline; and the built-in indicator labels.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readProgress} from '../../src/progress/progress-parse.js';
import {aggregate, daysUntil, meets, percentOf, shortBy} from '../../src/progress/progress-model.js';
import {builtInLabel, labelOf, unitOf} from '../../src/progress/progress-labels.js';

const read = async (lines: string[]) => aggregate(await readProgress(lines.join('\n'), {slice: () => undefined}));
const HEAD = 'Ngày;Khu vực;Chỉ tiêu;Đạt;Tổng;Mục tiêu';

test('the commune figure is the sum of the villages at the latest date', async () => {
  const {indicators} = await read([
    HEAD,
    '20/09/2026;Thôn Đông;vneid-2;700;1.000;80',
    '20/09/2026;Thôn Tây;vneid-2;1.500;3.000;80',
    '20/10/2026;Thôn Đông;vneid-2;852;1.000;80',
    '20/10/2026;Thôn Tây;vneid-2;2.200;3.000;80',
  ]);
  assert.equal(indicators.length, 1);
  const [vneid] = indicators;
  assert.equal(vneid.date, '2026-10-20');
  assert.deepEqual(vneid.commune, {value: 3052, total: 4000, date: '2026-10-20', given: false});
  assert.deepEqual(vneid.previous, {value: 2200, total: 4000, date: '2026-09-20', given: false});
  assert.equal(Math.round(percentOf(vneid.commune) * 10) / 10, 76.3);
  assert.equal(shortBy(vneid.commune, 80), 148);
  assert.equal(meets(vneid.commune, 80), false);
  assert.equal(vneid.target, 80);
  // Villages, highest percent first, each with its count before.
  assert.deepEqual(
    vneid.areas.map((a) => [a.area, a.now.value, a.previous?.value]),
    [
      ['Thôn Đông', 852, 700],
      ['Thôn Tây', 2200, 1500],
    ]
  );
  assert.deepEqual(
    vneid.trend.map((f) => [f.date, f.value, f.total]),
    [
      ['2026-09-20', 2200, 4000],
      ['2026-10-20', 3052, 4000],
    ]
  );
});

test('a village with no count on the latest date is carried from its latest earlier count, with its own date', async () => {
  const {indicators} = await read([
    HEAD,
    '20/09/2026;Thôn Gò Mít;ky-nang-so;300;1.000;80',
    '20/10/2026;Thôn Đông;ky-nang-so;900;1.000;80',
  ]);
  const [skills] = indicators;
  assert.deepEqual(skills.commune, {value: 1200, total: 2000, date: '2026-10-20', given: false});
  const goMit = skills.areas.find((a) => a.area === 'Thôn Gò Mít');
  assert.deepEqual(goMit?.now, {value: 300, total: 1000, date: '2026-09-20'});
  assert.equal(goMit?.previous, undefined);
});

test('a "Toàn xã" row is the commune figure as given, never added to the villages', async () => {
  const {indicators} = await read([
    HEAD,
    '20/10/2026;Thôn Đông;gia-dinh-so;50;100;100',
    '20/10/2026;Thôn Tây;gia-dinh-so;60;100;100',
    '20/10/2026;Toàn xã;gia-dinh-so;400;800;100',
    '20/11/2026;;gia-dinh-so;500;800;100',
  ]);
  const [family] = indicators;
  assert.deepEqual(family.commune, {value: 500, total: 800, date: '2026-11-20', given: true});
  assert.deepEqual(family.previous, {value: 400, total: 800, date: '2026-10-20', given: true});
  assert.deepEqual(
    family.areas.map((a) => a.area),
    ['Thôn Tây', 'Thôn Đông']
  );
  assert.equal(shortBy(family.commune, 100), 300);
});

test('indicators keep the file order; ids match without case; the first label wins; the latest target and deadline win', async () => {
  const {indicators} = await read([
    'date,area,indicator,label,value,total,target,deadline',
    '2026-09-20,A,chu-ky-so,,1,10,50,2026-12-31',
    '2026-09-20,A,vneid-2,Tài khoản VNeID,1,10,,',
    '2026-10-20,A,VNEID-2,Khác,2,10,80,',
    '2026-10-20,A,chu-ky-so,Chữ ký số,2,10,60,2027-06-30',
  ]);
  assert.deepEqual(
    indicators.map((i) => [i.id, i.label, i.target, i.deadline]),
    [
      ['chu-ky-so', 'Chữ ký số', 60, '2027-06-30'],
      ['vneid-2', 'Tài khoản VNeID', 80, undefined],
    ]
  );
});

test('two rows for one village and day: the later row corrects the earlier', async () => {
  const {indicators} = await read([HEAD, '20/10/2026;A;x;1;10;', '20/10/2026;A;x;3;10;']);
  assert.equal(indicators[0].commune.value, 3);
  assert.equal(indicators[0].trend.length, 1);
});

test('met: at or over the target; short by rounds up to whole people', () => {
  assert.equal(meets({value: 80, total: 100}, 80), true);
  assert.equal(meets({value: 3, total: 6}, 50), true);
  assert.equal(meets({value: 79, total: 100}, 80), false);
  assert.equal(shortBy({value: 0, total: 3}, 50), 2);
  assert.equal(shortBy({value: 90, total: 100}, 80), 0);
  assert.equal(percentOf({value: 0, total: 0}), 0);
});

test('days until a deadline are counted in Vietnam, negative once past', () => {
  // 17:30 UTC on 30 Nov is already 1 Dec in Hà Nội.
  assert.equal(daysUntil('2026-12-31', new Date('2026-11-30T17:30:00Z')), 30);
  assert.equal(daysUntil('2026-12-31', new Date('2026-12-31T01:00:00Z')), 0);
  assert.equal(daysUntil('2026-12-01', new Date('2026-12-03T01:00:00Z')), -2);
});

test('built-in labels and units for the campaign indicators; a spreadsheet label wins', () => {
  for (const id of ['vneid-2', 'ky-nang-so', 'chu-ky-so', 'gia-dinh-so', 'dich-vu-cong', 'thanh-toan-so']) {
    assert.ok(builtInLabel(id), id);
  }
  assert.equal(builtInLabel('VNeID-2'), builtInLabel('vneid-2'));
  assert.equal(builtInLabel('khac'), undefined);
  assert.equal(unitOf('gia-dinh-so'), 'hộ');
  assert.equal(unitOf('vneid-2'), 'người');
  assert.equal(unitOf('khac'), '');
  assert.equal(labelOf({id: 'vneid-2', label: 'Của xã'}), 'Của xã');
  assert.equal(labelOf({id: 'khac', label: ''}), 'khac');
});
