import { foldText, markerTotal, type FoldedText } from './normalize-text';

/**
 * A page's text prepared for re-anchoring many clips: the folded text (normalize-text.ts), the
 * page count of its markers and a trigram index of the folded text, each built once, on first
 * use (a page whose clips all anchor by position never builds them).
 */
export interface AnchorText {
  readonly text: string;
  /** The page count of the page's markers (null: none); quotes are folded with it too. */
  readonly total: number | null;
  readonly folded: FoldedText;
  /** Where `piece` (≥ 3 characters) occurs in the folded text, ascending. */
  occurrences(piece: string): number[];
}

const BUCKETS = 1 << 18;

const gram = (s: string, i: number) =>
  (Math.imul(Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ s.charCodeAt(i + 1), 0x85ebca6b) ^ s.charCodeAt(i + 2)) & (BUCKETS - 1);

export function createAnchorText(text: string): AnchorText {
  let total: number | null | undefined;
  let folded: FoldedText | undefined;
  let index: { head: Int32Array; at: Int32Array } | undefined;
  const page: AnchorText = {
    text,
    get total() {
      return (total = total === undefined ? markerTotal(text) : total);
    },
    get folded() {
      return (folded ??= foldText(text, page.total));
    },
    occurrences(piece) {
      const f = page.folded.text;
      if (piece.length < 3) throw new RangeError('occurrences: a piece has at least 3 characters');
      index ??= buildIndex(f);
      const g = gram(piece, 0);
      const found: number[] = [];
      for (let k = index.head[g]!; k < index.head[g + 1]!; k++) {
        const at = index.at[k]!;
        if (f.startsWith(piece, at)) found.push(at);
      }
      return found;
    },
  };
  return page;
}

/** Counting sort of the folded text's positions by trigram bucket (positions ascending in each). */
function buildIndex(f: string): { head: Int32Array; at: Int32Array } {
  const n = Math.max(0, f.length - 2);
  const keys = new Int32Array(n);
  const head = new Int32Array(BUCKETS + 1);
  for (let i = 0; i < n; i++) head[(keys[i] = gram(f, i)) + 1]!++;
  for (let b = 0; b < BUCKETS; b++) head[b + 1]! += head[b]!;
  const fill = head.slice(0, BUCKETS);
  const at = new Int32Array(n);
  for (let i = 0; i < n; i++) at[fill[keys[i]!]!++] = i;
  return { head, at };
}
