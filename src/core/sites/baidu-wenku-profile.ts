import { idFromPath } from './document-id';
import type { SiteProfile } from './site-profile';

/**
 * 百度文库 (wenku.baidu.com, wk.baidu.com, wapwenku.baidu.com). The new reader draws pages on
 * canvas inside #original-creader-root (no text to clean or clip); the old reader keeps text in
 * .reader-txt-layer. Clutter selectors are from EasyList China / CJX's Annoyance List.
 * The fold (.try-end-fold-page, .fold-pager) is left alone: its "read all" button is the
 * reader's own way to unfold the free pages. Old-reader pages (SITES.md, "real markup"): text in
 * p.reader-word-layer pieces of a line (read as one line, see text-map.ts), the off-screen
 * font-test block #sampling-area, ads between pages, the go-more fold's offers and the end nag.
 * Document URLs: /view/<id>.html, /view/<id>, /aggs/<id>.html, wk: /view/<id>.
 */
export const baiduWenkuProfile: SiteProfile = {
  id: 'baidu-wenku',
  name: '百度文库',
  hosts: ['wenku.baidu.com', 'wk.baidu.com', 'wapwenku.baidu.com'],
  documentSelectors: ['#original-creader-root', '.reader-txt-layer', '[id*="pageNo"]'],
  clutterSelectors: [
    '.header-wrapper', '.reader-topbar', '.hx-warp', '.hx-recom-wrapper', '#page-footer', '.copyright-wrap',
    '.pay-pop', '.vip-privilege', '[class*="vip-pay-pop"]', '#passport-login-pop', '.dialog-mask',
    '.copy-limit-dialog-v2', 'div[id^="html-reader-AD-"]', '#sampling-area', 'div[id^="html-reader-banner-"]',
    '.banner-core-wrap', '#doc_bottom_wrap', '.wkfc-wrap', '#wkgg', '.doc-tag-wrap', '.top-ads-banner-wrap',
    '#WkDialogDownDoc', '.vip-tips-hover-div', '#next_doc_box',
  ],
  drawnPageSelectors: ['#original-creader-root canvas', '[id*="pageNo"] canvas'],
  documentId: (url) => idFromPath('baidu-wenku', url, [/\/(?:view|aggs|share)\/([0-9a-z]+)(?:\.html)?$/i]),
};
