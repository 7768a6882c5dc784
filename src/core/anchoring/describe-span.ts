import type { TextPositionSelector, TextQuoteSelector } from '../types';

/** How many characters of context a quote selector keeps on each side. */
export const QUOTE_CONTEXT = 32;

/**
 * W3C selectors for text.slice(start, end): a quote with prefix/suffix context and a position.
 * Offsets are clamped to the text; start > end is swapped.
 */
export function describeSpan(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  const a = Math.max(0, Math.min(start, end, text.length));
  const b = Math.min(text.length, Math.max(start, end, 0));
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(a, b),
      prefix: text.slice(Math.max(0, a - QUOTE_CONTEXT), a),
      suffix: text.slice(b, b + QUOTE_CONTEXT),
    },
    { type: 'TextPositionSelector', start: a, end: b },
  ];
}
