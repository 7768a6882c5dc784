/**
 * Reading numbers written the Chinese way: Arabic (with thousands separators, decimals,
 * full-width digits), Chinese (三万, 一千二百, 二十万亿), financial capitals (伍仟, 壹拾万零壹佰)
 * and the mixed forms reports use (3万4000, 25万6千, 1.5亿).
 *
 * Pure functions, no state. Results are rounded to 15 significant digits so that
 * 3541.07 × 10⁴ comes out as 35410700, not 35410700.000000004.
 */

/** Chinese digit characters (including 〇/零, 两 and the financial capitals) → value. */
const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};

/** Small units (below 万) → value. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Big units, each splitting the number into "left × unit + right". */
const WAN = /[万萬]/;
const YI = /[亿億]/;

/** Every character that can be part of a Chinese-written number (used by the tokenizer too). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億廿卅';
/** Chinese characters that are digits (not units). */
export const CHINESE_DIGIT_CHARS = '零〇一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖';

const FULL_WIDTH_DIGIT = /[０-９]/g;
const HAS_FULL_WIDTH = /[０-９．]/;
const ARABIC_PLAIN = /^\d+(?:\.\d+)?$/;
const ARABIC_GROUPED = /^\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$/;
/** A separator followed by exactly three digits (12,500万). */
const THOUSANDS_SEPARATOR = /(?<=\d)[,，](?=\d{3}(?!\d))/g;
const POSITIONAL = /^[零〇一二三四五六七八九]+$/;
/** The digits after a Chinese decimal point (三点五, 一百二十点五, 五十六点叁叁), and a magnitude (三点五万). */
const FRACTION_DIGITS = /^([零〇一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]+)([十百千万亿]*)$/;
/** A piece of a mixed numeral: an Arabic number or one Chinese character. */
const PIECE = /\d+(?:\.\d+)?|[^\d]/g;

/** Longest numeral accepted (壹拾万零壹佰 is 6; 1,234,567,890.123456 is 24). */
const MAX_NUMERAL_LENGTH = 40;

