import {defineElement} from '../core/define.js';
import {LoaNews} from './loa-news.js';

defineElement('loa-news', LoaNews);
