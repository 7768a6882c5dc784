/**
 * The reader's watch terms as the options page edits them: one a line. Pure.
 * Stored in `browser.storage.local` under WATCH_TERMS_KEY as `string[]`; the content script
 * reads that key and follows its changes.
 */
export const WATCH_TERMS_KEY = 'watchTerms';

/** Longest term kept, and most terms: a page is searched for every term on every analysis. */
export const MAX_TERM_LENGTH = 100;
export const MAX_TERMS = 500;

/** The terms of `text`: one a line, trimmed, blank lines dropped, each once (first kept). */
export function parseWatchTerms(text: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const term = [...line.trim()].slice(0, MAX_TERM_LENGTH).join('');
    if (term === '' || seen.has(term)) continue;
    seen.add(term);
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** The stored value as terms: only strings of an array count (the key may be absent or hand-edited). */
export function readWatchTerms(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
