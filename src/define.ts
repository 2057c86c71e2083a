// Registers every loa-* element. This is the entry of dist/loa.js.
import './news/define.js';
import './schedule/define.js';
import './howto/define.js';
import './qr/define.js';
import './progress/define.js';
import './search/define.js';
