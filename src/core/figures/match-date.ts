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
import { matchUnitAt } from './units';

const PLACEHOLDER = '[xX*＊]';
/** A year: 2023, 20xx, 二〇二三, or counted (两千零四, 一九九九 is digit by digit above). */
const YEAR = `(?:\\d{4}|(?:19|20)(?:\\d${PLACEHOLDER}|${PLACEHOLDER}{2}|[*＊](?=年))|[〇零一二三四五六七八九]{4}|[一二两]千[零〇一二三四五六七八九十百]{0,5})`;
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
const MONTH_TAIL = `(?:份|${DAY}[日号]|[上中下]旬|初[一二三四五六七八九十]|初|底|末)?`;
/** One space, as typeset pages put between the parts of an Arabic date (2019 年 10 月 11 日). */
const SP = '[ \\u3000]?';
/** MONTH_TAIL with a space allowed before the day and its 日 (10 月 11 日). */
const SPACED_MONTH_TAIL = `(?:份|${SP}(?:3[01]|[12]\\d|0?[1-9])${SP}[日号]|${DAY}[日号]|[上中下]旬|初[一二三四五六七八九十]|初|底|末)?`;
/**
 * A day in Chinese numerals without 日/号 (八月十五, 一月二十三): two characters or more (6月一 is
 * more often 6月 + 一季度 or a list), taken when no unit or numeral follows.
 */
const BARE_DAY = /三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]/y;
const NOT_AFTER_BARE_DAY = /[0-9零〇一二两三四五六七八九十百千万亿点多余季分年月日号周]/y;
/** Lunar months written without a numeral, before a day (正月初一, 腊月二十三). */
const LUNAR_MONTH_BEFORE = /(?:正月|腊月|冬月)初?$/;
const LUNAR_DAY = /初[一二三四五六七八九十]|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?/y;
const QUARTER = '(?:第?[一二三四1-4]季度|前[一二三1-3]季度)';
/** A lunar date after a year: 2015年农历正月初一, 2015年农历十月初一. */
const LUNAR_TAIL = `农历(?:${MONTH}月|正月|腊月|冬月)(?:初[一二三四五六七八九十]|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?)?`;
const YEAR_TAIL = `(?:度|${MONTH}月${MONTH_TAIL}|[上下]半年|全年|年[初中底末]|[初底末]|${QUARTER}|${LUNAR_TAIL})?`;
const SEP = '[-－—–~～〜至到]';

/** Sticky matchers, tried in order at the numeral's position. */
const NUMERIC_DATE = /(\d{4})([-/.])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?!\d)/y;
/** 1789-01-29: with two-digit month and day, a year before 1900 is a date too. */
const PADDED_DATE = /\d{4}[-/.](?:1[0-2]|0[1-9])[-/.](?:3[01]|[12]\d|0[1-9])$/;
const YEAR_RANGE = new RegExp(`(${YEAR})\\s*${SEP}\\s*(${YEAR})年(度)?`, 'y');
const YEAR_DATE = new RegExp(`(${YEAR})年(?![级代])${YEAR_TAIL}`, 'y');
/** An Arabic year set off by spaces: 2022 年, 2019 年 10 月 11 日, 20xx 年 (typeset or PDF text). */
const SPACED_YEAR = `(?:\\d{4}|(?:19|20)(?:\\d${PLACEHOLDER}|${PLACEHOLDER}{2}))`;
const SPACED_YEAR_DATE = new RegExp(
  `(${SPACED_YEAR})${SP}年(?![级代])(?:度|${SP}(?:1[0-2]|0?[1-9])${SP}月${SPACED_MONTH_TAIL}|[上下]半年|全年|年[初中底末]|[初底末]|${QUARTER})?`,
  'y',
);
const DECADE = /(\d{2}|\d{4})年代/y;
const MONTH_RANGE = new RegExp(`${MONTH}\\s*${SEP}\\s*${MONTH}月份?`, 'y');
const MONTH_DATE = new RegExp(`${MONTH}月${MONTH_TAIL}`, 'y');
/** A day alone, Arabic only: 15日 (but 30日内 is a span, and 4号 may be a document number). */
const DAY_ONLY = /(?:3[01]|[12]\d|0?[1-9])日(?![内以之])/y;
const QUARTER_AT = /[一二三四1-4]季度/y;
const DATE_NEXT = /[*＊年月日季\-－—–~～〜至到/.\s]/y;

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
  const date = matchDateCore(norm, pos, tokenEnd);
  // 农历2015年十月初一: the calendar named before the date is part of it.
  if (date && date.start >= 2 && norm.charCodeAt(date.start - 1) === LI && norm.charCodeAt(date.start - 2) === NONG) date.start -= 2;
  return date;
}
const NONG = '农'.charCodeAt(0);
const LI = '历'.charCodeAt(0);
const CHU = '初'.charCodeAt(0);

