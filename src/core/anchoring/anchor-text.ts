import { foldText, markerTotal, type FoldedText } from './normalize-text';

/**
 * A page's text prepared for re-anchoring many clips: the folded text (normalize-text.ts), the
 * page count of its markers and an index of the folded text's trigrams, each built once, on
 * first use (a page whose clips all anchor by position never builds them).
 */
export interface AnchorText {
  readonly text: string;
  /** The page count of the page's markers (null: none); quotes are folded with it too. */
  readonly total: number | null;
  readonly folded: FoldedText;
  /**
   * Where `piece` (at least MIN_PIECE characters) occurs in the folded text, ascending: all of
   * them, or the `limit` nearest folded offset `near`.
   */
  occurrences(piece: string, near?: number, limit?: number): number[];
}

/**
 * The index keeps the trigram at every STRIDE-th position only (a quarter of the work and
 * memory of indexing all): a piece of STRIDE + 2 characters or more has one of its first STRIDE
 * trigrams at an indexed position wherever it occurs.
 */
const STRIDE = 4;
export const MIN_PIECE = STRIDE + 2;
const BUCKETS = 1 << 17;

const gram = (s: string, i: number) =>
  (Math.imul(Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ s.charCodeAt(i + 1), 0x85ebca6b) ^ s.charCodeAt(i + 2)) & (BUCKETS - 1);

interface Index {
  head: Int32Array;
  at: Int32Array;
}

export function createAnchorText(text: string): AnchorText {
  let total: number | null | undefined;
  let folded: FoldedText | undefined;
  let index: Index | undefined;
  const page: AnchorText = {
    text,
    get total() {
      return (total = total === undefined ? markerTotal(text) : total);
    },
    get folded() {
      return (folded ??= foldText(text, page.total));
    },
    occurrences(piece, near = 0, limit = Infinity) {
      if (piece.length < MIN_PIECE) throw new RangeError(`occurrences: a piece has at least ${MIN_PIECE} characters`);
      const f = page.folded.text;
      index ??= buildIndex(f);
      const found: number[] = [];
      // The piece's trigram at offset o is indexed where the piece starts at a position ≡ −o (mod STRIDE).
      for (let o = 0; o < STRIDE; o++) {
        const [from, to] = nearestInBucket(index, gram(piece, o), near + o, limit);
        for (let k = from; k < to; k++) {
          const at = index.at[k]! - o;
          if (at >= 0 && f.startsWith(piece, at)) found.push(at);
        }
      }
      found.sort((a, b) => a - b);
      if (found.length <= limit) return found;
      let i = 0;
      while (i < found.length && found[i]! < near) i++;
      const from = Math.max(0, Math.min(i - Math.floor(limit / 2), found.length - limit));
      return found.slice(from, from + limit);
    },
  };
  return page;
}

/** The range of bucket `g`'s entries (ascending positions) to read: all, or the limit·STRIDE nearest `near` (hash collisions are verified by the caller). */
function nearestInBucket(index: Index, g: number, near: number, limit: number): [number, number] {
  const from = index.head[g]!;
  const to = index.head[g + 1]!;
  const want = limit === Infinity ? to - from : limit * STRIDE + 8;
  if (to - from <= want) return [from, to];
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.at[mid]! < near) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.max(from, Math.min(lo - (want >> 1), to - want));
  return [start, start + want];
}

/** Counting sort of every STRIDE-th position by trigram bucket (positions ascending in each). */
function buildIndex(f: string): Index {
  const n = f.length >= 3 ? Math.floor((f.length - 3) / STRIDE) + 1 : 0;
  const keys = new Int32Array(n);
  const head = new Int32Array(BUCKETS + 1);
  for (let j = 0; j < n; j++) head[(keys[j] = gram(f, j * STRIDE)) + 1]!++;
  for (let b = 0; b < BUCKETS; b++) head[b + 1]! += head[b]!;
  const fill = head.slice(0, BUCKETS);
  const at = new Int32Array(n);
  for (let j = 0; j < n; j++) at[fill[keys[j]!]!++] = j * STRIDE;
  return { head, at };
}
