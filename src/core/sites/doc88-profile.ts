import { idFromPath } from './document-id';
import type { SiteProfile } from './site-profile';

/**
 * 道客巴巴 (www.doc88.com). Pages are drawn on `canvas.inner_page` inside #pageContainer.
 * The continue button (#continueButton, #readEndDiv) is not hidden: it unfolds free pages.
 * Document URLs: /p-7738747366069.html.
 */
export const doc88Profile: SiteProfile = {
  id: 'doc88',
  name: '道客巴巴',
  hosts: ['doc88.com'],
  documentSelectors: ['#pageContainer'],
  clutterSelectors: ['#boxright', '.commonbox1', '.dk-bg', '.adpx250', '.toplayer-shop'],
  drawnPageSelectors: ['#pageContainer canvas.inner_page'],
  documentId: (url) => idFromPath('doc88', url, [/\/p-(\d+)\.html?$/i]),
};
