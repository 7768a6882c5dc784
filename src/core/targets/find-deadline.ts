/**
 * The deadline a target states: 到2025年, 2025年底前, 今年底, 今年年底, 年底前, 年内, 7月底,
 * 20xx年, 一季度. Periods without a numeral (今年底, 年底前) are deadlines even though they
 * are not figures.
 */

const YEAR = '(?:\\d{4}|(?:19|20)(?:\\d[xX*＊]|[xX*＊]{2})|[〇零一二三四五六七八九]{4})';
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])';
const BEFORE = '(?:前|以前|之前)?';
const LEAD = '(?:(?<![截])(?:到|至)|在|于)?';

const DEADLINE = new RegExp(
  [
    `${LEAD}${YEAR}年(?:年?底|年?末|初|[上下]半年|内|第?[一二三四1-4]季度)?(?:${MONTH}月(?:${DAY}日|底|末|[上中下]旬)?)?${BEFORE}`,
    `${LEAD}(?:今年|明年|后年|本年度?|当年)(?:年?底|年?末|内|[上下]半年)${BEFORE}`,
    `${LEAD}${MONTH}月(?:份|底|末|[上中下]旬|${DAY}日)?${BEFORE}`,
    `第?[一二三四1-4]季度(?:末|前)?`,
    '年底前|年内|月底前|年底|年末',
  ].join('|'),
  'g',
);
/** A month numeral glued to a preceding digit or 个 (13月, 3个月) is not a month. */
const NOT_A_MONTH = /[\d个]$/;

/** The first deadline written in `clause`, as written; null when the clause states none. */
export function findDeadline(clause: string): string | null {
  DEADLINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DEADLINE.exec(clause)) !== null) {
    const glued = /^\d|^[一二三四五六七八九十]+月/.test(m[0]) && NOT_A_MONTH.test(clause[m.index - 1] ?? '');
    if (!glued) return m[0];
    DEADLINE.lastIndex = m.index + 1;
  }
  return null;
}
