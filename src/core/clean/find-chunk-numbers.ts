import type { Removal } from '../types';
import { longestIncreasingRun } from './longest-increasing-run';

/**
 * Chunk numbers: "1、" "2、" that a site inserts where its text blocks join, often inside a word
 * ("生态2、文明"). A document's own list items look the same, so a number is taken only when
 * - it sits between two ideographs (inside a word, not after punctuation or a line start),
 * - the character before it is not one that introduces a number (第, 表, 图, 附件 …), and
 * - it belongs to an increasing run of at least MIN_RUN such numbers that are at least
 *   MIN_SPACING characters apart (site blocks are page-sized; a list's items are close).
 * Returns [] when no such run exists.
 */
const CHUNK_NUMBER = /(?<=[\u3400-\u9fff])(\d{1,3})、(?=[\u3400-\u9fff])/g;
const INTRODUCES_NUMBER = /[第表图附式页条款项章节号和及与或至到约共每近超]/;
const MIN_RUN = 3;
const MIN_SPACING = 100;

export function findChunkNumbers(text: string): Removal[] {
  const candidates: { start: number; end: number; n: number }[] = [];
  for (const m of text.matchAll(CHUNK_NUMBER)) {
    const before = text[m.index - 1];
    if (before !== undefined && INTRODUCES_NUMBER.test(before)) continue;
    const last = candidates[candidates.length - 1];
    if (last && m.index - last.end < MIN_SPACING) {
      // Too close to the previous one: both look like list items, not block joins.
      candidates.pop();
      continue;
    }
    candidates.push({ start: m.index, end: m.index + m[0].length, n: Number(m[1]) });
  }
  const run = longestIncreasingRun(candidates.map((c) => c.n));
  if (run.length < MIN_RUN) return [];
  return run.map((i) => {
    const c = candidates[i]!;
    return { start: c.start, end: c.end, reason: 'chunk-number' as const, text: text.slice(c.start, c.end) };
  });
}

/**
 * Chunk numbers at line starts: the site's blocks "1、…", "2、…" each begin a line, and a block
 * ends where the site cut the text, not where a sentence ends ("…需要结合软硬件知识才能深\n2、件知识").
 * Taken only as a run 1, 2, 3 … whose first block is at least MIN_BLOCK characters long and
 * where every later number follows a line that does not end as a sentence: a document's own
 * numbered paragraphs end their sentences before the next number. A lone "1、" counts when it
 * opens the text right under the site's section label ("资源描述:\n1、…") or its file-name label
 * ("X.docx\n1、…"): the document's own
 * text starts there with its title, not with a list number.
 */
const LINE_NUMBER = /^(\d{1,3})、/;
const MIN_BLOCK = 150;
const ENDS_SENTENCE = /[。！？!?；;：:”"』」）)…]$/;
const SECTION_LABEL = /^(?:[-•·]\s*)?(?:资源描述|文本内容|文档简介|内容简介|文档描述|資源描述|文本內容|文檔簡介|內容簡介)\s*[:：]?$/;
/** The site's file-name label right above the text ("X.docx") opens it as a section label does. */
const FILE_NAME_LABEL = /^[^\n。！？!?；;]{1,150}\.(?:docx?|pptx?|pdf|xlsx?|txt|wps)$/i;
const opensText = (line: string | null): boolean => line !== null && (SECTION_LABEL.test(line) || FILE_NAME_LABEL.test(line));

export function findLineStartChunkNumbers(lines: ReadonlyArray<{ start: number; end: number; text: string }>, text: string): Removal[] {
  const number = (line: { start: number }, m: RegExpExecArray): Removal => ({
    start: line.start, end: line.start + m[0].length, reason: 'chunk-number', text: text.slice(line.start, line.start + m[0].length),
  });
  let run: Removal[] = [];
  let underLabel = false;
  let previous: string | null = null;
  let previousEnd = 0;
  for (const line of lines) {
    if (line.text.length === 0) continue;
    const m = LINE_NUMBER.exec(line.text);
    const n = m ? Number(m[1]) : 0;
    if (m && n === run.length + 1 && run.length > 0 && previous !== null && !ENDS_SENTENCE.test(previous)) {
      run.push(joinedToPrevious(number(line, m), previous, previousEnd, text));
    } else if (m && n === 1 && (line.text.length >= MIN_BLOCK || opensText(previous))) {
      if (run.length >= 2 || (run.length === 1 && underLabel)) break;
      run = [number(line, m)];
      underLabel = opensText(previous);
    } else if (m && run.length > 0) {
      if (run.length >= 2 || underLabel) break;
      run = [];
    }
    previous = line.text;
    previousEnd = line.end;
  }
  return run.length >= 2 || (run.length === 1 && underLabel) ? run : [];
}

const ASCII_WORD = /[A-Za-z0-9]/;

/**
 * A later block continues the sentence the previous block was cut in ("…护理人员流\n\n2、动性较大"),
 * so the line break before its number goes with the number and the two halves join again; a
 * space stays between two ASCII words ("Excel\n3、tables" → "Excel tables" would need one).
 */
function joinedToPrevious(chunk: Removal, previous: string, previousEnd: number, text: string): Removal {
  const next = text[chunk.end];
  if (next === undefined || (ASCII_WORD.test(previous[previous.length - 1]!) && ASCII_WORD.test(next))) return chunk;
  return { ...chunk, start: previousEnd, text: text.slice(previousEnd, chunk.end) };
}
