/**
 * Splits a text into clauses: sentences end at 。；;！!？? and line breaks, and a sentence
 * is cut further at ，, — the unit a target is made of ("…已完成招投标,预计今年年底将投入使用;").
 * A comma inside a figure (1,000亩) is not a cut, nor one inside a short quotation that closes
 * before the sentence ends (围绕“实现新突破,挺进前十强”的奋斗目标): a slogan quoted as a goal is
 * one goal.
 *
 * One pass over the char codes; no substrings are built (a clause is its offsets). The list
 * marker regex runs only at clause starts whose first character can begin one.
 */
import type { Figure } from '../types';

export interface Clause {
  start: number;
  end: number;
  /** Index of the sentence the clause belongs to (clauses of one sentence share it). */
  sentence: number;
}

const SENTENCE_END = 1;
const CLAUSE_END = 2;
/** Char code → SENTENCE_END (。；;！!？? \n \r), CLAUSE_END (，,) or 0. */
const BREAK = new Uint8Array(0x10000);
for (const c of '。；;！!？?\n\r') BREAK[c.charCodeAt(0)] = SENTENCE_END;
for (const c of '，,') BREAK[c.charCodeAt(0)] = CLAUSE_END;
const QUOTE_OPEN = new Set(['“', '〝'].map((c) => c.charCodeAt(0)));
const QUOTE_CLOSE = new Set(['”', '〞'].map((c) => c.charCodeAt(0)));
/** Longest quotation (in UTF-16 units) whose commas are kept inside one clause. */
const MAX_QUOTE = 60;

/** Index of the mark closing the quotation opened at `open`, or -1 (too long, or a sentence ends first). */
function quoteEnd(text: string, open: number): number {
  const last = Math.min(text.length, open + MAX_QUOTE);
  for (let j = open + 1; j < last; j++) {
    const c = text.charCodeAt(j);
    if (QUOTE_CLOSE.has(c)) return j;
    if (BREAK[c] === SENTENCE_END || QUOTE_OPEN.has(c)) return -1;
  }
  return -1;
}

/** List markers at the start of a clause: (一), 1、, 一是, 二要, ①. */
const ENUMERATOR = /\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,2}(?:、|是|要(?!求))|\d{1,2}(?:、|[.．](?!\d))|[①-⑳])?\s*/y;
/** First characters with which ENUMERATOR can match something (besides white space). */
const ENUMERATOR_FIRST = new Set([...'（(一二三四五六七八九十0123456789'].map((c) => c.charCodeAt(0)));

/** True for the UTF-16 code units JavaScript's `\s` matches (WhiteSpace and LineTerminator). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether ENUMERATOR can match a non-empty marker at a character with code `c`. */
function mayStartMarker(c: number): boolean {
  return isWhiteSpace(c) || ENUMERATOR_FIRST.has(c) || (c >= 0x2460 && c <= 0x2473); // ①-⑳
}

/**
 * Clauses of `text` in order, without the punctuation that ends them, leading list markers
 * and surrounding white space; empty clauses are left out. `figures` (sorted) protect
 * their commas.
 */
export function splitClauses(text: string, figures: readonly Figure[] = []): Clause[] {
  const clauses: Clause[] = [];
  const n = text.length;
  let sentence = 0;
  let start = 0;
  let f = 0;
  let quotedTo = -1; // commas before this index lie inside a quotation
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 0;
    if (i > quotedTo && QUOTE_OPEN.has(code)) quotedTo = quoteEnd(text, i);
    const kind = i < n ? BREAK[code]! : SENTENCE_END;
    if (kind === 0) continue;
    if (kind === CLAUSE_END) {
      if (i < quotedTo) continue;
      while (f < figures.length && figures[f]!.end <= i) f++;
      if (f < figures.length && figures[f]!.start <= i) continue;
    }
    pushClause(text, start, i, sentence, clauses);
    start = i + 1;
    if (kind === SENTENCE_END) sentence++;
  }
  return clauses;
}

/** Adds [start, end) less its list marker and white space, when anything is left. */
function pushClause(text: string, start: number, end: number, sentence: number, clauses: Clause[]): void {
  let s = start;
  if (s < end && mayStartMarker(text.charCodeAt(s))) {
    ENUMERATOR.lastIndex = s;
    s += ENUMERATOR.exec(text)![0].length; // may pass `end` (white space across a line break)
  }
  let e = end;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) clauses.push({ start: s, end: e, sentence });
}
