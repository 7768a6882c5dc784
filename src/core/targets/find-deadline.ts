/**
 * The deadline a target states: 到2025年, 2025年底前, 今年底, 今年年底, 年底前, 年内, 7月底,
 * 20xx年, 一季度. Periods without a numeral (今年底, 年底前) are deadlines even though they
 * are not figures.
 *
 * Speed: every form contains an anchor character — 年, 月 or 季 — at most ANCHOR_REACH
 * characters after its start, so the pattern is tried (sticky) only at the positions up to
 * that far before an anchor, in increasing order: the first hit is the leftmost match the
 * global pattern would find.
 */

const YEAR = '(?:\\d{4}|(?:19|20)(?:\\d[xX*＊]|[xX*＊]{2})|[〇零一二三四五六七八九]{4})';
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])';
const BEFORE = '(?:前|以前|之前)?';
const LEAD = '(?:(?<![截])(?:到|至)|在|于)?';

const DEADLINE = new RegExp(
  [
    `${LEAD} ?${YEAR} ?年(?:年?底|年?末|初|[上下]半年|内|第?[一二三四1-4]季度)?(?:${MONTH}月(?:${DAY}日|底|末|[上中下]旬)?)?${BEFORE}`,
    `${LEAD}(?:今年|明年|后年|本年度?|当年)(?:年?底|年?末|内|[上下]半年)${BEFORE}`,
    `${LEAD}${MONTH}月(?:份|底|末|[上中下]旬|${DAY}日)?${BEFORE}`,
    `第?[一二三四1-4]季度(?:末|前)?`,
    '年底前|年内|月底前|年底|年末',
  ].join('|'),
  'y',
);
/**
 * Longest reach from a match's start to its first anchor: LEAD (1) + a space + a 4-character
 * year + a space before 年 (到 2022 年); LEAD + 本 / LEAD + 2-character month before 年 / 月;
 * 第 + digit before 季.
 */
const ANCHOR_REACH = 7;
const NIAN = '年'.charCodeAt(0);
const YUE = '月'.charCodeAt(0);
const JI = '季'.charCodeAt(0);
/** A month numeral glued to a preceding digit or 个 (13月, 3个月) is not a month. */
const NOT_A_MONTH = /[\d个]$/;
const GLUED_FORM = /^\d|^[一二三四五六七八九十]+月/;

/** The first deadline written in `clause`, as written; null when the clause states none. */
export function findDeadline(clause: string): string | null {
  let from = 0; // the first start position not tried yet
  for (let a = 0; a < clause.length; a++) {
    const c = clause.charCodeAt(a);
    if (c !== NIAN && c !== YUE && c !== JI) continue;
    for (let q = Math.max(from, a - ANCHOR_REACH); q <= a; q++) {
      DEADLINE.lastIndex = q;
      const m = DEADLINE.exec(clause);
      if (m === null) continue;
      const glued = GLUED_FORM.test(m[0]) && NOT_A_MONTH.test(clause[q - 1] ?? '');
      if (!glued) return m[0];
    }
    from = a + 1;
  }
  return null;
}
