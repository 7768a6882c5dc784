import { MIN_PIECE, type AnchorText } from './anchor-text';
import { contextDistance, createSearcher, searchApprox } from './myers-search';
import { foldText } from './normalize-text';

/**
 * Where a quote may be in a page whose text changed: every place of the folded page text
 * (normalize-text.ts) where the folded quote occurs exactly, or within a bounded edit distance,
 * ranked by a weighted score of quote, prefix, suffix and position, as Hypothesis's
 * `match-quote.ts` weighs them (quote 50, prefix 20, suffix 20, position 2). This ranks; it does
 * not decide: anchor-selectors.ts applies the threshold.
 */
export interface QuoteCandidate {
  /** The span in the page's original text. */
  start: number;
  end: number;
  /** Edit distance between the folded quote and the folded span. */
  errors: number;
  /** 1 − errors / quote length. */
  quote: number;
  /** Agreement (1 − edit distance / length) of the saved prefix and suffix with the text beside the span; null when none was saved. */
  prefix: number | null;
  suffix: number | null;
  /** The same over the 16 characters nearest the span, and with the prefix ending at the span's end / the suffix starting at its start (the span is then a neighbour of the lost quote); whether it starts at the old position. */
  near: { prefix: number | null; suffix: number | null; prefixAtEnd: number | null; suffixAtStart: number | null; atHint: boolean };
  /** The weighted score, 0..1. */
  total: number;
}

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** The quote's old start in the original text: breaks ties, and weighs a little. */
  hint?: number;
}

/** At most this share of the quote's characters may differ (a larger change is another text). */
export const MAX_ERROR_RATE = 0.5;
/** Candidates kept for the costlier scoring of their context: the fewest errors, then the nearest the hint. */
const MAX_CANDIDATES = 32;
const NEAR = 16;

/** Candidates, best first; [] when the quote folds to nothing or occurs nowhere within MAX_ERROR_RATE. */
export function matchQuote(page: AnchorText, quote: string, context: QuoteContext = {}): QuoteCandidate[] {
  const folding = page.folded;
  const f = folding.text;
  const q = foldText(quote, page.total).text;
  const prefix = foldText(context.prefix ?? '', page.total).text;
  const suffix = foldText(context.suffix ?? '', page.total).text;
  const m = q.length;
  if (m === 0 || f.length === 0) return [];
  const hint = context.hint === undefined ? null : folding.toFolded(Math.max(0, context.hint));
  const maxErrors = Math.floor(m * MAX_ERROR_RATE);

  type Span = { start: number; end: number; errors: number; located: boolean };
  const spans = new Map<number, Span>();
  const add = (start: number, end: number, errors: number, located: boolean) => {
    const old = spans.get(start);
    if (!old || errors < old.errors) spans.set(start, { start, end, errors, located: located || (old?.located ?? false) });
    else if (located) old.located = true;
  };
  if (m >= MIN_PIECE) for (const i of page.occurrences(q, hint ?? 0, 4 * MAX_CANDIDATES)) add(i, i + m, 0, false);
  else for (let i = f.indexOf(q); i !== -1 && spans.size < 100 * MAX_CANDIDATES; i = f.indexOf(q, i + 1)) add(i, i + m, 0, false);
  if (maxErrors > 0) {
    const { byPieces, byContext } = windows(page, q, prefix, suffix, hint, maxErrors);
    const searcher = createSearcher(q);
    for (const [list, located] of [[byContext, true], [byPieces, false]] as const) {
      for (const [from, to] of mergeWindows(list, f.length)) {
        for (const c of searchApprox(f, searcher, maxErrors, from, to)) add(c.start, c.end, c.errors, located);
      }
    }
  }
  let found = [...spans.values()];
  if (found.length > MAX_CANDIDATES) {
    // Too many to score each one's context: half for exact occurrences (the nearest the hint), the rest for those the saved context
    // or the old position locates, then the fewest errors; either half lends the other its room.
    const near = hint ?? 0;
    const distance = (a: Span, b: Span) => Math.abs(a.start - near) - Math.abs(b.start - near);
    const exact = found.filter((c) => c.errors === 0).sort(distance);
    const other = found.filter((c) => c.errors > 0).sort((a, b) => Number(b.located) - Number(a.located) || a.errors - b.errors || distance(a, b));
    const half = MAX_CANDIDATES / 2;
    const exactRoom = Math.max(half, MAX_CANDIDATES - other.length);
    found = [...exact.slice(0, exactRoom), ...other.slice(0, MAX_CANDIDATES - Math.min(exact.length, exactRoom))];
  }
  const pNear = prefix.slice(-NEAR);
  const sNear = suffix.slice(0, NEAR);
  const ranked: QuoteCandidate[] = [];
  for (const { start, end, errors } of found) {
    const nearPrefix = agreement(f, start, pNear, 'before', 2);
    const nearSuffix = agreement(f, end, sNear, 'after', 2);
    // An approximate match whose context disagrees beyond what any threshold of
    // anchor-selectors.ts takes (a side under half, a lone side under 0.8) is not ranked.
    if (errors > 0 && (nearPrefix !== null && nearSuffix !== null ? Math.min(nearPrefix, nearSuffix) < 0.5 : (nearPrefix ?? nearSuffix ?? 1) < 0.8)) continue;
    const near = {
      prefix: nearPrefix,
      suffix: nearSuffix,
      prefixAtEnd: errors === 0 ? null : agreement(f, end, pNear, 'before', 2),
      suffixAtStart: errors === 0 ? null : agreement(f, start, sNear, 'after', 2),
      atHint: start === hint,
    };
    // The whole saved context where it tells occurrences of the quote apart; for an approximate
    // match, its nearer part (the costlier comparison would rank a few more finely, no more).
    const p = errors === 0 ? agreement(f, start, prefix, 'before', 4) : near.prefix;
    const s = errors === 0 ? agreement(f, end, suffix, 'after', 4) : near.suffix;
    const pos = hint === null ? 0 : 1 - Math.abs(start - hint) / f.length;
    const weights = 50 + (p === null ? 0 : 20) + (s === null ? 0 : 20) + (hint === null ? 0 : 2);
    const qs = 1 - errors / m;
    const total = (50 * qs + 20 * (p ?? 0) + 20 * (s ?? 0) + 2 * pos) / weights;
    ranked.push({ start: folding.toRaw(start), end: folding.toRaw(end - 1) + 1, errors, quote: qs, prefix: p, suffix: s, near, total });
  }
  const near = context.hint ?? 0;
  return ranked.sort((a, b) => b.total - a.total || Math.abs(a.start - near) - Math.abs(b.start - near));
}

