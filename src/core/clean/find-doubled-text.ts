import type { Removal } from '../types';
import { splitLines, trimmedSpan } from './text-lines';

/**
 * Text the site doubled, repaired only where it is certain:
 * - PDF extraction that writes every glyph of a heading twice: "第第1515章章" → "第15章". Only the
 *   full 第…第 N N unit unit shape counts; a doubled word alone ("常常", "谢谢") is Chinese.
 * - The document title repeated on adjacent lines ("TITLE\nTITLE"): the later copies go. Needs
 *   the title, so that a document's own repeated line is never touched.
 * Returns 'duplicate' removals sorted by start; [] when nothing is doubled.
 */
const DOUBLED_HEADING = /第第(\d{1,4}|[一二三四五六七八九十百零〇]{1,4})\1([章节页条篇部回卷课])\2/g;

export function findDoubledText(text: string, title?: string | null): Removal[] {
  const removals: Removal[] = [];
  for (const m of text.matchAll(DOUBLED_HEADING)) {
    const number = m[1]!;
    const secondNumber = m.index + 2 + number.length;
    const secondUnit = secondNumber + number.length + 1;
    removals.push(cut(text, m.index + 1, m.index + 2));
    removals.push(cut(text, secondNumber, secondNumber + number.length));
    removals.push(cut(text, secondUnit, secondUnit + 1));
  }
  const wanted = title?.trim();
  if (wanted) {
    let previous: string | null = null;
    for (const line of splitLines(text).map(trimmedSpan)) {
      if (line.text.length === 0) continue;
      if (line.text === wanted && previous === wanted) removals.push(cut(text, line.start, line.end));
      previous = line.text;
    }
  }
  return removals.sort((a, b) => a.start - b.start);
}

function cut(text: string, start: number, end: number): Removal {
  return { start, end, reason: 'duplicate', text: text.slice(start, end) };
}
