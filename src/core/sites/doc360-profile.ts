import { idFromPath } from './document-id';
import type { SiteProfile } from './site-profile';

/**
 * 360doc 个人图书馆 (www.360doc.com, www.360doc.cn mobile). A text page: #artContent holds the
 * article. Desktop /content/23/0512/10/12345_1080000000.shtml and mobile
 * /article/12345_1080000000.html name the same article by `userId_articleId`, which is the id.
 */
export const doc360Profile: SiteProfile = {
  id: '360doc',
  name: '360doc个人图书馆',
  hosts: ['360doc.com', '360doc.cn'],
  documentSelectors: ['#artContent'],
  clutterSelectors: ['.floatqrcode', '.youlike', '.prev_next', '#artnewdiv', '.ggwz'],
  drawnPageSelectors: [],
  documentId: (url) => idFromPath('360doc', url, [/\/(\d+_\d+)\.s?html?$/i]),
};
