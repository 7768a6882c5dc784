import { idFromPath, idFromQuery } from './document-id';
import type { SiteProfile } from './site-profile';

/**
 * 豆丁 (www.docin.com, m.docin.com). Pages are canvas or images in #contentcontainer, with
 * .scrollLoading placeholders filled while the reader scrolls. The fold (.model-fold-show) is left
 * alone. Document URLs: /p-1234567890.html; the mobile reader names the document in ?id=.
 */
export const docinProfile: SiteProfile = {
  id: 'docin',
  name: '豆丁网',
  hosts: ['docin.com'],
  documentSelectors: ['#contentcontainer'],
  clutterSelectors: ['.reader_tools_bar_wrap', '.jz_watermark', '#docindex_ad', '.sider_gg', '.cpro_mod'],
  drawnPageSelectors: ['#contentcontainer canvas', '#contentcontainer img', '#contentcontainer .scrollLoading'],
  documentId: (url) => {
    const path = idFromPath('docin', url, [/\/p-(\d+)\.html?$/i]);
    return path.includes('/') ? (idFromQuery('docin', url, 'id') ?? path) : path;
  },
};
