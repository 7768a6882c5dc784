import { idFromPath } from './document-id';
import type { SiteProfile } from './site-profile';

/**
 * 淘豆网 (www.taodocs.com). Pages are canvas with a pdf.js-style `.textLayer` over them, so the
 * text is in the DOM (the site blocks copying with an `iscopy` flag; DocClip's clip reads the
 * text layer, it does not change the flag). Document URLs: /p-123456789.html.
 */
export const taodocsProfile: SiteProfile = {
  id: 'taodocs',
  name: '淘豆网',
  hosts: ['taodocs.com'],
  documentSelectors: ['#canvas .textLayer'],
  clutterSelectors: [],
  drawnPageSelectors: ['#canvas canvas'],
  documentId: (url) => idFromPath('taodocs', url, [/\/p-(\d+)\.html?$/i]),
};
