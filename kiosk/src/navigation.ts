/*
 * The kiosk's screens and how they connect. Navigation is state, never the
 * URL: no history entry is ever added, so "back" is this map, not the browser's.
 */
import {msg} from '@lit/localize';
import {pick, type KioskConfig} from './config.js';
import type {Locale} from '../../src/core/locale.js';

export type Screen = 'attract' | 'home' | 'news' | 'events' | 'guides' | 'guide' | 'qr' | 'progress' | 'search' | 'help' | 'status';

/** Where "Quay lại" goes from each screen. */
const PARENT: Record<Screen, Screen> = {
  attract: 'attract',
  home: 'home',
  news: 'home',
  events: 'home',
  guides: 'home',
  guide: 'guides',
  qr: 'home',
  progress: 'home',
  search: 'home',
  help: 'home',
  status: 'home',
};

export function parentOf(screen: Screen): Screen {
  return PARENT[screen];
}

/** The title of a screen, for its <h1> and the announcement when it opens. */
export function screenTitle(screen: Screen, config: KioskConfig | undefined, lang: Locale, guide?: string): string {
  switch (screen) {
    case 'attract':
    case 'home':
      return pick(config?.commune.name, lang);
    case 'news':
      return msg('Tin tức');
    case 'events':
      return msg('Lịch sự kiện');
    case 'guides':
      return msg('Hướng dẫn');
    case 'guide':
      return pick(config?.sources.guides.find((g) => g.slug === guide)?.title, lang) || msg('Hướng dẫn');
    case 'qr':
      return msg('Mã QR');
    case 'progress':
      return msg('Chỉ tiêu');
    case 'search':
      return msg('Tìm kiếm');
    case 'help':
      return msg('Trợ giúp');
    case 'status':
      return msg('Tình trạng ki-ốt');
  }
}
