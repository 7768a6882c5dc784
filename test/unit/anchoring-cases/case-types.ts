import type { TextPositionSelector, TextQuoteSelector } from '../../../src/core/types';
import { describeSpan } from '../../../src/core/anchoring/describe-span';

/**
 * One re-anchoring case: a clip saved from `before` (or given as selectors), looked for in
 * `after`. `kind` says what the right outcome is:
 * - `exact`: the text did not change where the clip is: found, exactly that span;
 * - `changed`: the text of the clip or around it changed: found at the place `want` names;
 * - `gone`: the quoted text is no longer on the page: refused (null);
 * - `contradicted`: the quote is on the page but its saved context is not (a strict suite
 *   expects no match): refused.
 */
export interface AnchorCase {
  /** The suite and file the case was ported from, or `docclip` for ours. */
  source: string;
  name: string;
  kind: 'exact' | 'changed' | 'gone' | 'contradicted';
  /** The page the clip was saved from and the clip's text there (its `nth` occurrence, 0 first). */
  before?: string;
  clip?: string;
  nth?: number;
  /** Or the selectors as saved (cases ported with selectors and no saved page). */
  selectors?: { quote: Omit<TextQuoteSelector, 'type' | 'prefix' | 'suffix'> & { prefix?: string; suffix?: string }; position?: { start: number; end: number } };
  /** The page on the revisit (default: `before`). */
  after?: string;
  /** The right place in `after`: the `nth` occurrence of `text` (not for `gone`). */
  want?: { text: string; nth?: number } | null;
  /** Why the expected outcome is what it is, where the source suite's differs. */
  note?: string;
}

export function selectorsOf(c: AnchorCase): [TextQuoteSelector, TextPositionSelector | undefined] {
  if (c.selectors) {
    const { quote, position } = c.selectors;
    return [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
      position && { type: 'TextPositionSelector', ...position },
    ];
  }
  const before = c.before!;
  const at = nthIndex(before, c.clip!, c.nth ?? 0);
  if (at < 0) throw new Error(`${c.name}: clip not in before`);
  return describeSpan(before, at, at + c.clip!.length);
}

export function nthIndex(text: string, piece: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(piece, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function afterOf(c: AnchorCase): string {
  return c.after ?? c.before!;
}
