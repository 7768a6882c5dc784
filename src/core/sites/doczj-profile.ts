import { idFromPath } from './document-id';
import type { SiteProfile } from './site-profile';

/**
 * 文档之家 (www.doczj.com), 搜档网 (www.sodocs.net), 文档库 (www.wendangku.net): one text
 * template with a "当前位置:" breadcrumb and the title repeated above the text, both recognised
 * by pattern. Document URLs: /doc/<id>.html; the id keeps the site, since each numbers its own.
 */
export const doczjProfile: SiteProfile = {
  id: 'doczj',
  name: '文档之家',
  hosts: ['doczj.com', 'sodocs.net', 'wendangku.net'],
  documentSelectors: [],
  clutterSelectors: [],
  drawnPageSelectors: [],
  documentId: (url) => {
    const site = url.hostname.replace(/^(?:www|m)\./, '');
    return idFromPath(`doczj:${site}`, url, [/\/doc\/([0-9a-z]+)(?:-\d+)?\.html?$/i]);
  },
};
