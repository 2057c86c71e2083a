import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {LoaElement} from '../core/loa-element.js';
import {themeStyles} from '../core/theme.styles.js';
import {ContentController} from '../core/content-controller.js';
import {renderContentStatus} from '../core/content-status.js';
import type {ContentError} from '../core/content-error.js';
import {clockFrom} from '../core/dates.js';
import {DrawSteps} from '../core/draw-steps.js';
import {HEADERS, MISSING_PREFIX, type Column} from './progress-columns.js';
import type {Progress} from './progress-model.js';
// The reader (Papa Parse, the model) and the views load with the first
// spreadsheet, in parallel with its download: chunks of their own (progress-chunks.ts).
import {progressReader as reader, progressViews as views} from './progress-chunks.js';

/** `detail` of `loa-progress-export`. */
export interface ProgressExportDetail {
  filename: string;
  csv: string;
}

/**
 * The campaign's targets and how far each village has come, from the
 * spreadsheet the commune already keeps, published as CSV (comma or
 * semicolon, with or without a BOM, as Excel, LibreOffice or Google Sheets
 * write it; docs/progress.md).
 *
 * For each indicator, in this order: a sentence ("Toàn xã: 76,3 % (3.052/4.000
 * người), mục tiêu 80 % — chưa đạt, còn thiếu 148 người. Số liệu ngày
 * 20/10/2026."), bars by area with the target line (an SVG image with a
 * summarising name; met or not met said by a word and a mark), a data table,
 * and the commune's trend with its own table when there is more than one date.
 * Websites get "In báo cáo" (an A4 report) and "Tải bảng số liệu (CSV)"; with
 * `kiosk`, neither, and the tables are one tap away.
 *
 * @summary Campaign progress by indicator and village from a CSV spreadsheet: sentence, bars, tables, trend.
 * @tag loa-progress
 *
 * @attr {number} max-bytes - The largest file read, in bytes (default 5 MB, 5242880); a larger one is refused with an error that says so. Read by ContentController.
 *
 * @fires loa-progress-export - "Tải bảng số liệu (CSV)" was pressed. `detail: {filename, csv}`. Cancelable: call `preventDefault()` to handle the file yourself instead of the download.
 *
 * @csspart status - The loading, error or "last updated" box.
 * @csspart error - The error box (together with `status`).
 * @csspart button - Every button.
 * @csspart retry - The "Thử lại" button.
 * @csspart progress - The whole display, once a spreadsheet is read.
 * @csspart tools - The "In báo cáo" and "Tải bảng số liệu (CSV)" buttons (not with `kiosk`).
 * @csspart print - "In báo cáo".
 * @csspart export - "Tải bảng số liệu (CSV)".
 * @csspart problems - "Đã bỏ qua N dòng…": the rows that could not be read, each with its row number.
 * @csspart indicator - One indicator's section.
 * @csspart heading - Indicator headings.
 * @csspart sentence - The sentence that comes first.
 * @csspart bars - The bar chart (SVG, role="img").
 * @csspart trend - The trend chart (SVG, role="img").
 * @csspart toggle - "Xem bảng số liệu" (`kiosk` only; aria-expanded).
 * @csspart table-wrap - The scrolling region around a table.
 * @csspart table - A data table.
 *
 * @cssprop --loa-color-accent - Bars that reach the target, the trend line, buttons.
 * @cssprop --loa-progress-unmet - Bars short of the target (default #b34700); the word and the mark say it too.
 * @cssprop --loa-target-size - Minimum size of every touch target (the kiosk sets 3em).
 */
export class LoaProgress extends LoaElement {
  // Its own styles arrive with its views, a lazy chunk (loa-progress.styles.ts): loa.js carries none.
  static override styles = [themeStyles];

  /** URL of the CSV file. */
  @property() src = '';

  /** The clock, ISO 8601 (tests, demos); empty: the real time. Counts "còn N ngày" to a deadline. */
  @property() now = '';

  /** A deadline for every indicator the spreadsheet gives none (no `Hạn` column): dd/mm/yyyy or yyyy-mm-dd. */
  @property() deadline = '';

  /** The commune's name, at the top of the printed report. */
  @property() commune = '';

  /** The kiosk: no print or export (its lockdown forbids both), each indicator's tables behind "Xem bảng số liệu". */
  @property({type: Boolean, reflect: true}) kiosk = false;

  /** Indicators whose tables are open (kiosk). */
  @state() private open: ReadonlySet<string> = new Set();

