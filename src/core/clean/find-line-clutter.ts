import type { Removal } from '../types';
import { withoutBullet } from './chrome-lines';
import { classifyLine, isNoticeItem, noticeReason } from './line-clutter';
import { isBareSiteField } from './metadata-line';
import { splitLines, trimmedSpan, type TextLine } from './text-lines';

/**
 * Whole-line clutter of a text (see line-clutter.ts), plus two rules that need more than one line:
 * - the numbered items under a site notice heading (温馨提示:\n1、…\n2、…) go with the heading;
 * - a short line that carries a site word and repeats REPEAT_MIN times is a watermark
 *   ("精品文档 欢迎下载" under every page); a document repeats its headings less often, and not
 *   with those words; a line that ends as a sentence (。！？；) is the document's, however often.
 * - the line after a bare site field ("上传人:\n黄飞", "关键词:\n绩效 管理 细则") is the field's value
 *   when it is short and not a sentence.
 * Each removal spans the trimmed line (the line break stays; cleanText collapses blank lines).
 */
const REPEAT_MIN = 4;
const WATERMARK_WORDS = /下载|资料|精品|文库|整理|收集|学习|欢迎|仅供|参考|网络/;
const SENTENCE_END = /[。！？；!?;]$/;

/** @param pageCount known or inferred page count (see classifyLine), or null. */
export function findLineClutter(text: string, pageCount: number | null = null): Removal[] {
  const lines = splitLines(text).map(trimmedSpan);
  const removals: Removal[] = [];
  const repeats = countShortLines(lines);
  let inNotice: Removal['reason'] | null = null;
  let afterKeywords = false;
  for (const line of lines) {
    if (line.text.length === 0) continue;
    let reason = classifyLine(line.text, pageCount);
    if (reason === null && afterKeywords && line.text.length <= 80 && !SENTENCE_END.test(line.text) && !/[。，]/.test(line.text)) reason = 'metadata';
    afterKeywords = isBareSiteField(withoutBullet(line.text));
    if (reason === null && inNotice !== null && isNoticeItem(line.text)) reason = inNotice;
    if (
      reason === null &&
      (repeats.get(line.text) ?? 0) >= REPEAT_MIN &&
      WATERMARK_WORDS.test(line.text) &&
      !SENTENCE_END.test(line.text)
    ) {
      reason = 'watermark';
    }
    inNotice = reason !== null && (noticeReason(line.text) !== null || inNotice === reason) ? reason : null;
    if (reason !== null) removals.push({ start: line.start, end: line.end, reason, text: line.text });
  }
  removals.push(...findKeywordColumn(lines));
  return removals;
}

/**
 * The site's keyword list printed one word a line ("2023\n乡镇\n上半年\n工作总结"), with or without
 * its heading: a run of at least KEYWORDS_MIN one-word lines, most of whose words the title
 * (the first line) or the next lines repeat. A document's column of single words (a table's
 * cells) does not mostly repeat its title. Removals are sorted; [] when there is none.
 */
const KEYWORD = /^[\u4e00-\u9fa5A-Za-z0-9]{2,8}$/;
const KEYWORDS_MIN = 4;
const KEYWORDS_SHARE = 0.6;
const REFERENCE_LINES = 4;

function findKeywordColumn(lines: readonly TextLine[]): Removal[] {
  const filled = lines.filter((l) => l.text.length > 0);
  const title = filled[0]?.text.toLowerCase() ?? '';
  const found: Removal[] = [];
  for (let i = 1; i < filled.length; ) {
    let j = i;
    while (j < filled.length && KEYWORD.test(filled[j]!.text)) j++;
    if (j - i >= KEYWORDS_MIN) {
      const reference = [title, ...filled.slice(j, j + REFERENCE_LINES).map((l) => l.text.toLowerCase())].join('\n');
      const words = filled.slice(i, j);
      if (words.filter((w) => reference.includes(w.text.toLowerCase())).length >= KEYWORDS_SHARE * words.length) {
        for (const w of words) found.push({ start: w.start, end: w.end, reason: 'metadata', text: w.text });
      }
    }
    i = Math.max(j, i + 1);
  }
  return found;
}

function countShortLines(lines: readonly TextLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.text.length === 0 || line.text.length > 40) continue;
    counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  }
  return counts;
}