/**
 * 1 − edit distance / length between a saved context and the text beside `edge`, over the part
 * of it the text has room for (a prefix a little longer than what precedes the page's first
 * word is compared over what there is); null when the context is empty or there is room for
 * less than half of it.
 */
function agreement(f: string, edge: number, context: string, side: 'before' | 'after', slack: number): number | null {
  const room = side === 'before' ? edge : f.length - edge;
  // Less than half the room: the page's edge moved (or the context was made up); it says nothing.
  if (context.length === 0 || room < context.length / 2) return null;
  const part = side === 'before' ? context.slice(Math.max(0, context.length - room)) : context.slice(0, room);
  return 1 - contextDistance(f, edge, part, side, slack) / part.length;
}

/** Occurrences kept per search key, the nearest the hint: a key found more often than this says little about where the quote is. */
const MAX_HITS = 16;
/** The same for a piece of the quote (a quote with many pieces looks in many places already). */
const MAX_PIECE_HITS = 16;

/**
 * Where an approximate match may be, as folded [from, to) windows:
 * - around exact occurrences of pieces of the quote: a match with at most k errors keeps one
 *   of k + 1 disjoint pieces intact (pieces of at least MIN_PIECE characters, at most 24 of
 *   them: for a long quote with many errors the pieces cover fewer errors, and the context
 *   windows below find those);
 * - after the saved prefix and before the saved suffix (the quote changed in place);
 * - at the old position.
 */
function windows(page: AnchorText, q: string, prefix: string, suffix: string, hint: number | null, k: number): { byPieces: Array<[number, number]>; byContext: Array<[number, number]> } {
  const m = q.length;
  const byPieces: Array<[number, number]> = [];
  const byContext: Array<[number, number]> = [];
  const near = hint ?? 0;
  const pieces = Math.min(k + 1, Math.floor(m / MIN_PIECE), 24);
  for (let i = 0; i < pieces; i++) {
    const from = Math.floor((i * m) / pieces);
    const piece = q.slice(from, Math.floor(((i + 1) * m) / pieces));
    for (const at of page.occurrences(piece, near, MAX_PIECE_HITS)) byPieces.push([at - from - k, at - from + m + k]);
  }
  const find = (key: string) => page.occurrences(key, near, MAX_HITS);
  const pKey = prefix.slice(-NEAR);
  if (pKey.length >= MIN_PIECE) for (const at of find(pKey)) byContext.push([at + pKey.length - k, at + pKey.length + m + k]);
  const sKey = suffix.slice(0, NEAR);
  if (sKey.length >= MIN_PIECE) for (const at of find(sKey)) byContext.push([at - m - k, at + k]);
  if (hint !== null) byContext.push([hint - k, hint + m + k]);
  return { byPieces, byContext };
}

/** Windows clamped to [0, length), sorted and merged where they overlap. */
function mergeWindows(list: Array<[number, number]>, length: number): Array<[number, number]> {
  const sorted = list.map(([a, b]): [number, number] => [Math.max(0, a), Math.min(length, b)]).filter(([a, b]) => a < b).sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const w of sorted) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push(w);
  }
  return merged;
}
