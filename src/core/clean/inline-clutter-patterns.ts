import type { RemovalReason } from '../types';
import { MARKUP_PATTERNS } from './markup-and-spam';
import { SITE_PHRASES } from './site-phrases';

/**
 * Clutter recognised by phrase wherever it stands, even inside a paragraph. Each pattern is a
 * site's wording, specific enough that a document's own prose does not say it; bounded
 * quantifiers keep every pattern linear and stop it at a line end.
 * Punctuation classes accept both half- and full-width forms, since sites and copy-paste mix them.
 * White space is bounded (\s{0,4}, never \s*): two unbounded runs side by side would backtrack
 * quadratically over a long run of spaces.
 */
export interface InlinePattern {
  reason: RemovalReason;
  /** global regex */
  pattern: RegExp;
  /**
   * What the clutter begins with before `pattern`'s match, matched backwards: `pattern` (a regex
   * ending in `$`) tried on the `maxChars` characters before each match (never before the previous
   * match's end); no match of it, no match. A pattern that opens with a long class run
   * ("[^\n_]{1,150}_第…") is tried at every position of the text, 150 steps each; found from its
   * rare literal instead, and extended backwards, it finds the same matches (matchInline).
   */
  lead?: { pattern: RegExp; maxChars: number };
  /**
   * The pattern can only match within this many characters of the text's start (it is anchored
   * there, `^` in a lookbehind): only the text up to the first line break at or after it is searched.
   */
  head?: number;
}

/**
 * The matches of `p` in `text`, as `text.matchAll(p.pattern)` gives them when `p` has no lead or
 * head, and as the single regex they stand for (its lead written before it) would give them
 * when it has. Empty matches are skipped.
 *
 * With a lead: each match of `p.pattern` is where the clutter's rare literal stands; the
 * earliest start the single regex could have for it is the lead's backward run (never before
 * the previous match's end), and the single regex, run sticky from there, gives the match it
 * would give (its greedy lead may take a later copy of the literal within reach).
 */
export function* matchInline(text: string, p: InlinePattern): Generator<{ index: number; text: string }> {
  let searched = text;
  if (p.head !== undefined && text.length > p.head) {
    const lineEnd = text.indexOf('\n', p.head);
    if (lineEnd >= 0) searched = text.slice(0, lineEnd);
  }
  if (!p.lead) {
    for (const m of searched.matchAll(p.pattern)) if (m[0].length > 0) yield { index: m.index, text: m[0] };
    return;
  }
  const literal = new RegExp(p.pattern.source, p.pattern.flags);
  const whole = wholeRegex(p, p.lead);
  let end = 0;
  for (let m = literal.exec(searched); m; m = literal.exec(searched)) {
    if (m[0].length === 0) {
      literal.lastIndex++;
      continue;
    }
    const before = p.lead.pattern.exec(searched.slice(Math.max(end, m.index - p.lead.maxChars), m.index));
    if (!before) continue;
    whole.lastIndex = m.index - before[0].length;
    const w = whole.exec(searched);
    if (!w) continue;
    end = w.index + w[0].length;
    literal.lastIndex = Math.max(literal.lastIndex, end);
    yield { index: w.index, text: w[0] };
  }
}

const wholeRegexes = new WeakMap<InlinePattern, RegExp>();

/** The single sticky regex a pattern with a lead stands for: the lead (without its `$`) and the pattern. */
function wholeRegex(p: InlinePattern, lead: { pattern: RegExp }): RegExp {
  let whole = wholeRegexes.get(p);
  if (!whole) {
    if (!lead.pattern.source.endsWith('$')) throw new Error(`inline pattern lead ${lead.pattern} must end in $`);
    whole = new RegExp(lead.pattern.source.slice(0, -1) + p.pattern.source, p.pattern.flags.replace('g', '') + 'y');
    wholeRegexes.set(p, whole);
  }
  return whole;
}

/**
 * Document-sharing and 范文 sites whose domain is stamped into the text they serve. Only such
 * sites: a domain a document cites for its own reasons (a government portal) is never listed.
 */
const SITE_DOMAINS =
  '777doc|renrendoc|doc88|docin|book118|jinchutou|mayiwenku|deliwenku|taodocs|taowenge|bdocx|zixin|31doc|' +
  'doczj|sodocs|wendangku|360doc|360docs|bigxun|wenku\\.baidu|ishare\\.iask(?:\\.sina)?|' +
  'mianfeiwendang|xuexila|ruiwen|diyifanwen|unjs|fwsir|cnfla';

/** Bounded label and path lengths keep a long run of letters from costing quadratic time. */
const SITE_URL = `(?:https?://)?(?:[a-z0-9-]{1,30}\\.)?(?:${SITE_DOMAINS})\\.(?:com\\.cn|com|net|cn)(?:/[\\w./?=&%-]{0,200})?`;

