import { createSiteProfile } from '../sites/create-site-profile';
import { documentNote, noteFileName, type NoteWriter } from './clips-to-obsidian';
import { replaceDocClipBlock } from './docclip-block';
import type { SourceDocument } from './group-documents';

/** A note's YAML front matter: a first line `---` up to the next line `---` or `...`. */
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * The `url` property of a note's front matter as YAML reads a one-line scalar: double-quoted
 * (as DocClip writes it, yamlString: JSON's escapes), single-quoted (`''` a quote) or plain (a
 * ` #` comment left out). null when the note has no front matter or no `url` in it.
 */
export function noteUrl(note: string): string | null {
  const front = FRONT_MATTER.exec(note)?.[1];
  if (front === undefined) return null;
  const raw = /^url:[ \t]*(.*?)[ \t]*\r?$/m.exec(front)?.[1];
  if (raw === undefined || raw === '') return null;
  if (raw.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(raw);
      if (typeof value === 'string') return value;
    } catch {
      // A YAML escape JSON does not have (\x41, \e): the text between the quotes as written.
    }
    return raw.replace(/^"|"$/g, '');
  }
  if (raw.startsWith("'")) return raw.replace(/^'|'$/g, '').replaceAll("''", "'");
  return raw.replace(/[ \t]+#.*$/, '');
}

/** The document a URL names, as the site profiles tell documents apart (docclip's `docId`). */
function documentIdOf(url: string): string | null {
  try {
    return createSiteProfile(url).documentId(new URL(url));
  } catch {
    return null;
  }
}

/**
 * Which of `docs` the reader's note `note` (from a file named `fileName`) is the note of: the
 * one whose clips were taken at the URL of its front matter (noteUrl) or at another address of
 * the same document (same docId); failing a URL, the one whose note file would have that name
 * (noteFileName; a browser's ` (1)` before `.md` ignored). null when none is.
 */
export function noteDocument(note: string, fileName: string, docs: readonly SourceDocument[]): SourceDocument | null {
  const url = noteUrl(note);
  if (url !== null) {
    const byUrl = docs.find((doc) => doc.url === url || doc.clips.some((clip) => clip.url === url));
    if (byUrl) return byUrl;
    const id = documentIdOf(url);
    const byId = id === null ? undefined : docs.find((doc) => doc.id === id);
    if (byId) return byId;
  }
  const name = fileName.replace(/ \(\d+\)(?=\.md$)/i, '');
  return docs.find((doc) => noteFileName(doc) === name) ?? null;
}

/**
 * The reader's note `existing` with DocClip's block written anew for `doc` (its clips now,
 * with `write`, the reader's template or documentNote): everything outside the block, their
 * front matter included, stays byte for byte (replaceDocClipBlock).
 */
export function updateNote(existing: string, doc: SourceDocument, write: NoteWriter = documentNote): string {
  return replaceDocClipBlock(existing, write(doc));
}
