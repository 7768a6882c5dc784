import type { Clip } from '../types';
import { splitCreators } from './cite-clip';
import { clipNoteText, groupDocuments, localDay, pageRange, type DocumentRecords, type SourceDocument } from './group-documents';
import { referenceType } from './reference-types';

/**
 * The documents `clips` came from as RIS (the tagged format Zotero, EndNote, JabRef and
 * Mendeley import, from a file or — Zotero — from the clipboard): one record per document
 * (groupDocuments), in first-seen order. `records` are the reader's rows of documents (author,
 * type, note), by docId.
 *
 *   TY  - RPRT                      the type the reader chose (reference-types.ts); none
 *                                   chosen: RPRT, or ELEC (web page) when no title is known
 *   TI  - 某县林业发展“十四五”规划     left out when no title is known
 *   AU  - 某县林业局                  one per creator of the author the reader entered (never the uploader)
 *   PB  - 三七文档                    the site's name
 *   UR  - https://m.777doc.com/doc-4411.html
 *   Y2  - 2026/11/01                access date: the latest clip's day, local time
 *   SP  - 3-7                       the known pages: one, or lowest-highest (as Zotero writes
 *                                   a range; citation-js drops Y2 when SP and EP are both given);
 *                                   left out for a book, thesis or manuscript, whose SP is the
 *                                   number of pages to Zotero
 *   KW  - 林业                       one per tag of the document's clips
 *   N1  - 文档笔记：…                 the reader's note of the document, when there is one
 *   N1  - 「…」（第 3 页） 分类：目标 笔记：… 标签：林业, target      one per clip
 *   ER  -
 *
 * A RIS value is one line: a line break inside a value would start a line that a reader may
 * take for a tag of its own (`ER  - ` ends the record), so breaks in a value become a space;
 * runs of spaces become one, since some readers (citation-js) split on `XX  - ` even
 * mid-line.
 * Lines end with `\n`; no BOM (Zotero and citation-js read UTF-8 without one).
 */
export function clipsToRis(clips: readonly Clip[], records: DocumentRecords = new Map()): string {
  return groupDocuments(clips, records).map(risRecord).join('\n');
}

/** Types whose SP Zotero reads as the number of pages. */
const SP_IS_PAGE_COUNT = new Set(['BOOK', 'THES', 'MANSCPT']);

function risRecord(doc: SourceDocument): string {
  const type = referenceType(doc).ris;
  const lines: [string, string][] = [['TY', type]];
  if (doc.title) lines.push(['TI', doc.title]);
  for (const creator of splitCreators(doc.author)) lines.push(['AU', creator]);
  lines.push(['PB', doc.site], ['UR', doc.url], ['Y2', localDay(doc.accessed).replaceAll('-', '/')]);
  const pages = pageRange(doc.pages);
  if (pages && !SP_IS_PAGE_COUNT.has(type)) lines.push(['SP', pages]);
  for (const tag of doc.tags) lines.push(['KW', tag]);
  if (doc.note) lines.push(['N1', `文档笔记：${doc.note}`]);
  for (const clip of doc.clips) lines.push(['N1', clipNoteText(clip)]);
  return [...lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - '].join('\n') + '\n';
}

/**
 * `value` on one line: each run of line breaks (and the spaces around it), and each run of
 * ASCII spaces and tabs, becomes one space. Other spaces (U+3000 in Chinese text) are kept.
 */
export function oneLine(value: string): string {
  return value.replace(/\s*[\r\n\u0085\u2028\u2029]+\s*/g, ' ').replace(/[ \t]{2,}|\t/g, ' ').trim();
}
