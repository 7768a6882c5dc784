import type { Removal } from '../types';
import { findRemovals, type FindRemovalsOptions } from './find-removals';

export interface CleanTextResult {
  /** The text without its clutter, blank lines left behind collapsed. */
  text: string;
  /** What was removed; offsets and `text` refer to the ORIGINAL text. */
  removed: Removal[];
}

/**
 * Removes every span `findRemovals` recognises (page markers included) and collapses what is
 * left: trailing spaces, runs of blank lines (to one blank line), blank text at either end.
 * Spaces inside a line are kept, so a removal never glues two words that a space separated
 * unless the removal itself took the space (a marker between two ideographs).
 */
export function cleanText(text: string, options: FindRemovalsOptions = {}): CleanTextResult {
  const removed = findRemovals(text, options);
  let out = '';
  let pos = 0;
  for (const r of removed) {
    out += text.slice(pos, r.start);
    pos = r.end;
  }
  out += text.slice(pos);
  return { text: collapseBlankLines(out), removed };
}

/**
 * Trims the end of every line, keeps at most one blank line between two lines of text and
 * drops blank lines at either end. A line loop rather than regexes over the whole text: a run of
 * a million spaces must not cost quadratic time.
 */
function collapseBlankLines(text: string): string {
  const kept: string[] = [];
  let blank = false;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.length === 0) {
      blank = kept.length > 0;
      continue;
    }
    if (blank) kept.push('');
    kept.push(line);
    blank = false;
  }
  return kept.join('\n').trim();
}
