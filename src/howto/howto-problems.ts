/*
 * What is wrong with a guide, in words a webmaster can act on: each problem,
 * the summary the status box shows, and the error of a guide that cannot be
 * shown. In the entry, beside the status box that says it (the presentations
 * are a chunk of their own, howto-views.ts). Call these inside a render or
 * `localize()`, so msg() answers in the element's language.
 */
import {msg, str} from '@lit/localize';
import {ContentError} from '../core/content-error.js';
import {errorMessage} from '../core/content-status.js';
import type {Locale} from '../core/locale.js';
import type {Problem} from './howto-model.js';

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
    case 'bad-citation':
      return msg('một nguồn (citation) không có địa chỉ hay tên nên bị bỏ qua');
    case 'bad-date':
      return msg('ngày kiểm tra (dateModified) không đúng dạng YYYY-MM-DD nên không hiển thị');
  }
}

/** All errors of a guide as one sentence for the status box. */
export function problemsSummary(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  return errors.map(problemMessage).join('; ');
}

/**
 * A document that was read but cannot be shown as a guide. Its `detail` is
 * already in the reader's words (`detailLang`), and its problems are kept, so
 * the status box can say them again in whatever language the element has
 * when it renders.
 */
export class GuideError extends ContentError {
  constructor(
    kind: 'format' | 'invalid',
    readonly problems: Problem[],
    detail: string,
    url: string,
    lang: Locale
  ) {
    super(kind, detail, url, lang);
  }
}

/**
 * The status box's sentence for content that did not parse (its `describe`).
 * A guide with errors says which after core's general sentence: a webmaster
 * reading "Bước 3 không có nội dung." knows what to fix, and a resident still
 * learns why nothing is shown. A file that is not a guide at all, and
 * anything else, is said as core says it, the parser's words folded away.
 */
export function guideProblem(error: ContentError, locale: Locale): string {
  const general = errorMessage(error, locale);
  if (!(error instanceof GuideError) || error.kind !== 'invalid') return general;
  const summary = problemsSummary(error.problems);
  if (!summary) return general;
  return `${general} ${summary.charAt(0).toLocaleUpperCase(locale)}${summary.slice(1)}.`;
}
