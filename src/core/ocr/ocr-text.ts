import { readingOrder, type TextLine } from '../canvas-text/reading-order';
import type { ReadLine } from './read-page';

/** The text of an OCR'd page and, for every character of it, the confidence it was read with. */
export interface OcrText {
  /** Lines in reading order, a visual line's wrap joined into its paragraph; paragraphs on lines of their own. */
  text: string;
  /** confidences[i] belongs to text[i] (UTF-16 index); 1 for what DocClip put in (a line break, a space). */
  confidences: number[];
  /** The layer's lines (image pixels), as canvas-text-layer lays them. */
  lines: TextLine[];
}

/**
 * A line that ends this close (in line heights) to the right edge of the page's text runs on into
 * the next line: these pages wrap a paragraph at the text block's width, and a short line (or one
 * whose next line is indented) ends its paragraph.
 */
const RUN_ON_SLACK = 1.5;
const INDENT = 1;
/** Lines a page may have (the private-use characters that name them while they are ordered). */
const MAX_LINES = 0x1900;

/**
 * Puts the lines read from a page in reading order (the same order as recorded canvas text:
 * top to bottom, left to right within a visual line) and joins them into the page's text.
 * A visual line that reaches the text block's right edge runs on into the next one unless the
 * next one is indented; any other line ends a paragraph ('\n'). Returns empty text for no lines.
 */
export function ocrText(read: ReadLine[]): OcrText {
  // readingOrder joins and spaces pieces by their text: each read line goes in as one
  // private-use character that names it, and its own text and confidences are put back after.
  const kept = read.slice(0, MAX_LINES);
  const mark = (i: number) => String.fromCharCode(0xe000 + i);
  const order = readingOrder(kept.map((l, i) => ({ text: mark(i), left: l.left, top: l.top, right: l.right, bottom: l.bottom })));
  const lines: TextLine[] = [];
  let text = '';
  const confidences: number[] = [];
  const blockLeft = Math.min(...kept.map((l) => l.left));
  const blockRight = Math.max(...kept.map((l) => l.right));
  let previous: { right: number; height: number } | null = null;
  for (const line of order) {
    const height = line.bottom - line.top;
    const left = line.items[0]?.left ?? blockLeft;
    if (previous) {
      const runsOn = blockRight - previous.right <= RUN_ON_SLACK * previous.height && left - blockLeft < INDENT * height;
      if (!runsOn) {
        text += '\n';
        confidences.push(1);
      }
    }
    const items: TextLine['items'] = [];
    for (const item of line.items) {
      for (const c of item.text) {
        const source = kept[c.charCodeAt(0) - 0xe000];
        if (c === ' ' || !source) {
          // A space between two read pieces ends the piece before it (or starts the item).
          const last = items.at(-1);
          if (last) last.text += c;
          else items.push({ text: c, left: item.left, right: item.left });
          text += c;
          confidences.push(1);
          continue;
        }
        text += source.text;
        for (const ch of source.chars) for (let k = 0; k < ch.char.length; k++) confidences.push(ch.confidence);
        items.push(...scriptRuns(source));
      }
    }
    lines.push({ top: line.top, bottom: line.bottom, items });
    previous = { right: line.items.at(-1)?.right ?? left, height };
  }
  return { text, confidences, lines };
}

/** Han characters, kana, hangul and full-width forms and punctuation: the glyphs a CJK font draws one em wide. */
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * The pieces of a read line for the layer: one per run of wide (CJK) or narrow (Latin, digits,
 * ASCII signs) characters, each spanning from halfway after the character before it to halfway
 * before the one after it (at the line's ends, its box edges or half a character's spacing
 * beyond its first and last characters, whichever is farther out). The layer stretches each piece to
 * its own width, so a run of digits drawn in the page's font lines up with its own glyphs, not
 * at the place a single stretch of the whole line in another font would put them.
 */
export function scriptRuns(line: ReadLine): TextLine['items'] {
  const chars = line.chars;
  if (chars.length === 0) return [{ text: line.text, left: line.left, right: line.right }];
  // Half the spacing of the characters: the line's ends reach at least that far beyond its first
  // and last (the detected box stops at the ink, and a final 。 or ， has its ink at its left).
  const half = chars.length > 1 ? (chars.at(-1)!.x - chars[0]!.x) / (chars.length - 1) / 2 : 0;
  const edge = (i: number) =>
    i <= 0 ? Math.min(line.left, chars[0]!.x - half) : i >= chars.length ? Math.max(line.right, chars.at(-1)!.x + half) : Math.min(line.right, Math.max(line.left, (chars[i - 1]!.x + chars[i]!.x) / 2));
  const runs: TextLine['items'] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && WIDE.test(chars[i]!.char) === WIDE.test(chars[i - 1]!.char)) continue;
    runs.push({ text: chars.slice(start, i).map((c) => c.char).join(''), left: edge(start), right: edge(i) });
    start = i;
  }
  return runs;
}

/** The lowest confidence among text[start, end) (1 for an empty span). */
export function spanConfidence(confidences: number[], start: number, end: number): number {
  let low = 1;
  for (let i = start; i < end; i++) low = Math.min(low, confidences[i] ?? 1);
  return low;
}
