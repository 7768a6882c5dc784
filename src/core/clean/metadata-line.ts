import { escapeRegExp } from './text-lines';

/**
 * Upload metadata lines: one or more `LABEL:VALUE` fields and nothing else
 * ("上传人:张三  IP属地:山东  上传时间:2023-05-01 10:20", "页数:20 大小:1.2MB 格式:docx").
 *
 * - Labels that only a document-sharing site uses (上传人, 文档编号, IP属地 …) take any short value.
 * - Labels a document could use itself (格式, 页数, 大小, 浏览 …) count only when the value has
 *   the site's shape (a file type, a page count, a file size, a number), so that a form in the
 *   document such as "格式:A4纸打印" stays. 价格, 积分 and 评分 are left out altogether: a
 *   document's price list or score sheet says "价格:5元" just as a site's download box does.
 * - Labels a document uses just as often (时间, 来源, 作者) are accepted only beside one of the
 *   others ("时间:… 来源:网友投稿 阅读:1358"), or as two of them with a machine date
 *   ("时间: 2024-08-02 栏目:办公范文"); alone ("来源:国家统计局") they are the document's.
 */
const SITE_LABELS = [
  '上传人', '上传者', '上传用户', '贡献者', '分享者', '文档编号', '资源编号', '文档ID', '资源ID', '文档id', '资源id',
  '上传时间', '上传日期', '贡献时间', '收录时间', '更新时间', '下载积分', '所需积分', '下载所需积分', '下载券',
  'IP属地', '认证信息', '文件格式', '文档格式', '资源格式', '文档页数', '文件页数', '文件大小', '文档大小', '资源大小',
  '下载次数', '浏览次数', '阅读次数', '收藏次数', '浏览量', '阅读量', '下载量', '文档分类', '所属分类',
  '文档星级', '文档价格', '文档类型', '资源类型', '资源星级', '需要金币', '下载金币',
  '上传人(卖家)', '上传人（卖家）', '全文页数', '资源页数', '资源分类', '文档标签', '下载费用', '文件类型',
  '压缩包内文档预览', '文档热度', '资源ID号', '上傳人', '上傳時間', '文檔編號', '文檔格式', '解压密码',
]
  .filter((label, i, all) => all.indexOf(label) === i);

const SHAPED_LABELS: Record<string, RegExp> = {
  格式: /^\.?(?:pdf|docx?|pptx?|xlsx?|txt|wps|rtf|caj|vsd|dwg|zip|rar)$/i,
  页数: /^\d{1,5}\s*页?$/,
  大小: /^\d+(?:\.\d+)?\s*(?:[KMG]B?|字节|bytes?)$/i,
  类型: /^(?:共享资源|普通资源|VIP资源|VIP专享|精品资源|付费资源|免费资源|原创资源|共享文档|付费文档|免费文档)$/i,
  浏览: /^\d+(?:\.\d+)?[万千wW]?\s*次?$/,
  阅读: /^\d+(?:\.\d+)?[万千wW]?\s*次?$/,
  下载: /^\d+(?:\.\d+)?[万千]?\s*次?$/,
  收藏: /^\d+(?:\.\d+)?[万千]?\s*次?$/,
};

const CONTEXT_LABELS = ['时间', '日期', '来源', '作者', '栏目', '编辑', '责任编辑', '发布人', '发布', '发布者', '发布时间', '编号', '分类', '标签', '点击', '人气', '推荐人'];

const LABELS = [...SITE_LABELS, ...Object.keys(SHAPED_LABELS), ...CONTEXT_LABELS].sort((a, b) => b.length - a.length);
const CONTEXT_LABEL_SET = new Set(CONTEXT_LABELS);
const SITE_LABEL_SET = new Set(SITE_LABELS);

/** One field at the current position, then its trailing separators (sticky). */
const FIELD = new RegExp(
  `(${LABELS.map(escapeRegExp).join('|')})\\s*[:：]\\s*([^\\s|·•,，;；]{0,40}(?: \\d{1,2}:\\d{2}(?::\\d{2})?| 次)?)[\\s|·•,，;；]*`,
  'y',
);

/**
 * What a broken page encoding and a leaked tag do to a field: "大小：" served as GBK and read
 * as UTF-8 becomes "大?。?" on several mirrors, and a size may sit in a printed
 * "<span class=…>" ("大?。?span id=… class=…>273.50KB"). Both are read back before the fields.
 */
const MOJIBAKE_COLON = /\?。\?/g;
const LEAKED_SPAN = /<?\/?(?:span|font|b)(?:\s{1,4}[a-z-]{1,20}="[^"\n<>]{0,100}"){0,6}\s{0,2}>/gi;

function readBack(line: string): string {
  return line.includes('?') || line.includes('>') ? line.replace(MOJIBAKE_COLON, '小:').replace(LEAKED_SPAN, '') : line;
}

/** True when the whole (trimmed, non-empty) line is metadata fields. */
/** A listing's post time before its fields: "01-16 15:29:25  浏览次数:419次". */
const LEADING_STAMP = /^(?:\d{4}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?=\S)/;
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}$/;

export function isMetadataLine(raw: string): boolean {
  const read = readBack(raw);
  const line = read.replace(LEADING_STAMP, '');
  if (line.length === 0 || line.length > 200) return false;
  let pos = 0;
  let siteFields = 0;
  let contextFields = 0;
  let datedContext = false;
  while (pos < line.length) {
    FIELD.lastIndex = pos;
    const m = FIELD.exec(line);
    if (!m || m[0].length === 0) return false;
    const label = m[1]!;
    const value = m[2]!;
    if (SITE_LABEL_SET.has(label)) siteFields++;
    else if (CONTEXT_LABEL_SET.has(label)) {
      contextFields++;
      if (ISO_DATE.test(value)) datedContext = true;
    } else {
      if (!SHAPED_LABELS[label]!.test(value)) return false;
      siteFields++;
    }
    pos = FIELD.lastIndex;
  }
  // "时间: 2024-08-02 栏目:办公范文": two of the shared labels, one with a site's machine date.
  return siteFields > 0 || (datedContext && contextFields >= 2);
}

const BARE_FIELD = new RegExp(`^(?:${SITE_LABELS.map(escapeRegExp).join('|')}|关\\s*键\\s*词|关键字|關鍵詞|标\\s*签|Tags?)\\s*[:：]$`, 'i');

/**
 * A site's field label whose value the page puts on the next line ("上传人:\n黄飞",
 * "关键词:\n绩效 管理 细则"); see findLineClutter.
 */
export function isBareSiteField(line: string): boolean {
  return BARE_FIELD.test(line);
}
