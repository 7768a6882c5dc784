import type { TextLine } from './reading-order';

/**
 * A paragraph of drawn text: its lines from top to bottom, and what joins each line after the
 * first to the one before it (`joins[i]` goes between lines[i] and lines[i + 1]: '' or ' ').
 */
export interface TextParagraph {
  lines: TextLine[];
  joins: string[];
}

/**
 * Distances in line heights (the upper line's box height). A wrapped line ends within
 * FULL_LINE_SLACK of the text's right edge (a reader breaks a CJK line where the next character
 * does not fit, and may push a punctuation mark or two to the next line); the next line then
 * starts no further right than INDENT_SLACK past the wrapped line's start (an indented line
 * starts a paragraph) and no more than LINE_GAP below it; both lines are of one size (their
 * heights within SAME_SIZE of each other).
 */
const FULL_LINE_SLACK = 2;
const INDENT_SLACK = 0.5;
const LINE_GAP = 1;
const SAME_SIZE = 0.2;

const LATIN_END = /[A-Za-z\u00C0-\u024F]$/;
const LATIN_START = /^[A-Za-z\u00C0-\u024F]/;

/**
 * Groups a canvas's lines (readingOrder's, top to bottom) into paragraphs, so that a sentence
 * the reader wrapped over two lines reads as one: a figure or a target cut by the line break is
 * whole again in the page's text. A line continues the paragraph of the line above when that
 * line was wrapped — it reaches the text's right edge — and the two are one piece each (not
 * table cells or columns), of one size, close and not indented. The right edge is the rightmost
 * line end, or the canvas's width less the text's left margin when that lies further right (a
 * page with its margins alike, whose longest line does not fill the line). Lines joined without
 * a break get a space between them where two Latin letters meet; CJK text and figures join
 * with nothing. A page whose lines never reach its edge keeps a paragraph a line.
 */
export function groupParagraphs(lines: readonly TextLine[], canvasWidth: number): TextParagraph[] {
  if (lines.length === 0) return [];
  const left = (l: TextLine) => l.items[0]!.left;
  const right = (l: TextLine) => l.items[l.items.length - 1]!.right;
  const minLeft = Math.min(...lines.map(left));
  const edge = Math.max(Math.max(...lines.map(right)), canvasWidth - minLeft);
  const paragraphs: TextParagraph[] = [];
  let current: TextParagraph = { lines: [lines[0]!], joins: [] };
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1]!;
    const line = lines[i]!;
    const height = above.bottom - above.top;
    const continues =
      above.items.length === 1 &&
      line.items.length === 1 &&
      height > 0 &&
      Math.abs(line.bottom - line.top - height) <= SAME_SIZE * height &&
      line.top - above.bottom < LINE_GAP * height &&
      right(above) >= edge - FULL_LINE_SLACK * height &&
      left(line) <= left(above) + INDENT_SLACK * height;
    if (continues) {
      current.joins.push(joinBetween(above.items[0]!.text, line.items[0]!.text));
      current.lines.push(line);
    } else {
      paragraphs.push(current);
      current = { lines: [line], joins: [] };
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

/** What goes between a wrapped line's text and the next line's: a space where two Latin letters meet, else nothing. */
function joinBetween(before: string, after: string): string {
  return LATIN_END.test(before) && LATIN_START.test(after) ? ' ' : '';
}

/** The text of the paragraphs as the layer holds it: a paragraph a line, its lines joined. */
export function paragraphsText(paragraphs: readonly TextParagraph[]): string {
  return paragraphs
    .map((p) => p.lines.map((l, i) => (i > 0 ? p.joins[i - 1] : '') + l.items.map((item) => item.text).join('')).join(''))
    .join('\n');
}
