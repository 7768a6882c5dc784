import type { SiteProfile } from './site-profile';

/**
 * Any other site: no selectors, cleaning by phrase and pattern only. The document is its page:
 * origin + pathname (query and fragment dropped, since sites use them for tracking and scroll).
 */
export const genericProfile: SiteProfile = {
  id: 'generic',
  name: '网页',
  hosts: [],
  documentSelectors: [],
  clutterSelectors: [],
  drawnPageSelectors: [],
  // file: and other opaque origins serialise as "null": keep the scheme instead.
  documentId: (url) => `${url.origin === 'null' ? `${url.protocol}//` : url.origin}${url.pathname}`,
};
