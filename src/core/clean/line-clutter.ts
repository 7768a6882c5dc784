import type { RemovalReason } from '../types';
import { CHROME_TOKENS, classifyChromeLine, withoutBullet } from './chrome-lines';
import { isMetadataLine } from './metadata-line';

/**
 * Clutter recognised as a whole line. The lead's page text joins block elements with "\n", so a
 * site's label, button, counter or footer is usually a line of its own, and a word that is
 * clutter alone on a line ("资源描述") is prose inside a sentence ("资源描述了…"): these rules only
 * ever look at a whole trimmed line.
 *
 * Contract: `classifyLine` returns the reason when the whole line is clutter, else null.
 */

const SECTION_LABEL =
  /^(?:資源描述|文檔簡介|文本內容|內容簡介|文檔描述|資源簡介|文檔介紹|相關文檔|當前位置|当前位置|您的位置|文本预览下载声明|资源描述|文档简介|文本内容|内容简介|关键词|文档描述|资源简介|文档介绍|资料简介|内容预览|文档预览|资源预览|全文预览|文档内容|正文内容|文档信息|资源信息|文档详情|相关文档|相关资源|相关推荐|猜你喜欢|热门文档|推荐文档|最新文档|精品文档|内容提示|本文内容)\s*[:：]?$/;

/** A toast, possibly with its close mark in the same line ("×保存成功" from two inline spans). */
const TOAST =
  /^(?:[×✕✖╳]|[×✕✖╳]?\s*(?:保存成功|收藏成功|复制成功|已收藏|取消收藏|操作成功|分享成功|举报成功|加载中(?:\.{1,3}|…+)?|正在加载(?:中)?(?:\.{1,3}|…+)?|loading(?:\.{1,3})?|点击加载更多|加载更多|复制失败|网络异常)[!！。]?\s*[×✕✖╳]?)$/i;

const PAGE_COUNTER = [
  /^第\s*\d{1,4}\s*页\s*[/／,，|]?\s*共\s*\d{1,4}\s*页$/,
  /^共\s*\d{1,4}\s*页$/,
  /^第\s*\d{1,4}\s*页$/,
  /^-\s*\d{1,4}\s*-$/,
  // Thumbnail caption "TITLE_第N页"
  /^[^\n]{1,150}_第\s*\d{1,4}\s*页$/,
];

const SLASH_COUNTER = /^(\d{1,4})\s*[/／]\s*(\d{1,4})(?:\s*页)?$/;

const FOLD =
  /^(?:继续阅读|阅读全文|展开全文|点击阅读全文|查看全文|继续免费阅读全文|免费阅读全文|展开阅读全文|点击展开|展开剩余\S{0,10}|点击展开全文|查看更多|加载全文|剩余\s*\d+\s*页未读.{0,20}|(?:免费)?(?:阅读|预览|试读)已结束(?:[,，!！.。…\s]*(?:点击|您可以|可以|请|下载|开通|登录|购买|剩余|还剩|如需)[^。！？\n]{0,46})?[.。…!！\s]*|试读结束(?:[,，!！.。…\s]*(?:点击|您可以|可以|请|下载|开通|登录|购买|剩余|还剩|如需)[^。！？\n]{0,46})?[.。…!！\s]*|本文档不支持在线预览.{0,40})$/;

const BREADCRUMB = /^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|位置)\s*[:：]|^首页\s*[>»›/＞]/;
const SENTENCE_END = /[。！？!?；;]$/;
const PREV_NEXT = /^(?:上一篇|下一篇|上一页|下一页|上一章|下一章)\s*[:：]/;

const NAV_TOKENS = new Set([
  '首页', '返回', '返回首页', '返回顶部', '下载', '相关', '举报', '收藏', '分享', '分享到', '版权申诉', '申诉', '上传',
  '上传文档', '搜索', '登录', '注册', '退出', '帮助', '帮助中心', '会员中心', '个人中心', '我的文档', '文档分类',
  '全部分类', '客户端', '手机版', '电脑版', 'APP', 'App', '微信', 'QQ', 'QQ空间', '微博', '新浪微博', '复制链接',
  '打印', '评论', '点赞', '纠错', '上一页', '下一页', '上一篇', '下一篇', '更多', '全屏', '放大', '缩小', '关注',
  '扫一扫', '用户协议', '隐私政策', '关于我们', '联系我们', '网站地图', '意见反馈', '侵权投诉', '充值', '菜单',
  '转藏', '献花', '转发', '赞赏', '发表评论', '相关搜索', '热门搜索', '最近浏览', '阅读模式', '夜间模式', '字号', '手机打开', '扫码手机打开',
]);

