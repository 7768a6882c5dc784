/**
 * Character error rate of `read` against `truth`: the Levenshtein distance (insertions,
 * deletions, substitutions, by code point) divided by the truth's length; 0 for two empty texts,
 * and the read length (as errors) over 1 when the truth is empty. Whitespace is compared as it is:
 * callers decide what to strip first (`comparableText`).
 */
export function characterErrorRate(read: string, truth: string): number {
  const a = [...read];
  const b = [...truth];
  if (b.length === 0) return a.length;
  return editDistance(a, b) / b.length;
}

/** Levenshtein distance between two arrays of characters, in O(min) memory. */
export function editDistance(a: string[], b: string[]): number {
  if (a.length < b.length) [a, b] = [b, a];
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * Text as OCR accuracy is measured on it: all whitespace removed (a page image shows no line
 * breaks or spaces between ideographs), full-width ASCII forms and the ideographic space folded to
 * ASCII, since the two look alike on a page and the reader's copy of either reads the same.
 */
export function comparableText(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
}
