/*
 * What draws a guide once it has loaded (howto-article.ts): the intro and
 * facts, the overview and the guided card (with one step's content,
 * howto-step.ts), "Bạn đã làm xong!" and the phone hand-off. <loa-howto>
 * loads this module as a chunk of its own with the first guide, in parallel
 * with its download and the reader (howto-parse.ts), and shows the guide
 * once all three are there: until then the status box says "Đang tải…", as
 * it would anyway. The entry a page loads up front keeps the element, its
 * styles and the status box.
 *
 * These modules take `html` and `nothing` from 'lit/html.js' (lit-html alone),
 * not from 'lit', and import nothing that does (core/content-status.ts does,
 * which is why a guide's problems are worded in howto-problems.ts, in the
 * entry). When a second lazy chunk (after the schedule's calendar-tools)
 * imports the 'lit' index, rolldown moves Lit out of loa.js into a shared
 * chunk that loa.js imports up front, and the build refuses that: an entry
 * must be one file (vite.config.ts).
 */
export {renderArticle} from './howto-article.js';
