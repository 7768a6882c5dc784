import type { DocumentRecord } from '../documents/document-record';
import type { Clip } from '../types';
import type { DocumentType } from './cite-clip';
import { siteName } from './site-name';

/** The document a set of clips came from, as the reference exports (RIS, CSL-JSON, Obsidian) describe it. */
export interface SourceDocument {
  /** The clips' `docId`: the key the clips are grouped by. */
  id: string;
  /** The trimmed `docTitle`; '' when no clip of the document knows it. */
  title: string;
  /** The URL of the latest clip (a document read again at another address is named as last read). */
  url: string;
  /** The site's name (siteName): the publisher. */
  site: string;
  /** The latest clip's `createdAt`: when the document was last read. */
  accessed: Date;
  /** The known pages of its clips, ascending, without repeats. */
  pages: number[];
  /** Every tag of its clips, in first-seen order, without repeats. */
  tags: string[];
  /** Its clips, in the order given. */
  clips: Clip[];
  /** The reader's note of the document (trimmed; '' when none). */
  note: string;
  /** The author the reader entered (''; never the uploader). */
  author: string;
  /** The GB/T 7714 type code the reader chose for it, or null (none chosen). */
  docType: DocumentType | null;
}

/** The reader's rows of documents by docId (documents-store allDocuments), for the exports that carry them. */
export type DocumentRecords = ReadonlyMap<string, DocumentRecord>;

/**
 * Clips grouped by document (`docId`), documents in the order their first clip is given.
 * Empty for no clips. Title: the first non-empty `docTitle` of the group (one document's clips
 * normally agree; an older clip may have been saved before the title was read).
 */
export function groupDocuments(clips: readonly Clip[], records: DocumentRecords = new Map()): SourceDocument[] {
  const groups = new Map<string, Clip[]>();
  for (const clip of clips) {
    const group = groups.get(clip.docId);
    if (group) group.push(clip);
    else groups.set(clip.docId, [clip]);
  }
  return [...groups].map(([id, group]) => {
    const latest = group.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
    const pages = [...new Set(group.flatMap((c) => (c.page === null ? [] : [c.page])))].sort((a, b) => a - b);
    return {
      id,
      title: group.map((c) => c.docTitle.trim()).find(Boolean) ?? '',
      url: latest.url,
      site: siteName(latest),
      accessed: new Date(latest.createdAt),
      pages,
      tags: [...new Set(group.flatMap((c) => c.tags))],
      clips: group,
      note: records.get(id)?.note.trim() ?? '',
      author: records.get(id)?.author ?? '',
      docType: records.get(id)?.docType ?? null,
    };
  });
}

/** Pages as a reference writes them: '' for none, `3` for one, `3-12` from the lowest to the highest. */
export function pageRange(pages: readonly number[]): string {
  const first = pages[0];
  const last = pages.at(-1);
  if (first === undefined || last === undefined) return '';
  return first === last ? String(first) : `${first}-${last}`;
}

/** `date` as YYYY-MM-DD in local time (the reader's day, as citeClip and exportFileName write it). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * One clip as a plain-text note of a reference manager: the quote in 「」, its page, the
 * reader's category, note and tags, lines kept (each line only when it has something to say):
 *
 *   「到2025年，完成造林3万亩。」（第 3 页）
 *   分类：目标
 *   笔记：与省级目标对照
 *   标签：林业, target
 */
export function clipNoteText(clip: Clip): string {
  const page = clip.page === null ? '' : `（第 ${clip.page} 页）`;
  const lines = [`「${clip.text.trim()}」${page}`];
  if (clip.category) lines.push(`分类：${clip.category}`);
  if (clip.note.trim()) lines.push(`笔记：${clip.note.trim()}`);
  if (clip.tags.length > 0) lines.push(`标签：${clip.tags.join(', ')}`);
  return lines.join('\n');
}
