import { noteFileName } from '../core/export/clips-to-obsidian';
import { FULL_TEXT_FILE_SUFFIX, fullTextMarkdown, fullTextPlain, type FullTextSource } from '../core/export/full-text';
import type { Clip } from '../core/types';
import type { PageFullText } from '../messages';

export type FullTextFormat = 'markdown' | 'plain';

/** A file to download: its name, its text and its MIME type. */
export interface FullTextFile {
  name: string;
  text: string;
  type: string;
}

/**
 * The source of the full-text export: the page's text and anchors (from the content script,
 * already parsed) joined with the document's clips as the database holds them now (notes and
 * categories edited since the page was loaded). A found anchor whose clip is no longer in the
 * database (deleted since) is dropped; a clip of the document the page did not find is listed
 * as missing, so nothing the reader saved is left out.
 */
export function fullTextSource(page: PageFullText, clips: readonly Clip[], accessed: Date): FullTextSource {
  const byId = new Map(clips.map((c) => [c.id, c]));
  const marks = page.found.flatMap((f) => {
    const clip = byId.get(f.id);
    return clip ? [{ start: f.start, end: f.end, clip }] : [];
  });
  const marked = new Set(marks.map((m) => m.clip.id));
  return {
    title: page.docTitle,
    url: page.url,
    site: page.siteName,
    accessed,
    text: page.text,
    marks,
    missing: clips.filter((c) => !marked.has(c.id)),
    pages: page.pages,
  };
}

/**
 * The full-text file of a page: Markdown (`.md`) or plain text (`.txt`), named after the
 * document as its Obsidian note is, with ` 全文` after the name, so that the two can share a
 * vault's folder without one taking the other's name.
 */
export function fullTextFile(page: PageFullText, clips: readonly Clip[], format: FullTextFormat, accessed: Date): FullTextFile {
  const source = fullTextSource(page, clips, accessed);
  const base = `${noteFileName({ title: page.docTitle, url: page.url }).replace(/\.md$/, '')}${FULL_TEXT_FILE_SUFFIX}`;
  return format === 'markdown'
    ? { name: `${base}.md`, text: fullTextMarkdown(source), type: 'text/markdown;charset=utf-8' }
    : { name: `${base}.txt`, text: fullTextPlain(source), type: 'text/plain;charset=utf-8' };
}
