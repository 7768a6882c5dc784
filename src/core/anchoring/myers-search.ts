/**
 * Approximate search by Myers' bit-parallel algorithm (G. Myers, "A fast bit-vector algorithm
 * for approximate string matching based on dynamic programming", J. ACM 46(3), 1999), in the
 * blocked form of H. Hyyrö ("A bit-vector algorithm for computing Levenshtein and Damerau edit
 * distances", 2003) so that a pattern may be longer than the 32 bits of a JavaScript integer:
 * each block of 32 pattern characters keeps its vertical deltas (Pv, Mv) and hands its
 * horizontal delta at the bottom row to the next block.
 *
 * Edit distance is Levenshtein's (insertion, deletion, substitution, each 1), over UTF-16 code
 * units. The pattern may start anywhere in the text (row 0 of the table is all zeros).
 */
export interface ApproxMatch {
  /** text.slice(start, end) is the matched span. */
  start: number;
  end: number;
  errors: number;
}

/** Bit masks of where each code unit occurs in the pattern, one 32-bit word per block. */
function patternMasks(pattern: string): Map<number, Int32Array> {
  const blocks = Math.ceil(pattern.length / 32);
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    let m = masks.get(c);
    if (!m) masks.set(c, (m = new Int32Array(blocks)));
    m[i >> 5]! |= 1 << (i & 31);
  }
  return masks;
}

/** A pattern prepared for searching: its masks forwards and backwards, and scratch space. */
export interface Searcher {
  readonly pattern: string;
  readonly forward: Map<number, Int32Array>;
  readonly backward: Map<number, Int32Array>;
  readonly pv: Int32Array;
  readonly mv: Int32Array;
  readonly zero: Int32Array;
  /** Scratch rows of distances, forwards and backwards, grown as needed (a search allocates nothing per window). */
  ends: Int32Array;
  starts: Int32Array;
}

export function createSearcher(pattern: string): Searcher {
  const blocks = Math.ceil(pattern.length / 32);
  const reversed = [...pattern].reverse().join('');
  return { pattern, forward: patternMasks(pattern), backward: patternMasks(reversed), pv: new Int32Array(blocks), mv: new Int32Array(blocks), zero: new Int32Array(blocks), ends: new Int32Array(0), starts: new Int32Array(0) };
}

/**
 * out[i] = the least edit distance between `pattern` and a substring of `text` that ends just
 * after text[from + i], for every i in [0, to - from). `reverse` reads the text backwards from
 * `to - 1` down to `from` (then out[i] is for a substring starting at to - 1 - i, matched
 * against the pattern read backwards).
 */
