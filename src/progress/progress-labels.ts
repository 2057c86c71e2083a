import {msg} from '@lit/localize';
import {fold} from '../core/text.js';

/*
 * The campaign's usual indicators, named in the reader's language, and what
 * each one counts (people, households, applications). A spreadsheet's own
 * `label` column wins over these names. Call inside a render or localize().
 */

/** The built-in name of an indicator id, or undefined for an id Loa does not know. */
export function builtInLabel(id: string): string | undefined {
  switch (fold(id)) {
    case 'vneid-2':
      return msg('Người dân có tài khoản định danh điện tử mức 2 (VNeID)');
    case 'ky-nang-so':
      return msg('Người dân có kỹ năng số cơ bản');
    case 'chu-ky-so':
      return msg('Người trưởng thành có chữ ký số cá nhân');
    case 'gia-dinh-so':
      return msg('Hộ gia đình đạt “Gia đình số”');
    case 'dich-vu-cong':
      return msg('Hồ sơ dịch vụ công nộp trực tuyến');
    case 'thanh-toan-so':
      return msg('Người dân dùng thanh toán không tiền mặt');
    default:
      return undefined;
  }
}

/** What one unit of an indicator is, as a word after a number ("148 người"); '' when unknown. */
export function unitOf(id: string): string {
  switch (fold(id)) {
    case 'gia-dinh-so':
      return msg('hộ');
    case 'dich-vu-cong':
      return msg('hồ sơ');
    case 'vneid-2':
    case 'ky-nang-so':
    case 'chu-ky-so':
    case 'thanh-toan-so':
      return msg('người');
    default:
      return '';
  }
}

/** The label shown: the spreadsheet's, else the built-in one, else the id itself. */
export function labelOf(indicator: {id: string; label: string}): string {
  return indicator.label || builtInLabel(indicator.id) || indicator.id;
}
