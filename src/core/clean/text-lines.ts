/**
 * Small text helpers shared by the cleaner. Offsets are UTF-16 indices, `end` exclusive.
 */

/** One line of a text: `start`..`end` excludes the line break. */
export interface TextLine {
  start: number;
  end: number;
  text: string;
}

/** Splits on "\n" (a preceding "\r" stays out of the line). Always returns at least one line. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    let end = nl === -1 ? text.length : nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/** The span of a line without its leading and trailing white space (may be empty). */
export function trimmedSpan(line: TextLine): TextLine {
  // Index loops, not /\s*$/: an anchored-at-end regex retried at every position of a long run
  // of spaces inside a line costs quadratic time.
  let from = 0;
  let to = line.text.length;
  while (from < to && isSpace(line.text.charCodeAt(from))) from++;
  while (to > from && isSpace(line.text.charCodeAt(to - 1))) to--;
  return { start: line.start + from, end: line.start + to, text: line.text.slice(from, to) };
}

/** ASCII white space, NBSP and the ideographic space. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** True for a CJK ideograph or a full-width punctuation/letter (text that is not space-separated). */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
