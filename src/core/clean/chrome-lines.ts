import type { RemovalReason } from '../types';

/**
 * Site chrome that these sites print as whole lines around a document, seen on real pages of
 * many 文库 and 范文 sites (corpus/): welcome headers, category menus, download and log-in boxes,
 * form fields without values, toolbars. Each rule looks at one whole trimmed line with its
 * leading bullet removed, and is specific enough that a document's own line does not match it
 * (a menu item ends with ">", a form field has no value or only the site's own choices).
 *
 * Contract: `classifyChromeLine` returns the reason when the whole line is such chrome, else null.
 */

/** "欢迎来到三一办公! | 帮助中心 …", "欢迎光临XX文库" — a greeting that is the site's header. */
const WELCOME = /^[^\n。，,]{2,12}[,，]\s?欢迎您[!！]$|^(?:欢迎(?:来到|光临|访问|您来到)|歡迎(?:來到|光臨|訪問))[^\n。]{1,30}?(?:[!！]|网|網|文库|文庫|平台|$)/;

/** "• 办公文档>", "PPT模板 >", "更多>>", "点击查看更多>>": an item of a site menu. */
const MENU_ITEM = /^[^\s。，,；;！!？?]{1,16}\s?(?:>{1,2}|»|›)$/;

/**
 * A breadcrumb trail "首页 三一办公 > 资源分类 > PPT文档下载": short items joined by ">", with a
 * site's section word in it (a document's own flow "申请>受理>办结" has none).
 */
const TRAIL = /^[^\n。！？!?；;，,、]{1,30}(?:\s*[>»›＞]\s*[^\n。！？!?；;，,、>»›＞]{1,30}){2,}$/;
const TRAIL_WORDS = /首页|主页|分类|频道|栏目|范文|文库|文档|资料|课件|下载/;

/** "首页 公司生产与存货内部控制流程模版": the home link, then the page's title. */
const HOME_THEN_TITLE = /^首页\s+[^\n。！？!?；;]{1,60}$/;

/** Form fields of a download or log-in box, with no value or only the site's choices. */
const FORM_FIELD =
  /^(?:邮箱\s*[/／]\s*手机(?:号)?|手机\s*[/／]\s*邮箱|邮箱|手机号?|账号|帐号|用户名|密码|验证码|图形验证码|短信验证码|支付方式|三方登录(?:下载)?|第三方登录|登录方式|付款方式|配套讲稿|特殊限制|关\s*键\s*词|标签|认证信息)\s*[:：]?\s*(?:换一换|看不清[,，]?换一张|支付宝|微信支付|(?:微信|QQ|微博|支付宝|手机|邮箱)(?:开放平台)?(?:登录)?|\s)*$/;

/** A link the page left as its placeholder: "下载地址:[下载地址]". */
const LINK_PLACEHOLDER = /^([\u4e00-\u9fa5]{2,6})\s*[:：]\s*[\[【]\1[\]】]$/;

/** A download box's price alone on its line, number and unit apart: "8 积分", "20 金币". */
const LONE_PRICE = /^\d{1,4} (?:积分|金币|下载券)$/;

/** Box lines: "下载资源需要16金币", "下载本文档需要5下载券", "本文档需要3积分". */
const PRICE_LINE = /^(?:下载|阅读|购买)?(?:资源|本文档|此文档|文档|全文)?(?:下载)?需要\s*\d+(?:\.\d+)?\s*(?:个)?(?:金币|积分|下载券|元|阅读券|文币|豆)[。.!！]?$/;

/** Whole lines a download or account box prints. */
const BOX_LINES = new Set([
  'ImageVerifierCode 换一换', '换一换', '忘记密码?', '忘记密码？', '忘记密码', '认证信息', '上传文档赚钱', '合集下载', '下载资源',
  '资源目录', '我要投稿', '点击查看更多', '查看更多', '免费注册', '立即注册', '记住密码', '自动登录', '下次自动登录', '获取验证码',
  '扫码登录', '账号密码登录', '立即下载', '下载本文档', '下载此文档', '文档下载', '收藏文档', '全文阅读', '在线阅读', '免费阅读',
  '文档格式', '下载文档', '推荐度:', '推荐度：', '相关推荐', '相關推薦', '猜你喜欢', '猜你喜歡', '热门推荐', '熱門推薦',
  '精选范文', '精選範文', '相关文章', '相關文章', '热门文章', '最新文章', '加入VIP免费专享', '开通VIP会员', '举报', '版权申诉',
]);