function isAsciiDigits(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Full-width digits and decimal point → ASCII. Keeps the string length (offsets stay valid). */
export function toHalfWidth(s: string): string {
  if (!HAS_FULL_WIDTH.test(s)) return s; // the common case: one quick test, no copy
  return s.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
}

/** Rounds away binary floating-point noise (15 significant digits). */
export function cleanFloat(x: number): number {
  if (Number.isSafeInteger(x)) return x;
  return Number(x.toPrecision(15));
}

/**
 * Parses a numeral string. Returns null when the string is not one well-formed number:
 * "三四" (two digits without a unit — an approximation, see the tokenizer), "万一", "千万"
 * (no leading digit), "十二五" (a plan name, not a number), "1,2".
 *
 * Accepts: "1,234.5", "１２３４５", "三万", "一千二百", "两", "〇", "二十万亿", "一万五千亿",
 * "伍仟", "壹拾万零壹佰", "3万4000", "25万6千", "1.5亿", "一万五" (colloquial 15000),
 * "三千五" (3500), "二〇二三" (digit by digit, 2023), "三点五" (3.5), "廿" (20).
 */
export function parseChineseNumber(input: string): number | null {
  if (isAsciiDigits(input)) return Number(input);
  // Longer strings are runs of characters, not one number (and would cost quadratic time).
  if (input.length > MAX_NUMERAL_LENGTH) return null;
  // Pure, and documents repeat their numerals: remember recent answers (bounded). Only short
  // keys: V8 keeps a longer substring as a view of its parent (the whole page text).
  if (input.length > CACHED_MAX_LENGTH) return parseUncached(input);
  const known = parsed.get(input);
  if (known !== undefined) return known;
  if (parsed.size >= PARSE_CACHE_SIZE) parsed.clear();
  const value = parseUncached(input);
  parsed.set(input, value);
  return value;
}

const PARSE_CACHE_SIZE = 4096;
const CACHED_MAX_LENGTH = 12;
const parsed = new Map<string, number | null>();

function parseUncached(input: string): number | null {
  let s = toHalfWidth(input.trim());
  if (s === '') return null;
  if (ARABIC_PLAIN.test(s)) return Number(s);
  if (ARABIC_GROUPED.test(s)) return Number(s.replace(/[,，]/g, ''));
  s = s.replace(THOUSANDS_SEPARATOR, '');
  if (/[,，]/.test(s)) return null;
  s = s.replace(/廿/g, '二十').replace(/卅/g, '三十');
  // 一百二十点五, 拾万零五十六点叁叁: the integer part may end in a unit; the fraction is digits.
  const point = s.indexOf('点');
  if (point > 0) return parseDecimal(s.slice(0, point), s.slice(point + 1));
  if (POSITIONAL.test(s) && s.length > 1) {
    // Digit-by-digit (二〇二三). Two digits alone (三四) is "three or four", not 34.
    if (s.length === 2 && !/[零〇]/.test(s)) return null;
    return Number([...s].map((c) => DIGIT_VALUES[c]).join(''));
  }
  const value = parseBig(s);
  return value === null ? null : cleanFloat(value);
}

/** int 点 frac: a Chinese decimal; null unless int is a number and frac Chinese digits. */
function parseDecimal(int: string, frac: string): number | null {
  const m = FRACTION_DIGITS.exec(frac);
  if (!m) return null;
  const whole = parseUncached(int);
  if (whole === null || !Number.isInteger(whole)) return null;
  const value = Number(`${whole}.${[...m[1]!].map((c) => DIGIT_VALUES[c]).join('')}`);
  // 三点五万: a magnitude after the fraction scales the whole decimal.
  const magnitude = m[2] ? parseBig(`1${m[2]}`) : 1;
  return magnitude === null ? null : cleanFloat(value * magnitude);
}

/** left 亿 right, left 万 right, recursively; the right side must stay below the unit. */
function parseBig(s: string): number | null {
  for (const [re, unit] of [[YI, 1e8], [WAN, 1e4]] as const) {
    const idx = lastIndexOfRe(s, re);
    if (idx < 0) continue;
    const left = s.slice(0, idx);
    const right = s.slice(idx + 1);
    if (left === '') return null;
    const l = unit === 1e8 ? parseBig(left) : parseSmall(left);
    if (l === null) return null;
    let r = 0;
    if (right !== '') {
      const abbreviated = singleDigit(right);
      // 一万五 = 15000, 3万5 = 35000: a lone digit after a big unit counts in the next unit down.
      r = abbreviated !== null ? (abbreviated * unit) / 10 : (unit === 1e8 ? parseBig(right) : parseSmall(right)) ?? NaN;
      if (Number.isNaN(r) || r >= unit) return null;
    }
    return l * unit + r;
  }
  return parseSmall(s);
}

function lastIndexOfRe(s: string, re: RegExp): number {
  for (let i = s.length - 1; i >= 0; i--) if (re.test(s[i]!)) return i;
  return -1;
}

/** A single digit (一, 5): the colloquial abbreviation case. */
function singleDigit(s: string): number | null {
  if (s.length !== 1) return null;
  if (/\d/.test(s)) return Number(s);
  const d = DIGIT_VALUES[s];
  return d === undefined || d === 0 ? null : d;
}

/** A number below 万 built from digits and 十/百/千 (Arabic numbers may stand for digits: 6千). */
function parseSmall(s: string): number | null {
  let total = 0;
  let pending: number | null = null;
  let pendingIsSingleDigit = false;
  let lastUnit = 10000;
  let zeroSeen = false;
  let sawAny = false;
  for (const piece of s.match(PIECE) ?? []) {
    sawAny = true;
    if (/^\d/.test(piece)) {
      if (pending !== null) return null;
      pending = Number(piece);
      pendingIsSingleDigit = piece.length === 1;
      continue;
    }
    const d = DIGIT_VALUES[piece];
    if (d !== undefined) {
      if (d === 0) {
        if (pending !== null) return null;
        zeroSeen = true;
        continue;
      }
      if (pending !== null) return null;
      pending = d;
      pendingIsSingleDigit = true;
      continue;
    }
    const unit = SMALL_UNITS[piece];
    if (unit === undefined || unit >= lastUnit) return null;
    if (pending === null) {
      // 十五 = 15; but 百五 / 千 alone are not numbers.
      if (unit !== 10 || total !== 0) return null;
      pending = 1;
    }
    total += pending * unit;
    pending = null;
    lastUnit = unit;
    zeroSeen = false;
  }
  if (!sawAny) return null;
  if (pending !== null) {
    // 三千五 = 3500, 一百五 = 150 (colloquial); 二十五 = 25, 一百零五 = 105.
    const abbreviated = !zeroSeen && pendingIsSingleDigit && total > 0 && lastUnit >= 100 && lastUnit < 10000;
    total += abbreviated ? (pending * lastUnit) / 10 : pending;
  }
  return total;
}

/** Value of one Chinese digit character (一 → 1, 两 → 2, 〇 → 0), or undefined. */
export function chineseDigitValue(c: string): number | undefined {
  return DIGIT_VALUES[c];
}