export const INLINE_PATTERNS: readonly InlinePattern[] = [
  // Tip banner: 整理文档很辛苦,赏杯茶钱您下走!
  { reason: 'nag', pattern: /整理文档很辛苦[,，]?\s{0,4}赏杯茶钱您下走[!！]?/g },
  { reason: 'nag', pattern: /下载文档[,，]\s{0,4}编辑使用/g },
  { reason: 'nag', pattern: /(?:喜欢就|本文档)?下载(?:后|本文档)?(?:即可)?(?:查看|阅读)?(?:完整|全部|全文)(?:内容|文档)?[,，]?\s{0,4}(?:查找使用更方便|请下载后查看)[!！。]?/g },
  // Folds: "免费阅读已结束,点击下载阅读编辑剩下 ...", "阅读已结束,您可以下载文档离线阅读编辑"
  {
    reason: 'fold',
    pattern: /(?:免费)?(?:阅读|预览|试读)已结束[,，。]?\s{0,4}(?:点击下载阅读编辑剩下|您可以下载文档离线阅读编辑|(?:点击|请)?下载[^\n。!！]{0,20})(?:\s{0,4}(?:\.{2,}|…+|\d+页))?/g,
  },
  { reason: 'fold', pattern: /本资源只提供\s{0,4}\d+\s{0,4}页预览[,，]?(?:[^\n。!！]{0,30}[。!！])?(?:喜欢就下载吧[,，]?查找使用更方便[!！。]?)?/g },
  { reason: 'fold', pattern: /(?:亲[,，]\s{0,4})?(?:该|本)文档总共\s{0,4}\d+\s{0,4}页[,，]\s{0,4}到这已经超出免费预览范围[,，]?\s{0,4}(?:如果喜欢就下载吧[!！]?)?/g },
  // Promotion: 【范文参考】此篇精选办公资料“T”由X网友为您整理分享,…喜欢就下载使用吧!
  { reason: 'promo', pattern: /(?:【范文参考】)?此篇精选[^\n【]{0,200}?喜欢就下载使用吧[!！]?/g },
  // 《T》由会员分享,可在线阅读,更多相关《T(N页珍藏版)》请在SITE上搜索。
  { reason: 'copyright', pattern: /本文档由用户提供并上传[,，]\s{0,4}收益归属内容提供方[,，]\s{0,4}若内容存在侵权[,，]\s{0,4}请进行举报或认领[。]?/g },
  // ICP: 备案号:鲁ICP备2024069028号-1, 京ICP证030173号, 京公网安备 11000002000001号
  { reason: 'icp', pattern: /(?:(?:网站)?备案(?:号|编号)?\s{0,4}[:：]?\s{0,4})?[\u4e00-\u9fa5]?ICP\s{0,4}[备证]\s{0,4}\d{4,}\s{0,4}号(?:\s{0,4}-\s{0,4}\d+)?/gi },
  { reason: 'icp', pattern: /[\u4e00-\u9fa5]?公网安备\s{0,4}\d{8,}\s{0,4}号?/g },
  // 客服联系 QQ:2149211541, 客服电话:400-…; only with the word 客服 (a document may list its own phone numbers)
  {
    reason: 'contact',
    pattern: /(?:在线|联系)?客服(?:联系|热线|电话|QQ|qq|微信|邮箱)?\s{0,4}(?:QQ|qq|电话|热线|微信|邮箱)?\s{0,4}[:：]?\s{0,4}(?:\d[\d\- ]{3,18}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g,
  },
  // Watermarks that converters and sites repeat through a body.
  { reason: 'watermark', pattern: /可编辑资料\s{0,4}(?:-\s{0,4}){1,9}欢迎下载/g },
  { reason: 'watermark', pattern: /精选学习资料\s{0,4}(?:-\s{0,4}){2,20}/g },
  { reason: 'watermark', pattern: /(?:精品)?名师归纳总结(?:[\s-]{0,40}-)?/g },
  { reason: 'watermark', pattern: /学习必备\s{0,4}欢迎下载/g },
  // A site's domain dropped into a sentence as a watermark (www.renrendoc.com, m.777doc.com).
  // Brackets around it go too: "(www.x.com)", "【www.unjs.com - 工作总结】".
  {
    reason: 'watermark',
    pattern: new RegExp(`【\\s{0,4}${SITE_URL}[^】\\n]{0,20}】|[(（]\\s{0,4}${SITE_URL}\\s{0,4}[)）]|${SITE_URL}`, 'gi'),
  },
  ...SITE_PHRASES,
  ...MARKUP_PATTERNS,
];