function matchDateCore(norm: string, pos: number, tokenEnd?: number): DateCore | null {
  // Every date form has one of these right after its first numeral (a quick gate), except a
  // lunar day, whose month is written before it (正月三十).
  if (tokenEnd !== undefined) {
    DATE_NEXT.lastIndex = tokenEnd;
    if (!DATE_NEXT.test(norm)) {
      const c = pos > 0 ? norm.charCodeAt(pos - 1) : 0;
      return c === YUE || c === CHU ? lunarDayAt(norm, pos) : null;
    }
  }
  let m = at(NUMERIC_DATE, norm, pos);
  if (m && (isYear(Number(m[1])) || (Number(m[1]) >= 1000 && PADDED_DATE.test(m[0])))) {
    return { start: pos, end: pos + m[0].length, value: Number(m[1]) };
  }

  m = at(YEAR_RANGE, norm, pos);
  if (m) {
    const from = yearValue(m[1]!);
    const to = yearValue(m[2]!);
    if (from !== undefined && to !== undefined && (from === null || to === null || from <= to)) {
      return { start: pos, end: pos + m[0].length, value: from, range: { from, to } };
    }
  }
  m = at(YEAR_DATE, norm, pos);
  if (!m) {
    m = at(SPACED_YEAR_DATE, norm, pos);
    // 2022 年 is a year; a figure does not end on a space (2022 年 上半年 stops at 年).
    if (m && m[0].endsWith(' ')) m = null;
  }
  if (m) {
    const year = yearValue(m[1]!);
    // 3年, 50年 are spans; a bare 4-digit 年 outside 1900–2099 (建城1800年) is one too,
    // unless a month follows (1840年6月).
    const withMonth = m[0].length > m[1]!.length + 1 && /月/.test(m[0]);
    // 两千零四年 is a year; 两千年 alone as often two thousand years (两千年历史).
    const counted = /千/.test(m[1]!);
    const plausible = counted ? year !== null && year !== undefined && isYear(year) && year % 100 !== 0 : !/^\d/.test(m[1]!);
    if (year !== undefined && (year === null || (!counted && isYear(year)) || withMonth || plausible)) {
      return { start: pos, end: bareDayEnd(norm, pos + m[0].length), value: year };
    }
  }
  m = at(DECADE, norm, pos);
  if (m) return { start: pos, end: pos + m[0].length, value: null };

  if (pos > 0 && isDigit(norm.charCodeAt(pos - 1))) return null;
  m = at(MONTH_RANGE, norm, pos);
  if (m) return { start: pos, end: pos + m[0].length, value: null, range: { from: null, to: null } };
  m = at(MONTH_DATE, norm, pos);
  if (m) return { start: pos, end: bareDayEnd(norm, pos + m[0].length), value: null };
  m = at(DAY_ONLY, norm, pos);
  if (m) return { start: pos, end: pos + m[0].length, value: null };
  const lunar = lunarDayAt(norm, pos);
  if (lunar) return lunar;

  m = at(QUARTER_AT, norm, pos);
  if (m) {
    const before = norm[pos - 1];
    const start = before === '第' || before === '前' ? pos - 1 : pos;
    return { start, end: pos + m[0].length, value: null };
  }
  return null;
}

/** After a date ending in 月, the end of a bare Chinese day (八月十五); else `end`. */
function bareDayEnd(norm: string, end: number): number {
  if (norm.charCodeAt(end - 1) !== YUE) return end;
  BARE_DAY.lastIndex = end;
  const day = BARE_DAY.exec(norm);
  if (!day) return end;
  const dayEnd = end + day[0].length;
  NOT_AFTER_BARE_DAY.lastIndex = dayEnd;
  // 八月十五个项目, 7月三十万元: the numeral counts something; 十月一日 was read above.
  if (NOT_AFTER_BARE_DAY.test(norm) || matchUnitAt(norm, dayEnd)) return end;
  return dayEnd;
}
const YUE = '月'.charCodeAt(0);

/** 正月初一, 腊月二十三 (the scan stops at the day's numeral; the month is before it). */
function lunarDayAt(norm: string, pos: number): DateCore | null {
  const before = norm.slice(Math.max(0, pos - 3), pos);
  const month = LUNAR_MONTH_BEFORE.exec(before);
  if (!month) return null;
  const start = pos - month[0].length;
  LUNAR_DAY.lastIndex = start + 2;
  const day = LUNAR_DAY.exec(norm);
  if (!day) return null;
  return { start, end: start + 2 + day[0].length, value: null };
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