export function editDistancesAt(text: string, pattern: string | Searcher, from: number, to: number, reverse = false): Int32Array {
  const searcher = typeof pattern === 'string' ? createSearcher(pattern) : pattern;
  const m = searcher.pattern.length;
  const n = Math.max(0, to - from);
  const out = typeof pattern === 'string' ? new Int32Array(n) : scratch(searcher, reverse ? 'starts' : 'ends', n);
  if (m === 0) return out;
  const masks = reverse ? searcher.backward : searcher.forward;
  const blocks = Math.ceil(m / 32);
  const { pv, mv, zero } = searcher;
  pv.fill(-1);
  mv.fill(0);
  const lastBit = 1 << ((m - 1) & 31);
  let score = m;
  for (let i = 0; i < n; i++) {
    const eqs = masks.get(text.charCodeAt(reverse ? to - 1 - i : from + i)) ?? zero;
    let hin = 0;
    for (let b = 0; b < blocks; b++) {
      let eq = eqs[b]!;
      const p = pv[b]!;
      const mm = mv[b]!;
      const xv = eq | mm;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq;
      let ph = mm | ~(xh | p);
      let mh = p & xh;
      const top = b === blocks - 1 ? lastBit : 1 << 31;
      const hout = ph & top ? 1 : mh & top ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    out[i] = score;
  }
  return out;
}

/** The searcher's scratch row `which`, n long (its first n entries; grown when shorter). */
function scratch(searcher: Searcher, which: 'ends' | 'starts', n: number): Int32Array {
  if (searcher[which].length < n) searcher[which] = new Int32Array(Math.max(n, 2 * searcher[which].length));
  return searcher[which].subarray(0, n);
}

/**
 * The best matches of `pattern` in text[from, to) with at most `maxErrors` errors: one per
 * local minimum of the distance along the text, each with the start that gives that distance
 * and the length nearest the pattern's. Empty when none is within `maxErrors`.
 */
export function searchApprox(text: string, pattern: string | Searcher, maxErrors: number, from = 0, to = text.length): ApproxMatch[] {
  const searcher = typeof pattern === 'string' ? createSearcher(pattern) : pattern;
  const m = searcher.pattern.length;
  if (m === 0 || to <= from) return [];
  const ends = editDistancesAt(text, searcher, from, to);
  const found: ApproxMatch[] = [];
  for (let i = 0; i < ends.length; i++) {
    const e = ends[i]!;
    if (e > maxErrors) continue;
    // A local minimum (the first of a run of equal values) is one candidate end.
    if (i > 0 && ends[i - 1]! <= e) continue;
    let j = i;
    while (j + 1 < ends.length && ends[j + 1] === e) j++;
    if (j + 1 < ends.length && ends[j + 1]! < e) continue;
    const end = from + i + 1;
    found.push({ start: startOf(text, searcher, end, e, from), end, errors: e });
  }
  return found;
}

/** The start of a match of the pattern ending at `end` with `errors` errors (reading back from end). */
function startOf(text: string, searcher: Searcher, end: number, errors: number, floor: number): number {
  const m = searcher.pattern.length;
  const from = Math.max(floor, end - m - errors);
  const back = editDistancesAt(text, searcher, from, end, true);
  let best = -1;
  for (let i = 0; i < back.length; i++) {
    if (back[i]! !== errors) continue;
    if (best < 0 || Math.abs(i + 1 - m) < Math.abs(best + 1 - m)) best = i;
  }
  // The reverse scan lets the pattern end anywhere (it is a search, not an alignment); the
  // exact distance of the whole pattern is at least `errors`, so a match is always found.
  return best < 0 ? Math.max(from, end - m) : end - 1 - best;
}

/**
 * Levenshtein distance between `a` and the best-aligned piece of `text` that touches `edge`:
 * the piece ends at `edge` when `side` is 'before' (a prefix), starts there when 'after'
 * (a suffix). Reads at most a.length + slack characters of the text.
 */
export function contextDistance(text: string, edge: number, a: string, side: 'before' | 'after', slack: number): number {
  if (a.length === 0) return 0;
  const span = a.length + slack;
  const from = side === 'before' ? Math.max(0, edge - span) : edge;
  const to = side === 'before' ? edge : Math.min(text.length, edge + span);
  const n = to - from;
  // Anchored at `edge`, free at the far end: a plain DP over (a, text piece), a ≤ ~32 characters,
  // in two rows kept between calls.
  if (rowA.length <= n) {
    rowA = new Int32Array(2 * n + 2);
    rowB = new Int32Array(2 * n + 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let k = 0; k <= n; k++) prev[k] = k;
  const before = side === 'before';
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(before ? a.length - i : i - 1);
    for (let k = 1; k <= n; k++) {
      const t = text.charCodeAt(before ? to - k : from + k - 1);
      const diag = prev[k - 1]! + (t === c ? 0 : 1);
      const up = prev[k]! + 1;
      const left = cur[k - 1]! + 1;
      cur[k] = diag < up ? (diag < left ? diag : left) : up < left ? up : left;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let best = a.length;
  for (let k = 0; k <= n; k++) if (prev[k]! < best) best = prev[k]!;
  return best;
}

let rowA = new Int32Array(128);
let rowB = new Int32Array(128);
