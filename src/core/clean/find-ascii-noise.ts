import type { Removal } from '../types';

/**
 * Random ASCII noise that some sites hide in a page to spoil copying: runs of one- and
 * two-character tokens full of symbols ("6 t, M1 o( t\" \|+ ?4 f- L9 T ^% s"). A run counts only
 * with at least MIN_TOKENS tokens, no token longer than two characters, and symbols making up
 * at least a third of its characters from at least MIN_SYMBOLS kinds: a document's option list
 * ("A B C D") or formula has words, or few symbols.
 * Returns 'watermark' removals; [] when there is none.
 */
const RUN = /(?<!\S)(?:[!-~]{1,2}[ \t]){5,}[!-~]{1,2}(?!\S)/g;
const MIN_TOKENS = 6;
const MIN_SYMBOLS = 3;

export function findAsciiNoise(text: string): Removal[] {
  const found: Removal[] = [];
  for (const m of text.matchAll(RUN)) {
    const chars = m[0].replace(/[ \t]/g, '');
    if (m[0].split(/[ \t]+/).length < MIN_TOKENS) continue;
    const symbols = chars.match(/[^A-Za-z0-9]/g) ?? [];
    if (symbols.length * 3 < chars.length || new Set(symbols).size < MIN_SYMBOLS) continue;
    found.push({ start: m.index, end: m.index + m[0].length, reason: 'watermark', text: m[0] });
  }
  return found;
}
