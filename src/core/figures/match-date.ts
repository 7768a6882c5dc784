/**
 * Dates and periods at a numeral: 20xx年, 2023年12月31日, 二〇二三年十月一日, 20xx年度,
 * 2021-2025年, 6月份, 7月中旬, 7月底, 1-6月, 3月22日, 2025年底, 2024年上半年, 一季度,
 * 2023-12-31, 80年代.
 *
 * Periods without a numeral (上半年, 年底前, 今年底) are not figures — DESIGN.md reads figures
 * "from Arabic and Chinese numerals" — but they are deadlines (see targets/find-deadline.ts).
 * A period written after a year (2024年上半年, 2025年底) is part of that date figure.
 */
import { parseChineseNumber } from './chinese-numerals';

const PLACEHOLDER = '[xX*＊]';
const YEAR = `(?:\\d{4}|(?:19|20)(?:\\d${PLACEHOLDER}|${PLACEHOLDER}{2})|[〇零一二三四五六七八九]{4})`;
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
const MONTH_TAIL = `(?:份|${DAY}[日号]|[上中下]旬|初|底|末)?`;
const QUARTER = '(?:第?[一二三四1-4]季度|前[一二三1-3]季度)';
const YEAR_TAIL = `(?:度|${MONTH}月${MONTH_TAIL}|[上下]半年|全年|年[初中底末]|[初底末]|${QUARTER})?`;
const SEP = '[-－—–~～〜至到]';

/** Sticky matchers, tried in order at the numeral's position. */
const NUMERIC_DATE = /(\d{4})([-/.])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?!\d)/y;
const YEAR_RANGE = new RegExp(`(${YEAR})\\s*${SEP}\\s*(${YEAR})年(度)?`, 'y');
const YEAR_DATE = new RegExp(`(${YEAR})年(?![级代])${YEAR_TAIL}`, 'y');
const DECADE = /(\d{2}|\d{4})年代/y;
const MONTH_RANGE = new RegExp(`${MONTH}\\s*${SEP}\\s*${MONTH}月份?`, 'y');
const MONTH_DATE = new RegExp(`${MONTH}月${MONTH_TAIL}`, 'y');
/** A day alone, Arabic only: 15日 (but 30日内 is a span, and 4号 may be a document number). */
const DAY_ONLY = /(?:3[01]|[12]\d|0?[1-9])日(?![内以之])/y;
const QUARTER_AT = /[一二三四1-4]季度/y;
const DATE_NEXT = /[年月日季\-－—–~～〜至到/.\s]/y;

export interface DateCore {
  start: number;
  end: number;
  value: number | null;
  range?: { from: number | null; to: number | null };
}

/**
 * The date starting at `pos` (the numeral's position; a quarter may reach back over 第/前).
 * Returns null when none. `value` is the year when a full numeric year is written.
 */
export function matchDateAt(norm: string, pos: number, tokenEnd?: number): DateCore | null {
  // Every date form has one of these right after its first numeral (a quick gate).
  if (tokenEnd !== undefined) {
    DATE_NEXT.lastIndex = tokenEnd;
    if (!DATE_NEXT.test(norm)) return null;
  }
  let m = at(NUMERIC_DATE, norm, pos);
  if (m && isYear(Number(m[1]))) return { start: pos, end: pos + m[0].length, value: Number(m[1]) };

  m = at(YEAR_RANGE, norm, pos);
  if (m) {
    const from = yearValue(m[1]!);
    const to = yearValue(m[2]!);
    if (from !== undefined && to !== undefined && (from === null || to === null || from <= to)) {
      return { start: pos, end: pos + m[0].length, value: from, range: { from, to } };
    }
  }
  m = at(YEAR_DATE, norm, pos);
  if (m) {
    const year = yearValue(m[1]!);
    // 3年, 50年 are spans; a bare 4-digit 年 outside 1900–2099 (建城1800年) is one too,
    // unless a month follows (1840年6月).
    const withMonth = m[0].length > m[1]!.length + 1 && /月/.test(m[0]);
    if (year !== undefined && (year === null || isYear(year) || withMonth || !/^\d/.test(m[1]!))) {
      return { start: pos, end: pos + m[0].length, value: year };
    }
  }
  m = at(DECADE, norm, pos);
  if (m) return { start: pos, end: pos + m[0].length, value: null };

  if (pos > 0 && isDigit(norm.charCodeAt(pos - 1))) return null;
  m = at(MONTH_RANGE, norm, pos);
  if (m) return { start: pos, end: pos + m[0].length, value: null, range: { from: null, to: null } };
  m = at(MONTH_DATE, norm, pos) ?? at(DAY_ONLY, norm, pos);
  if (m) return { start: pos, end: pos + m[0].length, value: null };

  m = at(QUARTER_AT, norm, pos);
  if (m) {
    const before = norm[pos - 1];
    const start = before === '第' || before === '前' ? pos - 1 : pos;
    return { start, end: pos + m[0].length, value: null };
  }
  return null;
}

/** Digits right before a month numeral mean the token is not a month (123月). */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The sticky `re` tried at `pos` (a plain function: no closure per call on the hot path). */
function at(re: RegExp, norm: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(norm);
}

/** True when the quarter form (一季度, 第3季度) starts at `pos` — the one ordinal that is a figure. */
export function isQuarterAt(norm: string, pos: number): boolean {
  QUARTER_AT.lastIndex = pos;
  return QUARTER_AT.test(norm);
}

function isYear(y: number): boolean {
  return y >= 1900 && y <= 2099;
}

/** Year number; null for a placeholder (20xx); undefined when not a year at all. */
function yearValue(s: string): number | null | undefined {
  if (/[xX*＊]/.test(s)) return null;
  if (/^\d{4}$/.test(s)) return Number(s);
  const v = parseChineseNumber(s);
  return v !== null && v >= 1000 && v <= 2999 ? v : undefined;
}
