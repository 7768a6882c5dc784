import type { InlinePattern } from './inline-clutter-patterns';

/**
 * Leftovers of the site's own machinery in the text it serves (QUALITY.md, family "other"):
 * - HTML tags a converter printed as text ("<p><b> 设计说明书</b></p>", "<span class=…>"). Only
 *   the tags of text markup, and a tag with attributes even when its "<" was eaten by a broken
 *   encoding ("大?。?span id=… class=…>"); a document's "a<b" comparison is no tag.
 * - A keyword list that a hacked site plants for search engines: a line of short comma-separated
 *   items, at least SPAM_MIN of them with the words of adult-video spam. A document never lists
 *   those words that way.
 * - A line of nothing but stray marks ("``") or a long rule of dashes: decoration, never text.
 */
const TEXT_TAGS = 'p|b|i|u|s|br|hr|em|strong|span|div|font|sup|sub|small|big|center|h[1-6]|li|ul|ol|td|tr|th|table|tbody|a';
const ATTRIBUTES = '(?:\\s{1,4}[a-z-]{1,20}\\s{0,2}=\\s{0,2}"[^"\\n<>]{0,100}"){1,6}';

const SPAM_WORDS = /日韩|欧美|亚洲|国产|一区二区|无码|男人天堂|影音先锋|在线观看|中文字幕|伊人|久久|(?<![a-z])av(?![a-z])|成人/i;
const SPAM_MIN = 3;
const SPAM_LIST = /^[^\n。！？!?；;,，]{2,30}(?:[,，][^\n。！？!?；;,，]{2,30}){3,}[,，]?$/gm;

export const MARKUP_PATTERNS: readonly InlinePattern[] = [
  { reason: 'watermark', pattern: new RegExp(`<\\/?(?:${TEXT_TAGS})(?:${ATTRIBUTES})?\\s{0,2}\\/?>`, 'gi') },
  { reason: 'watermark', pattern: new RegExp(`(?<=[?？])(?:span|div|font|a)${ATTRIBUTES}\\s{0,2}>`, 'gi') },
  { reason: 'watermark', pattern: /^[ \t]*(?:[`'"~^]{1,4}|-{10,}|={10,})[ \t]*$/gm },
];

/** The spam keyword lines of `text` (see above), as [start, end) spans. */
export function findSpamLines(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(SPAM_LIST)) {
    const items = m[0].split(/[,，]/);
    if (items.filter((item) => SPAM_WORDS.test(item)).length >= SPAM_MIN) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}
