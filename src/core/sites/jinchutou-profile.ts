import { idFromPath } from './document-id';
import type { SiteProfile } from './site-profile';

/**
 * 金锄头文库 and its sister sites 蚂蚁文库, 得力文库 (one template). Pages are images in
 * #outer_page_1, #outer_page_2 …; #outer_page_more is the "more pages" box, not a page.
 * Document URLs: /p-123456789.html (guess from public scrapers; other paths fall back to the path).
 */
export const jinchutouProfile: SiteProfile = {
  id: 'jinchutou',
  name: '金锄头文库',
  hosts: ['jinchutou.com', 'mayiwenku.com', 'deliwenku.com'],
  documentSelectors: ['[id^="outer_page_"]:not(#outer_page_more)'],
  clutterSelectors: ['#readshop', '#outer_page_more', '.QQ_S', '.QQ_S1', '.foot_nav'],
  drawnPageSelectors: ['[id^="outer_page_"]:not(#outer_page_more) img'],
  documentId: (url) => idFromPath(siteKey(url.hostname), url, [/\/(?:p|shtml\/view)-(\d+)\.s?html?$/i]),
};

/** The three sites number their documents separately, so the id keeps which site it is. */
function siteKey(host: string): string {
  if (host.endsWith('mayiwenku.com')) return 'jinchutou:mayiwenku';
  if (host.endsWith('deliwenku.com')) return 'jinchutou:deliwenku';
  return 'jinchutou';
}
