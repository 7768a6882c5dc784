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
  return removals;
}

function countShortLines(lines: readonly TextLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.text.length === 0 || line.text.length > 40) continue;
    counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  }
  return counts;
}