  /**
   * How far the indicators are drawn, in steps (its sentence and bars, its
   * table, its trend, 50 villages a step: progress-views.ts): the first step at
   * once, then one more per frame, so a large file (200 villages × 10
   * indicators) never holds the main thread for long. `updateComplete` waits
   * for them all.
   */
  private readonly steps = new DrawSteps(this);
  private shownFor: Progress | undefined;
  private styled = false;

  private readonly content = new ContentController<Progress>(this, {
    // In slices, like the reading: a large file is megabytes of text (progress-read.ts).
    decode: async (bytes) => (await reader.load()).decodeCsv(bytes),
    parse: async (text) => {
      const [{readProgressCsv}] = await Promise.all([reader.load(), views.load()]);
      return readProgressCsv(text);
    },
  });

  private readonly actions = {
    toggle: (id: string) => {
      const open = new Set(this.open);
      if (!open.delete(id)) open.add(id);
      this.open = open;
    },
    print: () => window.print(),
    // The export's work is in the views chunk (progress-views.ts): loa.js carries none of it.
    exportCsv: () => {
      const progress = this.content.value;
      if (progress) void views.module?.exportFile(this, {progress, locale: this.locale, now: clockFrom(this.now)()}, (fn) => this.localize(fn));
    },
  };

  /** Loads the spreadsheet again, keeping what is shown if that fails. The kiosk calls this periodically. */
  refresh(): Promise<void> {
    return this.content.reload();
  }

  /** The computed progress, once loaded. */
  get progress(): Progress | undefined {
    return this.content.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) {
      this.open = new Set();
      if (this.src) {
        reader.prefetch();
        views.prefetch();
      }
      void this.content.load(this.src);
    }
    const presentations = views.module;
    if (presentations && !this.styled && this.shadowRoot) {
      // Before the first render that uses them, so nothing shows unstyled.
      this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, presentations.progressSheet()];
      this.styled = true;
    }
    const progress = this.content.value;
    if (progress !== this.shownFor) {
      this.shownFor = progress;
      if (progress) this.steps.start(() => views.module?.steps(progress) ?? 0);
      else this.steps.stop();
    }
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.steps.after(() => super.getUpdateComplete());
  }

  override render() {
    const progress = this.content.value;
    const presentations = views.module;
    return html`<div class="loa-root" lang=${this.locale}>
      ${renderContentStatus({
        error: this.content.error,
        loading: this.content.loading,
        loadedAt: this.content.loadedAt,
        hasContent: progress !== undefined,
        locale: this.locale,
        onRetry: () => void this.content.reload(),
        describe: progressProblem,
      })}
      ${progress && presentations
        ? presentations.renderProgress(
            {
              progress,
              locale: this.locale,
              level: this.level,
              now: clockFrom(this.now)(),
              deadline: this.deadline,
              kiosk: this.kiosk,
              open: this.open,
              src: this.src ? new URL(this.src, document.baseURI).href : '',
              commune: this.commune,
              shown: this.steps.shown,
            },
            this.actions
          )
        : nothing}
    </div>`;
  }
}

/**
 * What is wrong with a spreadsheet that could not be read, said for the
 * reader: a missing column by its header ("thiếu cột Tổng (total)"); core's
 * status box folds the parser's own words into "Chi tiết kỹ thuật". Call
 * inside a render.
 */
function progressProblem(error: ContentError): string {
  if (error.kind === 'format') return msg('Địa chỉ này không phải một bảng số liệu CSV. Hãy xuất bảng tính ra tệp CSV, hoặc “Xuất bản lên web” dạng CSV.');
  if (error.detail.startsWith(MISSING_PREFIX)) {
    const columns = error.detail.slice(MISSING_PREFIX.length).split(', ') as Column[];
    const names = columns.map((column) => `${HEADERS[column]?.vi ?? column} (${column})`).join(', ');
    return msg(str`Bảng số liệu thiếu cột ${names}, nên chưa hiển thị được. Người quản lý trang cần thêm cột này vào bảng tính.`);
  }
  return msg('Bảng số liệu không có dòng nào đọc được. Trang web đăng bảng này cần kiểm tra lại các cột Ngày, Đạt và Tổng.');
}

declare global {
  interface HTMLElementTagNameMap {
    'loa-progress': LoaProgress;
  }
  interface HTMLElementEventMap {
    'loa-progress-export': CustomEvent<ProgressExportDetail>;
  }
}
