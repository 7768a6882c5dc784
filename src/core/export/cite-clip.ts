import type { Clip } from '../types';
import { siteName } from './site-name';

/**
 * A GB/T 7714 reference (电子资源 layout) for the document a clip came from:
 *
 *   主要责任者. 题名[文献类型标识/OL]. 出版者[引用日期]. 获取和访问路径.
 *
 * What DocClip knows fills it as: 主要责任者 = the author the reader entered for the document
 * (none by default: the uploader shown by the site is not the author), 题名 = docTitle, type
 * code = the type the reader chose (default EB, 电子公告) with carrier OL (online), 出版者 =
 * the site's name, no 出版年 (not recorded: the clip's createdAt is not the document's date),
 * 引用日期 = `accessed` as YYYY-MM-DD in local time, and the URL:
 *
 *   某县林业局. 某县林业发展规划[R/OL]. 三七文档[2026-11-29]. https://m.777doc.com/doc-4411.html.
 *
 * Styles: '2015' is GB/T 7714-2015 §4.8 / 表 B.1. '2025' is GB/T 7714-2025 (in force
 * 2026-07-01), which keeps this layout for an online document (its 引用日期, creators and
 * type code; it drops the access date only for resources that are not online) and changes
 * its punctuation. Its examples (§8.11, 电子资源: "高等教育文献保障系统. 馆际互借与文献传递服务
 * [EB/OL]. [2025-06-21]. http://…", "周壮，李盛阳，吴薇，等. …[DS/OL]. …") write the full
 * stop, brackets, slash and hyphen half-width and the comma, colon, semicolon and parentheses
 * full-width, as zepinglee/gbt7714-bibtex-style (the LaTeX style that follows the standard's
 * examples; option bibpunct = GB, its 2025 default) documents and tests them. So in 2025:
 *
 *   - creators are joined with "，" and a fourth and later one is "，等" (2015: ", " and ", 等");
 *   - a title's ASCII ", " ": " "; " ! ? ( ) become "，" "：" "；" ！ ？ （ ） (that style's
 *     convertpunct; "1,000" keeps its comma, having no space after it). 2015 keeps the title
 *     as written.
 *
 *   2015: 张三, 李四. 规划(草案): 说明[R/OL]. 三七文档[2026-11-29]. https://…
 *   2025: 张三，李四. 规划（草案）：说明[R/OL]. 三七文档[2026-11-29]. https://…
 *
 * Upper-case family names of Western authors (2015) are not applied: the author is the
 * reader's free text, not parsed into family and given names.
 *
 * An empty title is written 无题名; a title's own final full stop is not doubled.
 */
export type CitationStyle = '2015' | '2025';

/** Document type codes (GB/T 7714-2015 表 B.1) that a document from a 文库 site may be. */
export const DOCUMENT_TYPES = {
  EB: '电子公告',
  R: '报告',
  S: '标准',
  M: '普通图书',
  J: '期刊',
  D: '学位论文',
  G: '汇编',
  A: '档案',
  DS: '数据集',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** What the reader states about a document, beyond what the site shows. */
export interface CitedDocument {
  /** 主要责任者 (persons or an organisation); several are separated by ',' or '，'. */
  author?: string;
  docType?: DocumentType;
}

/** GB/T 7714 lists at most three creators, then 等. */
const MAX_CREATORS = 3;

export function citeClip(
  clip: Pick<Clip, 'docTitle' | 'site' | 'url'>,
  accessed: Date,
  document: CitedDocument = {},
  style: CitationStyle = '2015',
): string {
  const docType = document.docType ?? 'EB';
  if (!Object.hasOwn(DOCUMENT_TYPES, docType)) throw new Error(`未知的文献类型：${docType}`);
  if (style !== '2015' && style !== '2025') throw new Error(`未知的著录规则版本：${String(style)}`);
  const written = clip.docTitle.trim().replace(/[.。]+$/u, '') || '无题名';
  const title = style === '2025' ? fullWidthPunctuation(written) : written;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${accessed.getFullYear()}-${pad(accessed.getMonth() + 1)}-${pad(accessed.getDate())}`;
  const creators = formatCreators(document.author ?? '', style === '2025' ? '，' : ', ');
  return `${creators ? `${creators}. ` : ''}${title}[${docType}/OL]. ${siteName(clip)}[${day}]. ${clip.url}.`;
}

/**
 * The creators of an author field as the reader wrote it, separated by , ， ; ； or 、:
 * "某县林业局；张三。" → ["某县林业局", "张三"] (trimmed, a final full stop dropped, empty
 * names left out). The reference exports write one creator each.
 */
export function splitCreators(author: string): string[] {
  return author
    .split(/[,，;；、]/u)
    .map((name) => name.trim().replace(/[.。]+$/u, ''))
    .filter(Boolean);
}

/** "甲，乙，丙，丁" → "甲, 乙, 丙, 等" (`comma` ', ') or "甲，乙，丙，等" ('，'); one creator's final full stop is not doubled. */
function formatCreators(author: string, comma: string): string {
  const names = splitCreators(author);
  if (names.length <= MAX_CREATORS) return names.join(comma);
  return `${names.slice(0, MAX_CREATORS).join(comma)}${comma}等`;
}

/** The replacements of GB/T 7714-2025 punctuation in a title, in order (see the module comment). */
const FULL_WIDTH: readonly [RegExp, string][] = [
  [/, /g, '，'],
  [/: /g, '：'],
  [/; /g, '；'],
  [/! ?/g, '！'],
  [/\? ?/g, '？'],
  [/ ?\(/g, '（'],
  [/\) ?/g, '）'],
];

function fullWidthPunctuation(title: string): string {
  return FULL_WIDTH.reduce((text, [pattern, to]) => text.replace(pattern, to), title);
}
