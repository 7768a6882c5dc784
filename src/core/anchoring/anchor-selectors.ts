import type { TextPositionSelector, TextQuoteSelector } from '../types';
import { MIN_PIECE, createAnchorText, type AnchorText } from './anchor-text';
import { QUOTE_CONTEXT } from './describe-span';
import { matchQuote, type QuoteCandidate } from './match-quote';
import { foldText } from './normalize-text';

export interface AnchorMatch {
  start: number;
  end: number;
  /**
   * How it was found: `position` the stored position still holds the quote in its context;
   * `quote` the quote itself, elsewhere; `loose` the quote up to white space, full/half-width
   * characters and page markers (normalize-text.ts); `fuzzy` a text within a bounded edit
   * distance of the quote, in the saved context (the page's text changed).
   */
  method: 'position' | 'quote' | 'loose' | 'fuzzy';
  /** 0..1, how well quote and context agree. */
  score: number;
  /** The page's text of the span now. */
  text: string;
  /** The page's text differs from the saved quote (other than in white space). */
  changed: boolean;
}

/**
 * Below this agreement of its nearer context an occurrence of the normalised quote is not
 * placed (better unplaced than misplaced). Unrelated text over a small alphabet agrees about
 * half; a quote at its place, with one side of its context unchanged, in full.
 */
export const MIN_CONTEXT_SCORE = 0.75;

/**
 * Finds a clip again in a page's text, in order:
 * 1. the position selector, if the text there is still the quote and one side of its saved
 *    context agrees in full (the quote alone at the old offset may be another occurrence);
 * 2. an exact occurrence of the quote with one side of its context in full (or both, however
 *    short), the best context winning, then the nearest the old position;
 * 3. every place where the normalised quote occurs exactly or within a bounded edit distance
 *    (match-quote.ts), best score first, the first that passes `acceptable` (below).
 * Returns null when nothing passes: the clip is then listed as not found, never guessed.
 * `page` is the page's text, or an AnchorText built once for many clips.
 */
export function anchorSelectors(page: string | AnchorText, quote: TextQuoteSelector, position?: TextPositionSelector): AnchorMatch | null {
  const anchorText = typeof page === 'string' ? createAnchorText(page) : page;
  const text = anchorText.text;
  const exact = quote.exact;
  if (exact.length === 0) return null;
  const found = (start: number, end: number, method: AnchorMatch['method'], score: number): AnchorMatch => {
    const now = text.slice(start, end);
    return { start, end, method, score, text: now, changed: squeeze(now) !== squeeze(exact) };
  };
  const byPosition = anchorByPosition(text, quote, position);
  if (byPosition) return byPosition;
  const hint = position?.start;
  const hits = exactOccurrences(anchorText, exact, hint ?? 0);
  const best = exactWithContext(text, quote, hint ?? 0, hits);
  if (best) return found(best.start, best.start + exact.length, 'quote', best.score);

  const rawExact = hits.length > 0;
  const ranked = matchQuote(anchorText, exact, { prefix: quote.prefix, suffix: quote.suffix, hint });
  const supports = ranked.filter((c) => c.errors === 0).map(support);
  // White space alone is no context: it is folded away.
  const hasContext = /\S/.test(quote.prefix + quote.suffix);
  for (const c of ranked) {
    // The normalised span leaves out white space at the quote's edges: an exact occurrence
    // is taken with the quote's own.
    const at = c.start - (exact.length - exact.trimStart().length);
    const same = at >= 0 && text.startsWith(exact, at);
    // While the quote itself is on the page, a look-alike of it (other spacing or width) is
    // another string: only its exact occurrences may be chosen among the normalised matches.
    if (rawExact && c.errors === 0 && !same) continue;
    const onlyFigures = () => skeleton(foldText(text.slice(c.start, c.end), anchorText.total).text) === skeleton(foldText(exact, anchorText.total).text);
    if (!acceptable(c, supports, hasContext, rawExact, onlyFigures)) continue;
    if (same) return found(at, at + exact.length, 'quote', c.total);
    return found(c.start, c.end, c.errors === 0 ? 'loose' : 'fuzzy', c.total);
  }
  return null;
}

/** How well the nearer saved context agrees beside a candidate: the better side; null when neither can be compared there. */
function support(c: QuoteCandidate): number | null {
  const sides = [c.near.prefix, c.near.suffix].filter((s): s is number => s !== null);
  return sides.length === 0 ? null : Math.max(...sides);
}

/**
 * Step 1 alone: the clip where its position selector says, if the text there is still the quote
 * and one side of its saved context agrees in full; else null. One comparison: a page can
 * place all its unchanged clips with it before looking for the others.
 */
export function anchorByPosition(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): AnchorMatch | null {
  const exact = quote.exact;
  if (!position || exact.length === 0 || text.slice(position.start, position.end) !== exact || !strongSide(text, position.start, position.end, quote)) return null;
  return { start: position.start, end: position.end, method: 'position', score: 1, text: exact, changed: false };
}

