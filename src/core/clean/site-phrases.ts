import type { InlinePattern } from './inline-clutter-patterns';

/**
 * Sentences that 文库 and 范文 site templates print around a document, recognised wherever they
 * stand (real pages join them to other text, or cut them off at a page edge). Each is the site's
 * own wording, specific enough that a document does not say it; each runs at most to the end of
 * its line. Traditional-character forms are listed beside the simplified ones where the mirrors
 * print them. Seen on the real pages of corpus/ (labels there, by family).
 */
const TO_LINE_END = '[^\\n]{0,160}';

export const SITE_PHRASES: readonly InlinePattern[] = [
  // download box
  { reason: 'nag', pattern: new RegExp(`(?:快捷下载时[,，]\\s{0,4})?用户名和密码都是您填写的${TO_LINE_END}`, 'g') },
  { reason: 'nag', pattern: new RegExp(`请自助下载[,，]\\s{0,4}系统不会自动发送文件${TO_LINE_END}`, 'g') },
  { reason: 'nag', pattern: new RegExp(`(?:\\d{1,2}\\s{0,2}[、.．]\\s{0,2})?下载文档前请自行甄别文档内容的完整性${TO_LINE_END}`, 'g') },
  { reason: 'nag', pattern: new RegExp(`(?:\\d{1,2}\\s{0,2}[、.．]\\s{0,2})?[“"]仅部分预览[”"]的文档${TO_LINE_END}`, 'g') },
  { reason: 'nag', pattern: new RegExp(`(?:\\d{1,2}\\s{0,2}[、.．]\\s{0,2})?如文档侵犯(?:了)?您的(?:权益|版权)${TO_LINE_END}`, 'g') },
  { reason: 'nag', pattern: new RegExp(`如PPT文件的首页显示word图标${TO_LINE_END}`, 'gi') },
  { reason: 'copyright', pattern: new RegExp(`部分文档作品中含有的国旗、国徽等图片${TO_LINE_END}`, 'g') },
  { reason: 'copyright', pattern: new RegExp(`本页资料《[^》\\n]{1,150}》由用户${TO_LINE_END}`, 'g') },
  { reason: 'copyright', pattern: new RegExp(`[^\\n。]{0,60}一文来源于网友上传[,，]\\s{0,4}不代表本站观点${TO_LINE_END}`, 'g') },
  { reason: 'copyright', pattern: new RegExp(`(?:本文|本站|文章)[^\\n。]{0,30}(?:来源于|来自)网络[,，]\\s{0,4}(?:版权归原作者所有|如有侵权)${TO_LINE_END}`, 'g') },
  // 范文 site intros: "以下是小编精心整理的…,欢迎阅读,希望大家能够喜欢。" and its traditional form
  { reason: 'promo', pattern: /(?:下面|以下)是(?:小编|本站|我们)[^\n。!！]{0,200}[。!！]?/g },
  { reason: 'promo', pattern: /(?:下面|以下)是小編[^\n。!！]{0,200}[。!！]?/g },
  { reason: 'promo', pattern: /(?:歡迎|欢迎)(?:閱讀|阅读|参考|參考|借鉴|借鑒)[,，]\s{0,4}(?:希望|希望大家|希望對|希望对)[^\n。!！]{0,40}[。!！]?/g },
  { reason: 'promo', pattern: /(?:一起来看看吧|快来看看吧|一起來看看吧|供大家参考借鉴|仅供大家参考|僅供大家參考)[,，!！。]?/g },
  // "《T》由会员分享,可在线阅读,更多相关《T》请在SITE上搜索", also cut off at the page's edge
  { reason: 'promo', pattern: /(?:《[^\n]{1,150}?》)?由(?:会员|用户|网友)[^\n,，]{0,20}分享[,，]\s{0,4}可在线阅读[,，]?\s{0,4}(?:更多相关(?:[^\n]{0,200}?上搜索[。.]?|[^\n]{0,200}(?![^\n])))?/g },
  // folds: "已阅读5页,还剩55页未读 继续免费阅读", "已閱讀5頁,還剩11頁未讀 繼續免費閱讀"
  {
    reason: 'fold',
    pattern: /(?:已阅读\s{0,4}\d+\s{0,4}页[,，]\s{0,4})?还剩\s{0,4}\d+\s{0,4}页未读[,，]?\s{0,4}(?:继续免费阅读|继续阅读|点击(?:继续)?阅读全文)?[!！]?/g,
  },
  {
    reason: 'fold',
    pattern: /(?:已閱讀\s{0,4}\d+\s{0,4}頁[,，]\s{0,4})?還剩\s{0,4}\d+\s{0,4}頁未讀[,，]?\s{0,4}(?:繼續免費閱讀|繼續閱讀|點擊(?:繼續)?閱讀全文)?[!！]?/g,
  },
  { reason: 'fold', pattern: /(?:预览|預覽)已结束[,，]?[^\n]{0,40}/g },
  // thumbnail captions in traditional characters ("TITLE_第1頁"); the simplified ones have a rule of their own
  { reason: 'page-counter', pattern: /[^\n_]{1,150}_第\s{0,3}\d{1,4}\s{0,3}頁/g },
];
