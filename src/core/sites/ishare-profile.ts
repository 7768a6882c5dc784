import { idFromPath } from './document-id';
import type { SiteProfile } from './site-profile';

/**
 * 爱问共享资料 (ishare.iask.sina.com.cn, ishare.iask.com). Pages are svg or images in
 * .data-detail. Document URLs: /f/<id>.html on both hosts, so the id is the same on both.
 */
export const ishareProfile: SiteProfile = {
  id: 'ishare',
  name: '爱问共享资料',
  hosts: ['ishare.iask.sina.com.cn', 'ishare.iask.com'],
  documentSelectors: ['.data-detail'],
  clutterSelectors: ['.sj_300x250', '.sj_680x250'],
  drawnPageSelectors: ['.data-detail img', '.data-detail svg'],
  documentId: (url) => idFromPath('ishare', url, [/\/f\/([0-9a-z]+)\.html?$/i]),
};
