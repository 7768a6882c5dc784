import { idFromPath } from './document-id';
import type { SiteProfile } from './site-profile';

/**
 * The mobile "资源描述" template shared by several small sites: a tip banner, "资源描述",
 * the text in k/N page blocks, a "下载文档,编辑使用" box, © and ICP footer — the same shape as
 * 三七文档, so it is cleaned by the same phrases and patterns.
 * Hosts: taowenge.com (淘文阁) and bdocx.com (冰豆网) are known to use it; zixin.com.cn (咨信网)
 * and 31doc.com (三一文库, named after "三一刀客" in the seed's promotion) are GUESSES.
 * Document URLs: /p-123.html or /doc/123.html (guess); the id keeps the site.
 */
export const mobileTemplateProfile: SiteProfile = {
  id: 'mobile-template',
  name: '文档分享(移动模板)',
  hosts: ['taowenge.com', 'bdocx.com', 'zixin.com.cn', '31doc.com'],
  documentSelectors: [],
  clutterSelectors: [],
  drawnPageSelectors: [],
  documentId: (url) => {
    const site = url.hostname.replace(/^(?:www|m|wap)\./, '');
    return idFromPath(`mobile-template:${site}`, url, [/\/(?:p|doc)[/-]([0-9a-z]+)\.html?$/i]);
  },
};
