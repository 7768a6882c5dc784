/**
 * Splits a text into clauses: sentences end at 。；;！!？? and line breaks, and a sentence
 * is cut further at ，, — the unit a target is made of ("…已完成招投标,预计今年年底将投入使用;").
 * A comma inside a figure (1,000亩) is not a cut. One pass over the text.
 */
import type { Figure } from '../types';

export interface Clause {
  start: number;
  end: number;
  /** Index of the sentence the clause belongs to (clauses of one sentence share it). */
  sentence: number;
}

const SENTENCE_END = new Set(['。', '；', ';', '！', '!', '？', '?', '\n', '\r']);
const CLAUSE_END = new Set(['，', ',']);
/** List markers at the start of a clause: (一), 1、, 一是, 二要, ①. */
const ENUMERATOR = /\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,2}(?:、|是|要(?!求))|\d{1,2}(?:、|[.．](?!\d))|[①-⑳])?\s*/y;
const TRAILING_SPACE = /\s+$/;

/**
 * Clauses of `text` in order, without the punctuation that ends them, leading list markers
 * and surrounding white space; empty clauses are left out. `figures` (sorted) protect
 * their commas.
 */
export function splitClauses(text: string, figures: readonly Figure[] = []): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  let start = 0;
  let f = 0;
  const push = (end: number): void => {
    ENUMERATOR.lastIndex = start;
    const lead = ENUMERATOR.exec(text);
    const s = start + (lead ? lead[0].length : 0);
    const e = s + text.slice(s, end).replace(TRAILING_SPACE, '').length;
    if (e > s) clauses.push({ start: s, end: e, sentence });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const isSentenceEnd = SENTENCE_END.has(c);
    if (!isSentenceEnd && !CLAUSE_END.has(c)) continue;
    while (f < figures.length && figures[f]!.end <= i) f++;
    if (!isSentenceEnd && f < figures.length && figures[f]!.start <= i) continue;
    push(i);
    start = i + 1;
    if (isSentenceEnd) sentence++;
  }
  push(text.length);
  return clauses;
}
