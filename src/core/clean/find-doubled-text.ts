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
 * - The site's heading (or file name, "X.docx") printed again further down, or opening a later
 *   line, or numbered by the site above the document's own title: see findRepeatedHeading.
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
  removals.push(...findExcerpts(text));
  return removals.sort((a, b) => a.start - b.start);
}

/**
 * The site's excerpt of the text that follows: a long line whose words, spaces aside, open the
 * next line, which goes on further ("T同志们:今天…刚才,发改、" above "T 同志们: 今天 … 刚才,发改、
 * 财政…"). The excerpt goes; the full text stays. Only lines of EXCERPT_MIN characters or more,
 * so that a heading the text repeats is left to the rules above.
 */
const EXCERPT_MIN = 100;

function findExcerpts(text: string): Removal[] {
  const lines = splitLines(text).map(trimmedSpan).filter((l) => l.text.length > 0);
  const removals: Removal[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.length < EXCERPT_MIN) continue;
    const excerpt = squeeze(line.text);
    const next = squeeze(lines[i + 1]!.text);
    if (next.length > excerpt.length && next.startsWith(excerpt)) removals.push(cut(text, line.start, line.end));
  }
  return removals;
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
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
      // document again (captions, a promotion, a second heading, the name without its
      // extension), so the name is not lost.
      const stem = line.text.replace(EXTENSION, '');
      if (occursTwice(text, line.text) || (stem.length >= 4 && occursTwice(text, stem))) removals.push(cut(text, line.start, line.end));
      continue;
    }
    if (i >= HEAD_LINES) continue;
    if (isIndexedCopy(line.text, lines[i + 1]?.text) || isIndexedCopy(line.text, lines[i + 2]?.text)) {
      removals.push(cut(text, line.start, line.end));
      continue;
    }
    if (!isHeadingLike(line.text)) continue;
    if (lines[i - 1]?.text === line.text || lines[i + 1]?.text === line.text) continue;
    const later = lines.slice(i + 1);
    const repeated =
      later.some((l) => l.text === line.text) ||
      later.slice(0, HEAD_LINES).some((l) => l.text.length > line.text.length && startsWithHeading(l.text, line.text));
    if (repeated) removals.push(cut(text, line.start, line.end));
  }
  return removals;
}

const EXTENSION = /\.[A-Za-z]{2,4}$/;

/**
 * "H" opens a later line the site built around the document's title: its thumbnail captions
 * ("H_第1页"), a chunk ("1、H…"), or the document's text glued to its title ("H120xx年以来…").
 * Not when a bracket follows: "H【范文参考】此篇精选…" is the site's promotion quoting the title,
 * and the heading above it is the document's own.
 */
const AFTER_QUOTED_TITLE = /^[【\[(（《“"]/;

function startsWithHeading(line: string, heading: string): boolean {
  const body = line.replace(LIST_ITEM, '');
  const rest = body.startsWith(heading) ? body.slice(heading.length) : line.startsWith(heading) ? line.slice(heading.length) : null;
  return rest !== null && !AFTER_QUOTED_TITLE.test(rest);
}

/**
 * The site's index heading over a document that follows with its own title: "第一篇:T" or
 * "篇一:T" or "【范文】T" above "T". The site's prefix is its numbering of the documents it
 * collected or its category tag; T itself stays.
 */
const SITE_INDEX = /^(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})\s{0,2}[:：]\s{0,2}|^[【\[][^】\]\n]{1,8}[】\]]\s{0,2}/;

function isIndexedCopy(line: string, next: string | undefined): boolean {
  if (next === undefined || next.length < 6 || !isHeadingLike(next)) return false;
  const m = SITE_INDEX.exec(line);
  return m !== null && line.slice(m[0].length) === next;
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
