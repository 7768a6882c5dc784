/**
 * The text that anchoring compares: the same folding applied to the page and to a clip's
 * selectors, so that a re-rendered page still matches what was saved.
 *
 * - full-width ASCII (，（）：；！？０-９Ａ-Ｚ …, U+FF01–FF5E) becomes half-width, and a few CJK
 *   punctuation marks that sites swap with ASCII ones (“” ‘’ 【】 — –) are folded too;
 * - white space (including U+3000) is dropped: in Chinese text it is layout, not content; surrogates
 *   are read one by one (as private-use characters), so a quote cut inside a pair still matches;
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

/** CJK punctuation that sites swap with ASCII: code → ASCII code. */
const FOLD = new Map<number, number>([
  [0x201c, 0x22], [0x201d, 0x22], [0x2018, 0x27], [0x2019, 0x27], [0x3010, 0x5b], [0x3011, 0x5d],
  [0x2014, 0x2d], [0x2013, 0x2d], [0x2212, 0x2d], [0x00b7, 0x2e], [0x30fb, 0x2e],
]);

/** White space as `\s` has it (ES2015), by code unit. */
export function isSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** One code unit folded: -1 when it is dropped (white space). */
export function foldCode(code: number): number {
  if (code >= 0x4e00 && code <= 0x9fff) return code; // CJK ideographs, most of a page
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code < 0x80) return (code >= 9 && code <= 13) || code === 0x20 ? -1 : code;
  if (isSpace(code)) return -1;
  return FOLD.get(code) ?? code;
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
  // Marker spans to leave out, in order: [start, end) pairs.
  const drop: number[] = [];
  if (total !== null) {
    for (const m of text.matchAll(MARKER)) {
      const k = digits(m[1]!);
      if (digits(m[2]!) === total && k >= 1 && k <= total) drop.push(m.index, m.index + m[0].length);
    }
  }
  const out = new Uint16Array(text.length);
  const at = new Int32Array(text.length + 1);
  let n = 0;
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    if (next < drop.length && i >= drop[next]!) {
      i = drop[next + 1]! - 1;
      next += 2;
      continue;
    }
    const code = text.charCodeAt(i);
    // Surrogates, paired or not, become private-use characters, one for one (a decoder would turn
    // a lone one into U+FFFD, and a quote may end in the first half of a pair the page completes).
    const f = code >= 0xd800 && code <= 0xdfff ? code + 0x0800 : foldCode(code);
    if (f < 0) continue;
    out[n] = f;
    at[n++] = i;
  }
  at[n] = text.length;
  return { text: fromCodes(out, n), at: at.subarray(0, n + 1) };
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = littleEndian ? new TextDecoder('utf-16le') : null;

/** The string of codes[0, n) (it holds no surrogates: see foldText). */
function fromCodes(codes: Uint16Array, n: number): string {
  if (utf16) return utf16.decode(codes.subarray(0, n));
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]));
  return parts.join('');
}
