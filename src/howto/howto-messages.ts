/*
 * The words the presentations say about a guide: durations and language
 * names (what is wrong with a guide is in howto-problems.ts). Call these
 * inside a render, so msg() answers in the element's language.
 */
import {msg, str} from '@lit/localize';
import {intlLocale, type Locale} from '../core/locale.js';
import type {Duration} from './howto-model.js';

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
