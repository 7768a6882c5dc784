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
 * Folding keeps every character it does not drop (one for one), so the folded text is a run of
 * pieces of the original: `toRaw(i)` is the original offset of folded character i (the original
 * length for i = folded length), and a folded span [s, e) is the original [toRaw(s), toRaw(e - 1) + 1).
 * Built with the engine's own regular expressions and joins (a loop over a page's million
 * characters, in a content script run once per page, is many times slower).
 */
export interface FoldedText {
  text: string;
  /** The original offset of folded character i. */
  toRaw(i: number): number;
  /** The folded index of original offset `raw`: its character's, or the next kept one's. */
  toFolded(raw: number): number;
}

/** CJK punctuation that sites swap with ASCII, and full-width ASCII (U+FF01–FF5E). */
const WIDE = /[\uff01-\uff5e\u201c\u201d\u2018\u2019\u3010\u3011\u2014\u2013\u2212\u00b7\u30fb\ud800-\udfff]/g;
const NARROW: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u2018': "'", '\u2019': "'", '\u3010': '[', '\u3011': ']',
  '\u2014': '-', '\u2013': '-', '\u2212': '-', '\u00b7': '.', '\u30fb': '.',
};
/** One character of WIDE folded. Surrogates, paired or not, become private-use characters one for one (a quote may end in the first half of a pair the page completes). */
const narrow = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code >= 0xd800 && code <= 0xdfff) return String.fromCharCode(code + 0x800);
  return NARROW[c]!;
};
const SPACE = /\s+/g;

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
  // Spans to leave out, [start, end) pairs in order: white space, and markers (which may hold some).
  const drops: number[] = [];
  const markers: number[] = [];
  if (total !== null) {
    for (const m of text.matchAll(MARKER)) {
      const k = digits(m[1]!);
      if (digits(m[2]!) === total && k >= 1 && k <= total) markers.push(m.index, m.index + m[0].length);
    }
  }
  let next = 0;
  const drop = (a: number, b: number) => {
    const last = drops.length - 1;
    if (last > 0 && a <= drops[last]!) drops[last] = Math.max(drops[last]!, b);
    else drops.push(a, b);
  };
  SPACE.lastIndex = 0;
  for (let m = SPACE.exec(text); m; m = SPACE.exec(text)) {
    for (; next < markers.length && markers[next]! <= m.index; next += 2) drop(markers[next]!, markers[next + 1]!);
    drop(m.index, m.index + m[0].length);
  }
  for (; next < markers.length; next += 2) drop(markers[next]!, markers[next + 1]!);
  // Pieces kept: rawStart[j] begins piece j in the original, foldedStart[j] in the folded text.
  const rawStart: number[] = [];
  const foldedStart: number[] = [];
  const parts: string[] = [];
  let raw = 0;
  let folded = 0;
  const keep = (a: number, b: number) => {
    if (b <= a) return;
    rawStart.push(a);
    foldedStart.push(folded);
    parts.push(text.slice(a, b));
    folded += b - a;
  };
  for (let j = 0; j < drops.length; j += 2) {
    keep(raw, drops[j]!);
    raw = drops[j + 1]!;
  }
  keep(raw, text.length);
  const kept = parts.join('');
  const out = kept.replace(WIDE, narrow);
  const length = out.length;
  const piece = (i: number) => {
    let lo = 0;
    let hi = foldedStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (foldedStart[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    text: out,
    toRaw: (i) => {
      if (i >= length || foldedStart.length === 0) return text.length;
      const j = piece(i);
      return rawStart[j]! + (i - foldedStart[j]!);
    },
    toFolded: (r) => {
      // The last piece starting at or before r: inside it, r's own character; past its end, the next piece's first.
      let lo = 0;
      let hi = rawStart.length - 1;
      if (hi < 0 || r < rawStart[0]!) return 0;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (rawStart[mid]! <= r) lo = mid;
        else hi = mid - 1;
      }
      const end = (foldedStart[lo + 1] ?? length) - foldedStart[lo]!;
      return r - rawStart[lo]! < end ? foldedStart[lo]! + (r - rawStart[lo]!) : foldedStart[lo]! + end;
    },
  };
}
