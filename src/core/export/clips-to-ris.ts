import type { Clip } from '../types';
import { clipNoteText, groupDocuments, localDay, pageRange, type SourceDocument } from './group-documents';

/**
 * The documents `clips` came from as RIS (the tagged format Zotero, EndNote, JabRef and
 * Mendeley import, from a file or — Zotero — from the clipboard): one record per document
 * (groupDocuments), in first-seen order.
 *
 *   TY  - RPRT                      ELEC (web page) when no title is known
 *   TI  - 某县林业发展“十四五”规划     left out when no title is known
 *   PB  - 三七文档                    the site's name
 *   UR  - https://m.777doc.com/doc-4411.html
 *   Y2  - 2026/11/01                access date: the latest clip's day, local time
 *   SP  - 3-7                       the known pages: one, or lowest-highest (as Zotero writes
 *                                   a range; citation-js drops Y2 when SP and EP are both given)
 *   KW  - 林业                       one per tag of the document's clips
 *   N1  - 「…」（第 3 页） 笔记：… 标签：林业, target      one per clip
 *   ER  -
 *
 * A RIS value is one line: a line break inside a value would start a line that a reader may
 * take for a tag of its own (`ER  - ` ends the record), so breaks in a value become a space;
 * runs of spaces become one, since some readers (citation-js) split on `XX  - ` even
 * mid-line.
 * Lines end with `\n`; no BOM (Zotero and citation-js read UTF-8 without one).
 */
export function clipsToRis(clips: readonly Clip[]): string {
  return groupDocuments(clips).map(risRecord).join('\n');
}

function risRecord(doc: SourceDocument): string {
  const lines: [string, string][] = [['TY', doc.title ? 'RPRT' : 'ELEC']];
  if (doc.title) lines.push(['TI', doc.title]);
  lines.push(['PB', doc.site], ['UR', doc.url], ['Y2', localDay(doc.accessed).replaceAll('-', '/')]);
  const pages = pageRange(doc.pages);
  if (pages) lines.push(['SP', pages]);
  for (const tag of doc.tags) lines.push(['KW', tag]);
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
