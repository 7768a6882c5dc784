/**
 * The numeric core of a figure: a numeral token (Arabic, Chinese or mixed), plus the
 * approximation and magnitude characters that may follow it before the unit
 * (3000多万, 100余, 3万多). Knows nothing about units or kinds.
 *
 * All functions take the *normalised* text (full-width digits made ASCII, same length).
 */
import { CHINESE_NUMERAL_CHARS, cleanFloat, chineseDigitValue, parseChineseNumber } from './chinese-numerals';

const D = '0-9';
const CN = CHINESE_NUMERAL_CHARS;
/**
 * Arabic number: thousands groups only when every group has exactly three digits, and only
 * with ","; "，" between ASCII digits is the Chinese clause comma ($20，300美圆 is two sums;
 * normalize-text.ts makes "，" between full-width digits a separator: １，１２３).
 */
const ARABIC = `(?:[${D}]{1,3}(?:,[${D}]{3})+(?![${D}])|[${D}]+)(?:\\.[${D}]+)?`;
/** A year with placeholder digits: 20xx, 201x, 20**. */
const PLACEHOLDER_YEAR = `(?:19|20)(?:[${D}][xX*＊]|[xX*＊]{2})(?![A-Za-z${D}])`;
/** 三点五, 一百二十点五: a Chinese decimal point, only before a Chinese digit. */
const CN_POINT = '点(?=[零〇一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖])';

/**
 * One numeral token. Scanned with a global regex: each match starts at the first numeral
 * character after the previous one, and the pieces are disjoint character classes, so the
 * scan is linear (no backtracking across pieces).
 */
export const NUMERAL_TOKEN = new RegExp(
  `${PLACEHOLDER_YEAR}|(?:${ARABIC}|[${CN}])(?:${ARABIC}|[${CN}]|${CN_POINT})*`,
  'g',
);
const NUMERAL_TOKEN_AT = new RegExp(NUMERAL_TOKEN.source, 'y');
/** Char codes NUMERAL_TOKEN can start at: ASCII digits and CHINESE_NUMERAL_CHARS. */
const NUMERAL_START = new Uint8Array(0x10000);
for (const c of `0123456789${CN}`) NUMERAL_START[c.charCodeAt(0)] = 1;

/**
 * Index of the first numeral token at or after `from` (norm.length when none): the index the
 * global NUMERAL_TOKEN scan would find, without running the regex at every position —
 * NUMERAL_TOKEN matches at a position exactly when its character is in NUMERAL_START.
 */
export function nextNumeralStart(norm: string, from: number): number {
  const n = norm.length;
  let i = from;
  while (i < n && NUMERAL_START[norm.charCodeAt(i)] === 0) i++;
  return i < n ? i : n;
}

const HAS_DIGIT = /[0-9零〇一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]/;
const MAGNITUDE_RUN = /[十百千万亿]+/y;
const TRAILING_BIG_MAGNITUDE = /[十百千]?[万亿]+$|(?<=[0-9])[十百千]$/;
/** Longer numeral runs (一万一万一万…) are not one number. */
const MAX_TOKEN = 40;
/** 三四万, 七八个: two neighbouring Chinese digits mean "three or four". */
const DIGIT_PAIR = /^([一二两三四五六七八])([二三四五六七八九])([十百千万亿]*)$/;

export interface NumberCore {
  start: number;
  end: number;
  /** Value with every magnitude applied (3000多万 → 30000000); lower bound of a pair. */
  value: number;
  /** The magnitude factor that ended the numeral (5万 → 10000), 1 when none. */
  multiplier: number;
  /** Value before that magnitude (5万 → 5). */
  base: number;
  /** The numeral as written, without 多/余. */
  raw: string;
  /** 多 or 余 written inside (3000多万). */
  innerApprox?: string;
  /** Upper bound of 三四万 style pairs. */
  pairTo?: number;
  /** Starts with an Arabic digit (3期 is a count, 一期 a name). */
  arabic: boolean;
  /** One bare Chinese digit (三, 两, 十): descriptive in prose (两家企业, 三个文明). */
  singleChinese: boolean;
  /** Written with 万 or 亿 (a magnitude a reader would call a figure even without unit). */
  big: boolean;
}

/** The numeral token at `pos` (as the global scan found it), or null. */
export function numeralTokenAt(norm: string, pos: number): string | null {
  NUMERAL_TOKEN_AT.lastIndex = pos;
  const m = NUMERAL_TOKEN_AT.exec(norm);
  return m ? m[0] : null;
}

/**
 * Reads the number starting at `pos`. `rawLimit` (optional) cuts the token shorter, used when
 * the caller knows the last character starts a unit (3千瓦 → 3 + 千瓦).
 * Returns null when the token is not a well-formed number (一一, 十二五, 千万 as an adverb).
 */
