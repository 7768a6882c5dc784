import { idFromPath } from './document-id';
import type { SiteProfile } from './site-profile';

/**
 * 原创力文档 (max.book118.com, m.book118.com). Pages are images in `.webpreview-item`, lazily
 * loaded from data-src. #btn_preview_remain (the continue button) is left alone.
 * Document URLs: /html/2023/0512/8000000000000000.shtm (the same path on max. and m.).
 */
export const book118Profile: SiteProfile = {
  id: 'book118',
  name: '原创力文档',
  hosts: ['book118.com'],
  documentSelectors: ['.webpreview-item'],
  clutterSelectors: ['#bar_download', '#hd_download'],
  drawnPageSelectors: ['.webpreview-item > img'],
  documentId: (url) => idFromPath('book118', url, [/\/html\/\d{4}\/\d{4}\/(\d+)\.s?html?$/i, /\/(\d{10,})\.s?html?$/i]),
};