/** Word tokens of a toolbar or box line: the line is made of them alone (see classifyLine's tokens). */
export const CHROME_TOKENS = [
  '书签', '游客一键下载', '会员登录下载', '一键下载', 'ImageVerifierCode', '换一换', '上传文档赚钱', '合集下载', '下载资源',
  '资源目录', '加入VIP免费专享', '加入VIP', '免费专享', '我要投稿', '投稿', '点击查看更多', '文档分享', '开通VIP会员', '开通vip',
  '文档下载', '全文下载', '下载全文', '下载word', '下载Word', '下载PDF', '下载pdf', '打印本文', '收藏本文', '保存本文', '复制本文',
  '推荐度', '相关推荐', '相關推薦', '下载费用', '阅读全文', '阅读本文', '认领', '网页版', '账号登录下载', '微信登录下载',
  '微信扫一扫登录', '扫一扫登录', '二维码', 'VIP专免', 'VIP专享', '分享到微信', '分享到微博', '分享到QQ空间', '分享到QQ', '显示全部',
  '收起', '展开', '下载此资源', '分享文档', '复制文本', '复制全文', '打印文档', '免费下载文档', '下載本文檔', '下載文檔',
  '文檔下載', '立即下載', '免費下載', '侵权投诉', '侵權投訴', '实名认证', '个人认证', '企业认证', '机构认证', '正文复制', '关灯',
  '开灯', '开启左侧', '关闭左侧', '[复制链接]', '复制链接', '会员登录', '新用户注册', '用户注册', '退出', '以稿换稿', '显示全部楼层',
  '阅读模式', '上一主题', '下一主题', '文档评论(0)',
];

/** "/ 23" alone (the toolbar's page count) or ending a toolbar line. */
const PAGE_TOTAL = /^[/／]\s*\d{1,4}$/;

/**
 * "时间:2021-06-11 17:48:05 总结 我要投稿": a post's time to the second, or a date followed by the
 * site's own links. A document's meeting notice says "时间:2023年5月10日上午9:00".
 */
const POSTED_AT =
  /^(?:发布时间|发表时间|更新时间|上传时间|发布日期)\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}$|^[^\s]{1,12}\s+(?:发表于\s+)?\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[^\s。，,！!？?]{1,8})?$|^(?:时间|发布时间|发表时间|更新时间|日期|時間)\s*[:：]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}:\d{2}(?:\s+[^\s。，,]{1,8}){0,3}|(?:\s+\d{1,2}:\d{2})?(?:\s+[^\s。，,]{1,8}){0,2}\s+(?:我要投稿|投稿|我要评论|评论|收藏|分享|手机版))$/;

/** The file name under the site's card label "类型": "类型第四章 组织课件.ppt" (163文库's header). */
const TYPED_FILE_NAME = /^类型[^\n。！？!?；;]{1,150}\.(?:docx?|pptx?|pdf|xlsx?|txt|wps|rtf|caj)$/i;

/** Lines of a site's listing card or file box: "32.50 KB", "2021-04-10 发布", "2023-04-25 15:10:15", "2024-02-14 999+ 36.72KB 10 页". */
const CARD_LINES = [
  /^\d+(?:\.\d+)?\s?[KMG]B$/i,
  /^\d{4}-\d{1,2}-\d{1,2}\s*(?:发布|上传|更新|發佈|上傳)$/,
  /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}:\d{2}$/,
  /^\d{4}-\d{1,2}-\d{1,2}(?:\s+(?:\d+\+?|\d+(?:\.\d+)?\s?[KMG]B|\d+\s?页|[\u4e00-\u9fa5]{1,4})){2,6}$/i,
];

/** An item of the site's list of related pages: "代理记账公司绩效考核方案 推荐度:" (stars follow as images). */
const RATED_ITEM = /(?:推荐度|推薦度)\s*[:：]\s*[★☆]*$/;

export function classifyChromeLine(line: string): RemovalReason | null {
  if (line.length > 160) return null;
  if (POSTED_AT.test(line) || CARD_LINES.some((p) => p.test(line))) return 'metadata';
  if (TYPED_FILE_NAME.test(line)) return 'metadata';
  if (RATED_ITEM.test(line)) return 'navigation';
  if (BOX_LINES.has(line) || PAGE_TOTAL.test(line)) return 'nag';
  if (WELCOME.test(line) && line.length <= 80) return 'navigation';
  if (MENU_ITEM.test(line)) return 'navigation';
  if (TRAIL.test(line) && TRAIL_WORDS.test(line)) return 'navigation';
  if (HOME_THEN_TITLE.test(line)) return 'navigation';
  if (FORM_FIELD.test(line)) return 'nag';
  if (PRICE_LINE.test(line)) return 'nag';
  if (LINK_PLACEHOLDER.test(line) || LONE_PRICE.test(line)) return 'nag';
  return null;
}

/** "• ", "· ", "● ", "- " before a site's list item. */
const BULLET = /^[•·●▪■◆◇○►▶✓√\-–—*]\s*/;

/** The line without a leading bullet (the same line when it has none). */
export function withoutBullet(line: string): string {
  const m = BULLET.exec(line);
  return m && m[0].length < line.length ? line.slice(m[0].length) : line;
}
