/*
 * The words the presentations say about a guide: durations and language
 * names (what is wrong with a guide is in howto-problems.ts). Call these
 * inside a render, so msg() answers in the element's language.
 */
import {msg, str} from '@lit/localize';
import {intlLocale, type Locale} from '../core/locale.js';
import type {Duration} from './howto-model.js';

type Unit = 'day' | 'hour' | 'minute';

/** Formats, kept: making one costs a slow PC about 15 ms each time (and far more the first time). */
const unitFormats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: Locale, unit: Unit): Intl.NumberFormat {
  const key = `${locale} ${unit}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), {style: 'unit', unit, unitDisplay: 'long'});
    unitFormats.set(key, format);
  }
  return format;
}

/** "khoảng 1 giờ 30 phút" / "about 1 hour 30 minutes". */
export function durationWords(duration: Duration, locale: Locale): string {
  const parts: string[] = [];
  const unit = (unit: Unit, value: number) => unitFormat(locale, unit).format(value);
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
