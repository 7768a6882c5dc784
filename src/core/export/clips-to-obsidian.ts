import type { Clip } from '../types';
import { BLOCK_END, BLOCK_START } from './docclip-block';
import { groupDocuments, localDay, type DocumentRecords, type SourceDocument } from './group-documents';
import { escapeMarkdownInline, markdownLines, markdownQuote, oneLine } from './markdown-escape';

/**
 * Notes for Obsidian and Logseq: one note per document (groupDocuments), with YAML front
 * matter the two read as the page's properties, then DocClip's block (docclip-block.ts) with
 * each clip as a quote, its page and day, the reader's category (when it has one) and its note:
 *
 *   ---
 *   title: "某县林业发展“十四五”规划"
 *   url: "https://m.777doc.com/doc-4411.html"
 *   site: "三七文档"
 *   accessed: 2026-11-05
 *   tags:
 *     - "林业"
 *   ---
 *
 *   <!-- docclip:start -->
 *   > 到2025年，完成造林3万亩。
 *
 *   第 3 页 · 2026-11-01
 *
 *   分类：目标
 *
 *   与省级目标对照
 *   <!-- docclip:end -->
 *
 * Front matter values are YAML double-quoted scalars (yamlString), so a title with quotes,
 * colons, `#` or line breaks reads back as written; `accessed` is the latest clip's local day,
 * unquoted (Obsidian's date property); `title` is left out when unknown, `tags` when empty.
 * Clip text and notes are Markdown-escaped (markdown-escape.ts; a note's lines joined by hard
 * breaks, so it stays one paragraph), which also keeps a clip that quotes a marker from
 * ending the block early. No heading, no branding: the note is the
 * reader's. The reader's own note of the document (documents table) opens DocClip's block,
 * before the clips, and the author they entered is an `author` property; both are left out
 * when empty.
 */
export function documentNote(doc: SourceDocument): string {
  const front = ['---'];
  if (doc.title) front.push(`title: ${yamlString(doc.title)}`);
  if (doc.author) front.push(`author: ${yamlString(doc.author)}`);
  front.push(`url: ${yamlString(doc.url)}`, `site: ${yamlString(doc.site)}`, `accessed: ${localDay(doc.accessed)}`);
  if (doc.tags.length > 0) front.push('tags:', ...doc.tags.map((tag) => `  - ${yamlString(tag)}`));
  front.push('---');
  return `${front.join('\n')}\n\n${docClipBlock(doc)}\n`;
}

/** DocClip's block of the note of `doc`: its clips between the markers. */
export function docClipBlock(doc: SourceDocument): string {
  const note = doc.note ? [markdownLines(doc.note)] : [];
  return `${BLOCK_START}\n${[...note, ...doc.clips.map(clipBlock)].join('\n\n')}\n${BLOCK_END}`;
}

/** Writes the note of one document: documentNote, or the reader's template (note-template.ts). */
export type NoteWriter = (doc: SourceDocument) => string;

/** Notes of every document of `clips`, in first-seen order, with the file name each would have. */
export function clipsToObsidianNotes(
  clips: readonly Clip[],
  write: NoteWriter = documentNote,
  records: DocumentRecords = new Map(),
): { fileName: string; text: string }[] {
  return groupDocuments(clips, records).map((doc) => ({ fileName: noteFileName(doc), text: write(doc) }));
}

/**
 * The notes of `clips` as one file's text. One document: its note as is (to save as
 * `noteFileName`). Several: the notes one after the other, each introduced by a line
 * `<!-- docclip:note "FILE NAME.md" -->` that names the file it would be, to split on
 * (a browser download cannot write a folder of files).
 */
export function clipsToObsidian(clips: readonly Clip[], write: NoteWriter = documentNote, records: DocumentRecords = new Map()): string {
  const notes = clipsToObsidianNotes(clips, write, records);
  if (notes.length === 1) return notes[0]!.text;
  return notes.map((note) => `<!-- docclip:note ${JSON.stringify(note.fileName)} -->\n${note.text}`).join('\n');
}

function clipBlock(clip: Clip): string {
  const quote = markdownQuote(clip.text);
  const where = [clip.page === null ? '' : `第 ${clip.page} 页`, localDay(new Date(clip.createdAt))].filter(Boolean).join(' · ');
  const parts = [quote, where];
  if (clip.category) parts.push(`分类：${escapeMarkdownInline(oneLine(clip.category))}`);
  if (clip.note.trim()) parts.push(markdownLines(clip.note));
  return parts.join('\n\n');
}

/**
 * `text` as a YAML double-quoted scalar (YAML 1.2 §7.3.1): JSON's string escapes are all
 * YAML escapes too; U+0085, U+2028 and U+2029 (line breaks to YAML 1.1 readers, left raw by
 * JSON.stringify) are escaped as well.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A file name for the note of `doc`: its title (or the URL's host and path when untitled)
 * without the characters file systems or Obsidian links refuse (\ / : * ? " < > | # ^ [ ]
 * and control characters), spaces collapsed, at most 100 characters, `.md` added.
 */
export function noteFileName(doc: Pick<SourceDocument, 'title' | 'url'>): string {
  const base = doc.title || doc.url.replace(/^[a-z]+:\/\//i, '');
  const cleaned = base
    .replace(/[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return `${[...cleaned].slice(0, 100).join('').trim() || 'docclip'}.md`;
}
