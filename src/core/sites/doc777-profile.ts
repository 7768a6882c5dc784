import { idFromPath } from './document-id';
import type { SiteProfile } from './site-profile';

/**
 * 三七文档 (m.777doc.com, www.777doc.com). A text page. The site publishes no stable class names,
 * so the profile names no selectors: its tip banner, folds, 【范文参考】 promotion, k/20 page
 * markers and footer are all recognised by phrase and pattern (see core/clean).
 * Document URLs look like /doc-123456.html (guess from the seed page; other paths fall back to
 * the path, which is the same on m. and www.).
 */
export const doc777Profile: SiteProfile = {
  id: '777doc',
  name: '三七文档',
  hosts: ['777doc.com'],
  documentSelectors: [],
  clutterSelectors: [],
  drawnPageSelectors: [],
  documentId: (url) => idFromPath('777doc', url, [/\/(?:doc|p)-([0-9a-z]+)\.html?$/i, /\/doc\/([0-9a-z]+)\.html?$/i]),
};
