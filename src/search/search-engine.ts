/*
 * <loa-search>'s lazy chunk (search-chunks.ts): the index with MiniSearch,
 * the source reader, the synonym file's reader, the views of results and the
 * session that ties them to the element (search-session.ts). Loaded with the
 * first source, in parallel with its download; loa.js carries none of it.
 */
export {SearchSession} from './search-session.js';
export {SearchIndex} from './search-index.js';