/**
 * Menu words that a document's table may hold alone in a cell ("微信", "QQ", "打印"): they make a
 * line navigation only beside another menu word.
 */
const AMBIGUOUS_TOKENS = new Set(['QQ', '微信', '微博', 'APP', 'App', '评论', '打印', '更多', '关注', '充值', '菜单', '相关', '搜索', '帮助', '目录']);

const NAG_TOKENS = new Set([
  '立即下载', '下载文档', '文档下载', '免费下载', '下载此文档', '下载本文档', '点击下载', 'VIP免费下载', '付费下载',
  '积分下载', '开通VIP', '开通vip', '开通会员', '立即开通', '购买VIP', '成为VIP', '会员免费', 'VIP专享', '微信支付',
  '支付宝支付', '扫码支付', '登录后下载', '登录后可下载', '立即登录', '账号登录', '微信登录', 'QQ登录', '手机登录',
  '快捷下载', '极速下载', '高速下载', '普通下载', '下载券', '原价', '限时特价', 'VIP', 'vip', '会员', '升级VIP',
  '下载到电脑', '查看原文', '加入VIP', '免费获取', '立即购买', '付费阅读', '加入会员', '包月', '包年', '单篇购买',
  ...CHROME_TOKENS,
]);

/** Price, coin and counter tokens count only beside a word token ("￥5.00 立即下载", "0条评论 分享"). */
const PRICE_TOKEN =
  /^(?:\d{1,4}|[￥¥]\s*\d+(?:\.\d+)?|\d+\s*(?:积分|金币|下载券|阅读券)|\d+(?:\.\d+)?[万千kKwW]?\s*(?:条评论|评论|人收藏|次收藏|收藏|次浏览|浏览|次下载|下载|人阅读|次阅读|阅读|赞|点赞|转藏|分享|献花))$/;

/**
 * A site menu: "首页 | 阅览室 | 馆友 | 我的图书馆". Starts with 首页 and is a run of short items, so
 * the site's own section names count even though no list could hold them all.
 */
const MENU = /^首页(?:\s*[|｜·•]\s*[^\s|｜·•]{1,8}){2,}$/;
const TOKEN_SEPARATORS = /[\s|·•/,，、>»›＞]+/;

/** Notices: a heading the site uses, with site words in the line. */
const NOTICE = /^[【\[]?(?:版权说明|版权提示|版权声明|免责声明|下载声明|特别声明|特别说明|温馨提示|友情提示|下载提示|下载须知|用户须知|下载说明|购买须知|重要提示|注意事项|版權說明|免責聲明|溫馨提示)[】\]]?\s*[:：]?/;
const SITE_WORDS = /本站|本网站|本平台|本文档|上传|用户|侵权|下载|会员|积分|预览|网友|文库|举报|认领|内容提供方|文档|资源|水印|售出|退换|浏览器|解压|答案|客服|版权|著作权|收益|購買|下載|本站|文檔/;
const NUMBERED_ITEM = /^(?:\d{1,2}|[一二三四五六七八九十])\s*[.、．:：)）]/;

/** "本文由范文网(www…)整理,版权归原作者所有。" — a site's attribution line. */
const ATTRIBUTION = /^(?:本文|文章|本篇|此文)(?:是|为|系)?(?:由|来源于|来自|转自|转载|整理自)/;
const ATTRIBUTION_HINT = /www\.|\.com|\.cn|\.net|版权|网友|投稿|网络收集|本站/;

/** A copyright line starts with its mark (a sentence that merely mentions © is document text). */
const COPYRIGHT_MARK = /^(?:版权所有\s*)?(?:©|\(c\)\s*\d{4}|copyright\b)|all rights reserved/i;
const RIGHTS_RESERVED = /版权所有/;
const SITE_HINT = /\d{4}|\.com|\.cn|\.net|网|文库|文档/;

/**
 * @param pageCount the document's page count, known or inferred: a lone "k / N" line is a page
 * counter only for that N (or, with no count known, for N >= 10), since a table cell may hold a
 * fraction such as "3/4".
 */
export function classifyLine(whole: string, pageCount: number | null = null): RemovalReason | null {
  const line = withoutPinyin(withoutBullet(whole));
  if (line.length === 0) return null;
  return classifyWholeLine(line, pageCount) ?? classifySegments(line, pageCount);
}

