/**
 * The pure text cleaner. Positive recognition only: a span is removed when it is recognised as a
 * site's clutter, never because it "is not the article".
 *
 *   text ──► findLineClutter   whole lines: labels, buttons, counters, metadata, footers, notices
 *        ├─► INLINE_PATTERNS   phrases inside paragraphs: banners, folds, promotions, ICP, 客服, watermarks
 *        ├─► findPageMarkers   k/N and 第k页共N页 in an increasing run for the page count N; chunk numbers
 *        └─► findDoubledText   第第1515章章, the title repeated on adjacent lines
 *                 │
 *                 ▼
 *           mergeRemovals ──► findRemovals (sorted, non-overlapping) ──► cleanText (applies, collapses blank lines)
 */
export { cleanText, type CleanTextResult } from './clean-text';
export { findRemovals, type FindRemovalsOptions } from './find-removals';
export { findPageMarkers } from './find-page-markers';
export { inferPageCount } from './infer-page-count';
