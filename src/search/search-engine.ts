/*
 * <loa-search>'s lazy chunk (search-chunks.ts): the index with MiniSearch,
 * the source reader and the synonym file's reader. Loaded with the first
 * source, in parallel with its download; loa.js carries none of it.
 */
export {SearchIndex} from './search-index.js';
export {readSource, decodeSource} from './search-read.js';
export {parseSynonyms} from './synonyms.js';
