import type { Removal } from '../types';

/**
 * Random ASCII noise that some sites hide in a page to spoil copying: runs of one- and
 * two-character tokens of letters, digits and symbols ("6 t, M1 o( t\" \|+ ?4 f- L9 T ^% s"). A run
 * counts only with at least MIN_TOKENS tokens, none longer than two characters, symbols of at
 * least MIN_SYMBOLS kinds making up a quarter of its characters, and at least MIN_MIXED tokens
 * that glue a letter to a digit or a symbol to a letter or digit ("M1", "o(", "^%"): a document's
 * option list ("A B C D") has no symbols, a formula ("a + b = c - d") no glued tokens.
 * A run may start right after an ideograph or full-width mark unless its first token starts with
 * a mark a sentence uses in half width ("…公里。3 `: q8 }#…", "…提升。# n* K6…"): the site appends
 * its noise to a sentence without a space.
 * A half-width mark there ("可分为三个部分: 3 E/ {/") is the sentence's own punctuation.
 * Returns 'watermark' removals; [] when there is none.
 */
const RUN = /(?:(?<!\S)|(?<=[^\s!-~])(?![,.:;!?()'"]))(?:[!-~]{1,2}[ \t]){5,}[!-~]{1,2}(?!\S)/g;
const MIN_TOKENS = 6;
const MIN_SYMBOLS = 3;
const MIN_MIXED = 2;
const MIXED = /^(?:[A-Za-z]\d|\d[A-Za-z]|[^A-Za-z0-9][A-Za-z0-9]|[A-Za-z0-9][^A-Za-z0-9]|[^A-Za-z0-9]{2})$/;

export function findAsciiNoise(text: string): Removal[] {
  const found: Removal[] = [];
  for (const m of text.matchAll(RUN)) {
    const chars = m[0].replace(/[ \t]/g, '');
    const tokens = m[0].split(/[ \t]+/).filter((t) => t.length > 0);
    if (tokens.length < MIN_TOKENS || tokens.filter((t) => MIXED.test(t)).length < MIN_MIXED) continue;
    const symbols = chars.match(/[^A-Za-z0-9]/g) ?? [];
    if (symbols.length * 4 < chars.length || new Set(symbols).size < MIN_SYMBOLS) continue;
    found.push({ start: m.index, end: m.index + m[0].length, reason: 'watermark', text: m[0] });
  }
  return found;
}
