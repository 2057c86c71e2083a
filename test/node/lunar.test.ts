import {test} from 'node:test';
import assert from 'node:assert/strict';
import {formatLunarEn, formatLunarVi, lunarOfDayKey} from '../../src/schedule/lunar.js';
import {addDays} from '../../src/schedule/zoned-time.js';

const tet = (key: string, offset?: number) => {
  const lunar = lunarOfDayKey(key, offset);
  return lunar.day === 1 && lunar.month === 1 && !lunar.leap;
};

test('Tết (1/1 lunar) in Vietnam, 2024–2030', () => {
  // 2030 is a divergence year: the new moon of 2 Feb 2030 falls at 16:07 UTC,
  // 23:07 in Vietnam (still 2 Feb) but 00:07 on 3 Feb in China.
  const days = ['2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-02'];
  for (const key of days) {
    assert.ok(tet(key), `${key} is Tết`);
    assert.equal(lunarOfDayKey(addDays(key, -1)).month, 12, `the day before ${key} is in tháng Chạp`);
  }
  assert.equal(lunarOfDayKey('2025-01-29').year, 2025);
});

test('Chinese New Year (UTC+8) for the same years', () => {
  for (const key of ['2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03']) {
    assert.ok(tet(key, 8), `${key} is Chinese New Year`);
  }
  assert.ok(!tet('2030-02-02', 8));
  assert.ok(!tet('2030-02-03'), 'in Vietnam 3 Feb 2030 is the 2nd day of Tết');
  assert.deepEqual(lunarOfDayKey('2030-02-03'), {day: 2, month: 1, year: 2030, leap: false});
});

test('1985: Tết on 21 January in Vietnam, 20 February in China', () => {
  assert.ok(tet('1985-01-21'));
  assert.ok(!tet('1985-02-20'));
  assert.ok(tet('1985-02-20', 8));
  assert.ok(!tet('1985-01-21', 8));
});

test('Mid-autumn (15/8) and other known days', () => {
  assert.deepEqual(lunarOfDayKey('2025-10-06'), {day: 15, month: 8, year: 2025, leap: false});
  assert.deepEqual(lunarOfDayKey('2024-09-17'), {day: 15, month: 8, year: 2024, leap: false});
  // 2025 has a leap 6th month: 25 July 2025 is 1/6 nhuận.
  assert.deepEqual(lunarOfDayKey('2025-07-25'), {day: 1, month: 6, year: 2025, leap: true});
  assert.deepEqual(lunarOfDayKey('2025-06-25'), {day: 1, month: 6, year: 2025, leap: false});
  // The day before Tết 2026 is the last day of tháng Chạp of the previous lunar year.
  const eve = lunarOfDayKey('2026-02-16');
  assert.equal(eve.month, 12);
  assert.equal(eve.year, 2025);
});

test('wording', () => {
  assert.equal(formatLunarVi({day: 8, month: 8, year: 2025, leap: false}), 'Mùng 8 tháng 8 âm lịch');
  assert.equal(formatLunarVi({day: 10, month: 3, year: 2025, leap: false}), 'Mùng 10 tháng 3 âm lịch');
  assert.equal(formatLunarVi({day: 15, month: 8, year: 2025, leap: false}), 'Ngày 15 tháng 8 âm lịch');
  assert.equal(formatLunarVi({day: 1, month: 1, year: 2026, leap: false}), 'Mùng 1 tháng Giêng âm lịch');
  assert.equal(formatLunarVi({day: 23, month: 12, year: 2025, leap: false}), 'Ngày 23 tháng Chạp âm lịch');
  assert.equal(formatLunarVi({day: 1, month: 6, year: 2025, leap: true}), 'Mùng 1 tháng 6 nhuận âm lịch');
  assert.equal(formatLunarEn({day: 8, month: 8, year: 2025, leap: false}), 'Lunar 8/8');
});
