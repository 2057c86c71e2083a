// Element classes and shared helpers, without side effects: nothing is
// registered until you import a define module (or use dist/loa.js).
export {LoaNews} from './news/loa-news.js';
export {LoaSchedule} from './schedule/loa-schedule.js';
export {LoaHowto} from './howto/loa-howto.js';
export {LoaQr} from './qr/loa-qr.js';
export {LoaProgress, type ProgressExportDetail} from './progress/loa-progress.js';
export {LoaSearch} from './search/loa-search.js';
export type {SearchDetail, SearchOpenDetail} from './search/search-events.js';
export {speech, Speech, type SpeechEngine, type SpeechVoice} from './core/speech.js';
export {announce} from './core/announcer.js';
// Also brings in the global event map entry, so `loa-link-activate` listeners get a typed `detail`.
export {LINK_EVENT, type LinkActivateDetail, type LinkActivateEvent} from './core/outbound-links.js';
