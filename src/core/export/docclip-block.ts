/**
 * DocClip's part of a note it exported (clips-to-obsidian.ts) sits between these two lines,
 * so that exporting the same document again can replace it and leave the reader's own text
 * (and front matter) alone. HTML comments: Obsidian and Logseq show neither.
 */
export const BLOCK_START = '<!-- docclip:start -->';
export const BLOCK_END = '<!-- docclip:end -->';

/** The span of the first complete block in `text` (from BLOCK_START to the end of BLOCK_END), or null. */
function findBlock(text: string): { start: number; end: number } | null {
  const start = text.indexOf(BLOCK_START);
  if (start < 0) return null;
  const end = text.indexOf(BLOCK_END, start + BLOCK_START.length);
  return end < 0 ? null : { start, end: end + BLOCK_END.length };
}

/**
 * `existing` (a note as the reader keeps it) with its DocClip block replaced by the block of
 * `fresh` (a note as DocClip writes it now; a `fresh` without markers is taken as the body of
 * the block). Everything outside the block is kept byte for byte, front matter included.
 *
 * - `existing` empty (or only white space): `fresh` whole, a new note.
 * - `existing` with no complete block (none, or a start without an end): the fresh block is
 *   appended after a blank line; nothing of `existing` is removed.
 * - several blocks: the first is replaced, the others kept.
 */
export function replaceDocClipBlock(existing: string, fresh: string): string {
  const freshSpan = findBlock(fresh);
  const block = freshSpan ? fresh.slice(freshSpan.start, freshSpan.end) : `${BLOCK_START}\n${fresh.trim()}\n${BLOCK_END}`;
  if (!existing.trim()) return freshSpan ? fresh : `${block}\n`;
  const span = findBlock(existing);
  if (span) return existing.slice(0, span.start) + block + existing.slice(span.end);
  return `${existing.replace(/\s+$/, '')}\n\n${block}\n`;
}