const SEGMENT_BAR = /\s*[|｜]\s*/;

/**
 * A line the site built of several bars' worth of chrome: "某网友 发表于 2013-1-25 22:15:35 |
 * 显示全部楼层 | 阅读模式 打印" — clutter when every segment between the bars is clutter alone
 * (the first one's reason is the line's). A table row of the document has a cell that is not.
 */
function classifySegments(line: string, pageCount: number | null): RemovalReason | null {
  if (line.length > 200 || !SEGMENT_BAR.test(line)) return null;
  const segments = line.split(SEGMENT_BAR).filter((s) => s.length > 0);
  if (segments.length < 2) return null;
  let first: RemovalReason | null = null;
  for (const segment of segments) {
    const reason = classifyWholeLine(segment, pageCount);
    if (reason === null) return null;
    first ??= reason;
  }
  return first;
}

function classifyWholeLine(line: string, pageCount: number | null): RemovalReason | null {
  const chrome = classifyChromeLine(line);
  if (chrome) return chrome;
  if (line.length <= 30) {
    if (SECTION_LABEL.test(line)) return 'section-label';
    if (TOAST.test(line)) return 'toast';
    const token = classifyTokenLine(line);
    if (token) return token;
  }
  if (line.length <= 80 && MENU.test(line)) return 'navigation';
  if (isPageCounter(line, pageCount)) return 'page-counter';
  if (line.length <= 80 && FOLD.test(line)) return 'fold';
  // A breadcrumb is a trail of links, never a sentence: "首页/正文开始,加大工作力度。" is document text.
  if (line.length <= 200 && !SENTENCE_END.test(line) && (BREADCRUMB.test(line) || PREV_NEXT.test(line))) return 'navigation';
  if (isMetadataLine(line)) return 'metadata';
  if (line.length <= 160 && (COPYRIGHT_MARK.test(line) || (RIGHTS_RESERVED.test(line) && SITE_HINT.test(line)))) {
    return 'copyright';
  }
  if (line.length <= 120 && ATTRIBUTION.test(line) && ATTRIBUTION_HINT.test(line)) return 'copyright';
  return noticeReason(line);
}

/** "相關(guān)推薦" → "相關推薦": the pinyin some mirrors put after characters (see site-phrases.ts). */
const PINYIN_NOTE = /\((?:[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5})\)/g;

function withoutPinyin(line: string): string {
  return line.includes('(') ? line.replace(PINYIN_NOTE, '') : line;
}

/** The reason of a site notice line (温馨提示 → nag, 版权/免责 → copyright), or null. */
export function noticeReason(whole: string): RemovalReason | null {
  const line = withoutBullet(whole);
  const m = NOTICE.exec(line);
  if (!m || line.length > 400) return null;
  // A bare heading ("温馨提示:") is the site's; a heading with text needs site words.
  if (m[0].length !== line.length && !SITE_WORDS.test(line)) return null;
  return /提示|须知/.test(m[0]) ? 'nag' : 'copyright';
}

/** A numbered item of a notice list that follows a notice heading ("1、本文档共5页,可阅读全部内容。"). */
export function isNoticeItem(whole: string): boolean {
  const line = withoutBullet(whole);
  return line.length <= 300 && NUMBERED_ITEM.test(line) && SITE_WORDS.test(line);
}

const MIN_UNKNOWN_COUNT = 10;

function isPageCounter(line: string, pageCount: number | null): boolean {
  if (line.length > 160) return false;
  if (PAGE_COUNTER.some((p) => p.test(line))) return true;
  const m = SLASH_COUNTER.exec(line);
  if (m === null) return false;
  const page = Number(m[1]);
  const count = Number(m[2]);
  if (page < 1 || page > count) return false;
  return pageCount === null ? count >= MIN_UNKNOWN_COUNT : count === pageCount;
}

function classifyTokenLine(line: string): RemovalReason | null {
  const tokens = line.split(TOKEN_SEPARATORS).filter((t) => t.length > 0);
  if (tokens.length === 0 || (tokens.length === 1 && AMBIGUOUS_TOKENS.has(tokens[0]!))) return null;
  let words = 0;
  let nag = false;
  for (const t of tokens) {
    if (NAG_TOKENS.has(t)) {
      nag = true;
      words++;
    } else if (NAV_TOKENS.has(t)) {
      words++;
    } else if (!PRICE_TOKEN.test(t)) {
      return null;
    }
  }
  if (words === 0) return null;
  return nag ? 'nag' : 'navigation';
}
