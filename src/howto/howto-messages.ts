/*
 * The words <loa-howto> says about a guide: problems, durations, language
 * names. Call these inside a render or `localize()`, so msg() answers in the
 * element's language.
 */
import {msg, str} from '@lit/localize';
import {intlLocale, type Locale} from '../core/locale.js';
import type {Duration, Problem} from './howto-model.js';

/** One problem of a guide, in words a webmaster can act on. */
export function problemMessage(problem: Problem): string {
  const n = problem.step ?? 0;
  switch (problem.code) {
    case 'not-json':
      return msg('tệp hướng dẫn không phải JSON hợp lệ');
    case 'no-howto':
      return msg('không tìm thấy hướng dẫn (schema.org HowTo) trong tệp');
    case 'no-name':
      return msg('hướng dẫn chưa có tên (name)');
    case 'no-steps':
      return msg('hướng dẫn chưa có bước nào (step)');
    case 'step-empty':
      return msg(str`bước ${n} không có nội dung`);
    case 'bad-duration':
      return msg('thời gian (totalTime) không đúng định dạng ISO 8601');
    case 'image-no-url':
      return n ? msg(str`ảnh của bước ${n} không có địa chỉ`) : msg('ảnh của hướng dẫn không có địa chỉ');
    case 'image-no-alt':
      return n ? msg(str`ảnh của bước ${n} chưa có mô tả (caption)`) : msg('ảnh của hướng dẫn chưa có mô tả (caption)');
    case 'image-no-size':
      return n ? msg(str`ảnh của bước ${n} chưa có kích thước`) : msg('ảnh của hướng dẫn chưa có kích thước');
    case 'unsafe-url':
      return n
        ? msg(str`một địa chỉ ở bước ${n} không phải http hoặc https nên bị bỏ qua`)
        : msg('một địa chỉ của hướng dẫn không phải http hoặc https nên bị bỏ qua');
  }
}

/** All errors of a guide as one sentence for the status box. */
export function problemsSummary(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  return errors.map(problemMessage).join('; ');
}

/** "khoảng 1 giờ 30 phút" / "about 1 hour 30 minutes". */
export function durationWords(duration: Duration, locale: Locale): string {
  const parts: string[] = [];
  const unit = (unit: 'day' | 'hour' | 'minute', value: number) =>
    new Intl.NumberFormat(intlLocale(locale), {style: 'unit', unit, unitDisplay: 'long'}).format(value);
  if (duration.days) parts.push(unit('day', duration.days));
  if (duration.hours) parts.push(unit('hour', duration.hours));
  if (duration.minutes) parts.push(unit('minute', duration.minutes));
  const amount = parts.join(' ');
  return msg(str`khoảng ${amount}`);
}

/** The name of a content language, for "no voice for Vietnamese". */
export function languageName(tag: string): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  if (primary === 'vi') return msg('tiếng Việt');
  if (primary === 'en') return msg('tiếng Anh');
  return tag;
}