export function readNumberAt(
  norm: string,
  pos: number,
  rawLimit?: number,
  token: string | null = numeralTokenAt(norm, pos),
): NumberCore | null {
  if (token === null || token.length > MAX_TOKEN || /[xX*＊]/.test(token)) return null;
  let raw = rawLimit === undefined ? token : token.slice(0, rawLimit);
  // A digitless token (千万, 百, 万) is a word (千万不要, 百花齐放), except 十… (十万, 十五).
  if (!HAS_DIGIT.test(raw) && !/^[十拾]/.test(raw)) return null;

  let value = parseChineseNumber(raw);
  let pairTo: number | undefined;
  if (value === null) {
    const pair = DIGIT_PAIR.exec(raw);
    if (pair) {
      const a = chineseDigitValue(pair[1]!)!;
      const b = chineseDigitValue(pair[2]!)!;
      if (b <= a || b - a > 2) return null;
      const mult = pair[3] ? parseChineseNumber(`1${pair[3]}`) ?? NaN : 1;
      if (Number.isNaN(mult)) return null;
      value = a * mult;
      pairTo = b * mult;
    } else {
      // 3万千瓦: the token swallowed the start of a unit; give characters back one at a time.
      while (value === null && raw.length > 1 && /[十百千万亿]$/.test(raw)) {
        raw = raw.slice(0, -1);
        value = parseChineseNumber(raw);
      }
      if (value === null) return null;
    }
  }
  let { base, multiplier } = splitMagnitude(raw, value);
  let end = pos + raw.length;
  let innerApprox: string | undefined;

  // 3000多万 / 100余万 / 3万多: 多 or 余, then more magnitude, then perhaps 多 again.
  const approx1 = innerApproxAt(norm, end);
  let cursor = approx1 ? end + 1 : end;
  let run: RegExpExecArray | null = null;
  if (raw.length === token.length && isMagnitude(norm.charCodeAt(cursor))) {
    MAGNITUDE_RUN.lastIndex = cursor;
    run = MAGNITUDE_RUN.exec(norm);
  }
  if (run && /[万亿]/.test(run[0])) {
    const mult = parseChineseNumber(`1${run[0]}`);
    if (mult !== null) {
      value *= mult;
      if (pairTo !== undefined) pairTo *= mult;
      base = approx1 ? value / mult : base;
      multiplier = approx1 ? mult : multiplier * mult;
      cursor += run[0].length;
      end = cursor;
      if (approx1) innerApprox = approx1;
      const approx2 = innerApproxAt(norm, end);
      if (approx2 && !innerApprox) {
        innerApprox = approx2;
        end += 1;
      }
    }
  } else if (approx1) {
    innerApprox = approx1;
    end = cursor;
  } else if (raw.length === token.length && isKiloAt(norm, end) && isAsciiDigit(raw.charCodeAt(raw.length - 1))) {
    // 15k, 3.2K: thousands, as salaries and counts are written online (not 15kg, 15km, 15kW).
    value *= 1000;
    multiplier *= 1000;
    end += 1;
  }

  const arabic = raw.length > 0 && isAsciiDigit(raw.charCodeAt(0));
  return {
    start: pos,
    end,
    value: cleanFloat(value),
    multiplier,
    base: cleanFloat(base),
    raw,
    innerApprox,
    pairTo: pairTo === undefined ? undefined : cleanFloat(pairTo),
    arabic,
    singleChinese: raw.length === 1 && !arabic && multiplier === 1,
    big: hasBigMagnitude(norm, pos, end),
  };
}

const YU = '余'.charCodeAt(0);
const DUO = '多'.charCodeAt(0);
const WAN = '万'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);
const SHI = '十'.charCodeAt(0);
const BAI = '百'.charCodeAt(0);
const QIAN = '千'.charCodeAt(0);

/** 多 or 余 at `i` (INNER_APPROX), else undefined. */
function innerApproxAt(norm: string, i: number): string | undefined {
  const c = norm.charCodeAt(i);
  return c === YU ? '余' : c === DUO ? '多' : undefined;
}

/** k, K (or full-width) at `i`, not starting a word or unit (kg, km, kW, kV, k2). */
function isKiloAt(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i);
  if (c !== 0x6b && c !== 0x4b && c !== 0xff4b && c !== 0xff2b) return false;
  const next = norm.charCodeAt(i + 1);
  return !((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122));
}

/** One of 十百千万亿 (what MAGNITUDE_RUN starts with and TRAILING_BIG_MAGNITUDE ends with). */
function isMagnitude(c: number): boolean {
  return c === SHI || c === BAI || c === QIAN || c === WAN || c === YI;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether norm[start, end) holds 万 or 亿. */
function hasBigMagnitude(norm: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c === WAN || c === YI) return true;
  }
  return false;
}

/** 5万 → {base 5, multiplier 10⁴}; 3万4000 → {34000, 1}; 二十 → {20, 1}. */
function splitMagnitude(raw: string, value: number): { base: number; multiplier: number } {
  if (!isMagnitude(raw.charCodeAt(raw.length - 1))) return { base: value, multiplier: 1 };
  const m = TRAILING_BIG_MAGNITUDE.exec(raw);
  if (!m || m.index === 0) return { base: value, multiplier: 1 };
  const base = parseChineseNumber(raw.slice(0, m.index));
  const multiplier = parseChineseNumber(`1${m[0]}`);
  if (base === null || multiplier === null) return { base: value, multiplier: 1 };
  return { base, multiplier };
}