/**
 * The threshold. A normalised exact match needs one side of its context to agree more than
 * MIN_CONTEXT_SCORE (with no context saved, or none the text has room for beside it: a lone
 * occurrence), or, where the quote occurs more than once, more than half when no other
 * occurrence comes within 0.2 of it (the context still tells the places apart; a lone
 * occurrence it does not confirm may stand where the clip's text was deleted).
 * An approximate one needs more the more it differs: up to a third of the quote changed, both
 * saved sides agreeing (one in the main) or the one saved side well, and with no context at
 * most a tenth, or a third at the old position; up to half, both sides almost in full and only
 * figures changed (投资3200万元 → 投资2150万元, not another project's row). While the quote
 * itself is on the page, both sides almost in full. And it is refused when the saved suffix
 * starts where it starts (or the saved prefix ends where it ends): then it is the quote's
 * neighbour, and the quote was deleted.
 */
function acceptable(c: QuoteCandidate, supports: Array<number | null>, hasContext: boolean, rawExact: boolean, onlyFigures: () => boolean): boolean {
  const { prefix, suffix, prefixAtEnd, suffixAtStart } = c.near;
  const sides = [prefix, suffix].filter((s): s is number => s !== null);
  if (c.errors === 0) {
    const own = support(c);
    // No saved context, or none that the text beside it has room for: only a lone occurrence.
    if (own === null) return !hasContext || supports.length === 1;
    if (own > MIN_CONTEXT_SCORE) return true;
    return own > 0.5 && supports.length > 1 && supports.filter((s) => s !== null && s > own - 0.2).length === 1;
  }
  // The quote itself is on the page (its context did not confirm it): another text is taken
  // for it only where both sides of the context agree almost in full (revised in place, while a
  // copy elsewhere kept the old words).
  if (rawExact) return sides.length === 2 && Math.min(...sides) >= 0.9;
  if (suffixAtStart !== null && suffixAtStart >= 0.75 && suffixAtStart > (suffix ?? 0)) return false;
  if (prefixAtEnd !== null && prefixAtEnd >= 0.75 && prefixAtEnd > (prefix ?? 0)) return false;
  const rate = 1 - c.quote;
  if (rate <= 1 / 3) {
    if (sides.length === 2) return Math.min(...sides) >= 0.5 && Math.max(...sides) >= 0.75;
    if (sides.length === 1) return sides[0]! >= 0.8;
    return rate <= 0.1 || c.near.atHint;
  }
  return sides.length === 2 && Math.min(...sides) >= 0.9 && onlyFigures();
}

/** The text without its figures' digits: what must stay when only figures were revised. */
const skeleton = (s: string) => s.replace(/[0-9.,%]+/g, '');

/** One side of the saved context agrees with the text beside [start, end) in full, and says enough: 8 characters, or all there was up to the text's edge. */
function strongSide(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  const { prefix, suffix } = quote;
  if (prefix.length === 0 && suffix.length === 0) return true;
  const p = prefix.length > 0 && start >= prefix.length && text.startsWith(prefix, start - prefix.length)
    && (prefix.length >= 8 || (prefix.length < QUOTE_CONTEXT && start === prefix.length));
  const s = suffix.length > 0 && text.startsWith(suffix, end)
    && (suffix.length >= 8 || (suffix.length < QUOTE_CONTEXT && end + suffix.length === text.length));
  return p || s;
}

/**
 * The exact occurrence with a strong side (above), or with both sides agreeing in full however
 * short (the context a describer chose to make it unique), and the best context score, the
 * nearest `near` in a tie; null when there is none.
 */
function exactWithContext(text: string, quote: TextQuoteSelector, near: number, hits: readonly number[]): { start: number; score: number } | null {
  const exact = quote.exact;
  let best: { start: number; score: number; distance: number } | null = null;
  for (const i of hits) {
    const score = contextScore(text, i, i + exact.length, quote.prefix, quote.suffix);
    if (score < 1 && !strongSide(text, i, i + exact.length, quote)) continue;
    const distance = Math.abs(i - near);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, score, distance };
  }
  return best;
}

/** Exact occurrences the nearest the hint considered (more say nothing a context score can use). */
const MAX_EXACT = 256;

/**
 * Where the quote occurs exactly: through the folded page's index (an exact occurrence is a
 * folded one, whose original span is the quote), the MAX_EXACT nearest `near`; a quote too short
 * for the index, or with only look-alikes near, is looked for in the whole text.
 */
function exactOccurrences(page: AnchorText, exact: string, near: number): number[] {
  const text = page.text;
  const folded = foldText(exact, page.total).text;
  const scan = () => {
    const hits: number[] = [];
    for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) hits.push(i);
    return hits;
  };
  if (folded.length < MIN_PIECE) return scan();
  const lead = exact.length - exact.trimStart().length;
  const { toRaw, toFolded } = page.folded;
  const foldedHits = page.occurrences(folded, toFolded(Math.max(0, near)), MAX_EXACT);
  const hits = foldedHits.map((i) => toRaw(i) - lead).filter((i) => i >= 0 && text.startsWith(exact, i));
  // Only look-alikes (other spacing) near the hint: the quote itself may still be further off.
  return hits.length === 0 && foldedHits.length > 0 ? scan() : hits;
}

/** Share of prefix (read backwards) and suffix characters that agree with the text around [start,end). */
export function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  let agree = 0;
  for (let k = 1; k <= prefix.length && text[start - k] === prefix[prefix.length - k]; k++) agree++;
  for (let k = 0; k < suffix.length && text[end + k] === suffix[k]; k++) agree++;
  return agree / total;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
