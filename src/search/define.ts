import {defineElement} from '../core/define.js';
import {LoaSearch} from './loa-search.js';

defineElement('loa-search', LoaSearch);
