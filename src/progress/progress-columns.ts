/*
 * The columns of a progress spreadsheet and their headers. A module of its
 * own, small, because <loa-progress> names a missing column in its error
 * (loa-progress.ts, in the entry) without loading the reader.
 */

export type Column = 'date' | 'area' | 'indicator' | 'label' | 'value' | 'total' | 'target' | 'deadline';

/** The columns a spreadsheet must have. */
export const REQUIRED_COLUMNS: readonly Column[] = ['date', 'area', 'indicator', 'value', 'total'];

/**
 * Each column's header: Vietnamese as the error names it, English, and other
 * names it goes by. Matched folded, without spaces: "KHU VỰC", "Khu vuc" and
 * "khuvuc" are the same header.
 */
export const HEADERS: Record<Column, {vi: string; en: string; also?: string[]}> = {
  date: {vi: 'Ngày', en: 'date', also: ['ngày báo cáo', 'ngày số liệu']},
  area: {vi: 'Khu vực', en: 'area', also: ['thôn', 'ấp', 'bản', 'tổ dân phố', 'village', 'hamlet']},
  indicator: {vi: 'Chỉ tiêu', en: 'indicator', also: ['mã chỉ tiêu', 'id']},
  label: {vi: 'Tên chỉ tiêu', en: 'label'},
  value: {vi: 'Đạt', en: 'value', also: ['số đạt', 'reached']},
  total: {vi: 'Tổng', en: 'total', also: ['tổng số']},
  target: {vi: 'Mục tiêu', en: 'target'},
  deadline: {vi: 'Hạn', en: 'deadline', also: ['thời hạn']},
};

/** The detail of the error for missing columns: "missing columns: total, value" (progressProblem() words it). */
export const MISSING_PREFIX = 'missing columns: ';

