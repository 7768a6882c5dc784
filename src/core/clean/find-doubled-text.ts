import type { Removal } from '../types';
import { splitLines, trimmedSpan } from './text-lines';

/**
 * Text the site doubled, repaired only where it is certain:
 * - PDF extraction that writes every glyph of a heading twice: "第第1515章章" → "第15章". Only the
 *   full 第…第 N N unit unit shape counts; a doubled word alone ("常常", "谢谢") is Chinese.
 * - The document title repeated on adjacent lines ("TITLE\nTITLE"): the later copies go.
 * - A heading-like line (6–80 characters, not a sentence, not a list item, no field colon) among
 *   the first HEAD_LINES lines that the site printed twice in a row: the later copies go. There,
 *   a repeated line is the site's heading above the document's own title; further down a table
 *   column may repeat a cell ("符合要求"), so nothing else is touched.
 * - The site's heading (or file name, "X.docx") printed again further down: see findRepeatedHeading.
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
  let previous: string | null = null;
  let index = 0;
  for (const line of splitLines(text).map(trimmedSpan)) {
    if (line.text.length === 0) continue;
    const inHead = index++ < HEAD_LINES;
    if (line.text === previous && (line.text === wanted || (inHead && isHeadingLike(line.text)))) removals.push(cut(text, line.start, line.end));
    previous = line.text;
  }
  removals.push(...findRepeatedHeading(text));
  return removals.sort((a, b) => a.start - b.start);
}

/**
 * The site's heading above a document that starts with the same title: a heading-like line
 * among the first HEAD_LINES lines that the text repeats later. The earlier copies go, the last
 * (the document's own) stays. Adjacent copies are left to the rule above. A file-name heading
 * ("X.docx") goes wherever it stands, when the page names the document elsewhere too.
 */
const FILE_NAME = /^[^\n。！？!?；;]{1,150}\.(?:docx?|pptx?|pdf|xlsx?|txt|wps|rtf|caj)$/i;

const HEAD_LINES = 8;

function findRepeatedHeading(text: string): Removal[] {
  const lines = splitLines(text).map(trimmedSpan).filter((l) => l.text.length > 0);
  const removals: Removal[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FILE_NAME.test(line.text)) {
      // The file name is the site's label of the document; it goes when the page names the
      // document again (captions, a promotion, a second heading), so the name is not lost.
      if (occursTwice(text, line.text)) removals.push(cut(text, line.start, line.end));
      continue;
    }
    if (i >= HEAD_LINES || !isHeadingLike(line.text)) continue;
    if (lines[i - 1]?.text === line.text || lines[i + 1]?.text === line.text) continue;
    if (lines.slice(i + 1).some((l) => l.text === line.text)) removals.push(cut(text, line.start, line.end));
  }
  return removals;
}

function occursTwice(text: string, s: string): boolean {
  const first = text.indexOf(s);
  return first !== -1 && text.indexOf(s, first + 1) !== -1;
}

function cut(text: string, start: number, end: number): Removal {
  return { start, end, reason: 'duplicate', text: text.slice(start, end) };
}

const SENTENCE_END = /[。！？!?；;，,：:]$/;
const FIELD_MARK = /[:：;；]/;
const LIST_ITEM = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．)）]|^[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]/;
const HAS_WORD = /[\u3400-\u9fffA-Za-z]{2}/;

function isHeadingLike(line: string): boolean {
  return line.length >= 6 && line.length <= 80 && HAS_WORD.test(line) && !SENTENCE_END.test(line) && !LIST_ITEM.test(line) && !FIELD_MARK.test(line);
}
