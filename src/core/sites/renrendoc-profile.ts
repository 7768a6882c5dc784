import { idFromPath } from './document-id';
import type { SiteProfile } from './site-profile';

/**
 * 人人文库 (www.renrendoc.com, m.renrendoc.com). Page images in #page, and a text view of the
 * document in .main-content whose thumbnail captions ("TITLE_第N页"), counters and copyright
 * notice are recognised by pattern. #load_preview_btn (continue) is left alone.
 * Document URLs: /paper/123456789.html, /p-12345678.html.
 */
export const renrendocProfile: SiteProfile = {
  id: 'renrendoc',
  name: '人人文库',
  hosts: ['renrendoc.com'],
  documentSelectors: ['.main-content'],
  clutterSelectors: [],
  drawnPageSelectors: ['#page img'],
  documentId: (url) => idFromPath('renrendoc', url, [/\/(?:paper|p)[/-](\d+)\.html?$/i]),
};
