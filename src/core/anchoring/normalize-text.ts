/**
 * The text that anchoring compares: the same folding applied to the page and to a clip's
 * selectors, so that a re-rendered page still matches what was saved.
 *
 * - full-width ASCII (，（）：；！？０-９Ａ-Ｚ …, U+FF01–FF5E) becomes half-width, and a few CJK
 *   punctuation marks that sites swap with ASCII ones (“” ‘’ 【】 — –) are folded too;
 * - white space (including U+3000) is dropped: in Chinese text it is layout, not content;
 * - page markers `k/N` of the page's own sequence (N = the page count the page shows most) are
 *   dropped, wherever they landed (inside a word, beside a quote).
 *
 * `at[i]` is the offset in the original text of the i-th character of the folded text, and
 * `at[text.length]` is the original length, so a folded span [s, e) is the original span
 * [at[s], at[e - 1] + 1).
 */
export interface FoldedText {
  text: string;
  at: Int32Array;
}

const FOLD: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u2018': "'", '\u2019': "'", '\u3010': '[', '\u3011': ']',
  '\u2014': '-', '\u2013': '-', '\u2212': '-', '\u00b7': '.', '\u30fb': '.',
};

/** White space as `\s` has it (ES2015), by code unit. */
export function isSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** One code unit folded: -1 when it is dropped (white space). */
export function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code < 0x80) return isSpace(code) ? -1 : code;
  if (isSpace(code)) return -1;
  const f = FOLD[String.fromCharCode(code)];
  return f === undefined ? code : f.charCodeAt(0);
}

const MARKER = /(?<![0-9０-９./／])([0-9０-９]{1,4})[ \t\u3000]*[/／][ \t\u3000]*([0-9０-９]{1,4})(?![0-9０-９./／%％])/g;

const digits = (s: string) => Number(s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));

/**
 * The page count of the page's own markers: the N of `k/N` with the most distinct k (at least
 * 3, each k ≤ N), or null when the text shows no such sequence. A lone `9/20` is a figure.
 */
export function markerTotal(text: string): number | null {
  const ks = new Map<number, Set<number>>();
  for (const m of text.matchAll(MARKER)) {
    const k = digits(m[1]!);
    const n = digits(m[2]!);
    if (k < 1 || k > n || n < 2) continue;
    let set = ks.get(n);
    if (!set) ks.set(n, (set = new Set()));
    set.add(k);
  }
  let best: number | null = null;
  let most = 2;
  for (const [n, set] of ks) if (set.size > most) { most = set.size; best = n; }
  return best;
}

/** Folds `text` (see above); markers `k/total` are dropped when `total` is given. */
export function foldText(text: string, total: number | null = null): FoldedText {
  const drop = new Uint8Array(text.length);
  if (total !== null) {
    for (const m of text.matchAll(MARKER)) {
      const k = digits(m[1]!);
      if (digits(m[2]!) === total && k >= 1 && k <= total) drop.fill(1, m.index, m.index + m[0].length);
    }
  }
  const out = new Uint16Array(text.length);
  const at = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (drop[i]) continue;
    const f = foldCode(text.charCodeAt(i));
    if (f < 0) continue;
    out[n] = f;
    at[n++] = i;
  }
  at[n] = text.length;
  return { text: fromCodes(out, n), at: at.subarray(0, n + 1) };
}

/** The string of codes[0, n), built in chunks (an argument list has a size limit). */
function fromCodes(codes: Uint16Array, n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192))));
  return parts.join('');
}
