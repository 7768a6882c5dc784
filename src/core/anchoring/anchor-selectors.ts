import type { TextPositionSelector, TextQuoteSelector } from '../types';

export interface AnchorMatch {
  start: number;
  end: number;
  /** How it was found: the stored position still holds the quote; the quote found elsewhere; found ignoring white space. */
  method: 'position' | 'quote' | 'loose';
  /** 0..1, how well the surrounding context agrees. */
  score: number;
}

/** Below this context score a quote that occurs several times is not placed (better unplaced than misplaced). */
export const MIN_AMBIGUOUS_SCORE = 0.5;

const WS = /\s/;

/**
 * Finds a clip again in `text`, in order: (1) the position selector, if the text there is still
 * the quote; (2) every exact occurrence of the quote, scored by how much of the prefix and
 * suffix agree, nearest the old position winning a tie; (3) the same ignoring white space (the
 * page's line breaks moved) — when the quote itself occurs, this only chooses among its exact
 * occurrences, so a look-alike that differs in white space is never returned for it. Returns null
 * when the quote is not there, or when it occurs more than once and no occurrence's context scores
 * MIN_AMBIGUOUS_SCORE — it is never guessed.
 */
export function anchorSelectors(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): AnchorMatch | null {
  const exact = quote.exact;
  if (exact.length === 0) return null;
  if (position && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const found = bestOccurrence(text, exact, quote, position?.start ?? 0);
  if (found) return { ...found, method: 'quote' };
  const loose = looseMatch(text, quote, position?.start ?? 0);
  if (!loose || !text.includes(exact)) return loose;
  // The quote is in the text but its context did not choose an occurrence (white space in the
  // context moved). The white-space-blind context may choose one, but only an exact occurrence of
  // the quote is accepted: a look-alike that differs in white space would be a different string.
  const start = loose.start - (exact.length - exact.trimStart().length);
  return text.startsWith(exact, start) ? { start, end: start + exact.length, method: 'quote', score: loose.score } : null;
}

function bestOccurrence(text: string, exact: string, quote: TextQuoteSelector, near: number) {
  let best: { start: number; end: number; score: number; distance: number } | null = null;
  let count = 0;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    count++;
    const score = contextScore(text, i, i + exact.length, quote.prefix, quote.suffix);
    const distance = Math.abs(i - near);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: i, end: i + exact.length, score, distance };
    }
  }
  if (!best) return null;
  if (count > 1 && best.score < MIN_AMBIGUOUS_SCORE) return null;
  return { start: best.start, end: best.end, score: count === 1 ? Math.max(best.score, 0.75) : best.score };
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

function looseMatch(text: string, quote: TextQuoteSelector, near: number): AnchorMatch | null {
  const squeeze = (s: string) => {
    const chars: string[] = [];
    const at: number[] = [];
    for (let i = 0; i < s.length; i++) if (!WS.test(s[i]!)) { chars.push(s[i]!); at.push(i); }
    return { text: chars.join(''), at };
  };
  const needle = squeeze(quote.exact).text;
  if (needle.length === 0) return null;
  const hay = squeeze(text);
  const q: TextQuoteSelector = { ...quote, prefix: squeeze(quote.prefix).text, suffix: squeeze(quote.suffix).text };
  const nearSqueezed = hay.at.findIndex((i) => i >= near);
  const found = bestOccurrence(hay.text, needle, q, nearSqueezed < 0 ? 0 : nearSqueezed);
  if (!found) return null;
  return { start: hay.at[found.start]!, end: hay.at[found.end - 1]! + 1, method: 'loose', score: found.score };
}
