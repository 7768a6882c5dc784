/**
 * Quantities at a numeral: money, percent, measure, count — a number, a unit and what the
 * unit makes of it (DESIGN.md "figure kinds and values"). Also fractions (百分之八十,
 * 千分之一, 三分之一), ranges written with one unit (3-5万元, 3万～5万元, 10-20%) and the bare
 * big number of a money context (招商引资15亿).
 */
import type { FigureKind } from '../types';
import { chineseDigitValue, cleanFloat } from './chinese-numerals';
import { readNumberAt, numeralTokenAt, type NumberCore } from './read-number';
import { matchUnitAt, startsWithMagnitude, unitInfoOf, type UnitMatch } from './units';

export interface QuantityCore {
  start: number;
  end: number;
  kind: Exclude<FigureKind, 'date'>;
  value: number | null;
  unit: string | null;
  innerApprox?: string;
  range?: { from: number | null; to: number | null };
  /** A time span (decides which approximation words may follow). */
  duration: boolean;
}

const RANGE_SEP = /\s?[-－—–~～〜至到]\s?/y;
/** 分之, also letter-spaced as PDF text often is (百 分 之 2.4). */
const FRACTION = /[ \u3000]{0,3}分[ \u3000]{0,3}之[ \u3000]{0,3}/y;
/** The unit-less figure 15亿 is money when the clause says so (引资15亿, 投入资金3亿). */
const MONEY_CONTEXT =
  /(?:投资|引资|资金|投入|融资|贷款|收入|产值|营收|营业额|销售额|税收|财政|预算|经费|补贴|补助|奖励|拨付|筹集|总额|金额|成本|费用|价值|造价|GDP|生产总值|利润|利税|资产|债务|拨款|人民币|元)[^。；;！!？?，,]{0,4}$/;
const MONEY_CONTEXT_AFTER = /(?:资金|投资|经费|元)/y;
const MONEY_LOOKBEHIND = 14;
/** Cues that make a small Chinese numeral a real span: 建设期三年, 为期两个月, 工期三天. */
const DURATION_CUE = /(?:为期|历时|用时|工期|建设期|周期|期限|长达|连续|每隔|满|需要?|用了?)[约近]?$/;
const DURATION_CUE_AFTER = /(?:内|以内|之内)/y;
/** Denominators of 百分之 / 千分之 / 万分之 / 十分之. */
const DENOMINATORS: Readonly<Record<string, number>> = {
  十: 10, 百: 100, 千: 1000, 万: 10000, 拾: 10, 佰: 100, 仟: 1000, 萬: 10000,
};
/** Magnitude characters → value, for denominators written with magnitudes only (百万分之五). */
const MAGNITUDE_VALUES: Readonly<Record<string, number>> = { ...DENOMINATORS, 亿: 1e8, 億: 1e8 };

/**
 * The quantity whose numeral starts at `pos`, or null. `start`/`end` cover the number and
 * unit only; approximation words around them are the caller's. `token` (optional) must be
 * numeralTokenAt(norm, pos) when given.
 */
export function matchQuantityAt(norm: string, pos: number, token = numeralTokenAt(norm, pos)): QuantityCore | null {
  if (token === null) return null;
  const fraction = matchFraction(norm, pos, token);
  if (fraction) return fraction;
  const discount = matchDiscount(norm, pos, token);
  if (discount) return discount;
  const first = readWithUnit(norm, pos, token);
  if (!first) return null; // the whole token is no number: no bare big number either
  const unitQuantity = matchUnitQuantity(norm, first);
  if (unitQuantity) return withHalf(norm, withSubunits(norm, unitQuantity));
  if (first.whole && first.core.arabic && !first.core.big) {
    const growth = matchGrowthRate(norm, first.core);
    if (growth) return growth;
  }
  // The bare big number reads the whole token: reuse the read when readWithUnit made it.
  return matchBareBig(norm, pos, first.whole ? first.core : readNumberAt(norm, pos, undefined, token));
}

/** 百分之八十 → 80 %, 千分之一 → 0.1 %, 三分之一 → 33.33 %. */
function matchFraction(norm: string, pos: number, token: string): QuantityCore | null {
  FRACTION.lastIndex = pos + token.length;
  if (!FRACTION.test(norm)) return null;
  const denominator = DENOMINATORS[token] ?? readNumberAt(norm, pos, undefined, token)?.value ?? magnitudes(token);
  const at = FRACTION.lastIndex;
  // 百分之百: the one numerator written as a bare unit character.
  const numerator = readNumberAt(norm, at) ?? (norm[at] === '百' && norm[at + 1] !== '万' ? hundred(at) : null);
  if (!denominator || !numerator) return null;
  const value = cleanFloat((numerator.value / denominator) * 100);
  let end = numerator.end;
  let range: QuantityCore['range'];
  // 百分之十至百分之二十 is merged by the caller; 百分之十至二十 is read here.
  RANGE_SEP.lastIndex = end;
  const sep = RANGE_SEP.exec(norm);
  if (sep) {
    const upper = readNumberAt(norm, end + sep[0].length);
    if (upper && upper.value > numerator.value && !matchUnitAt(norm, upper.end)) {
      range = { from: value, to: cleanFloat((upper.value / denominator) * 100) };
      end = upper.end;
    }
  }
  return { start: pos, end, kind: 'percent', value, unit: '%', innerApprox: numerator.innerApprox, range, duration: false };
}

/**
 * 百万 → 10⁶, 万万 → 10⁸: a token of magnitude characters only, each after the first a 万 or
 * 亿 (千百 is no denominator); undefined otherwise.
 */
function magnitudes(token: string): number | undefined {
  let value = 1;
  for (let i = 0; i < token.length; i++) {
    const m = MAGNITUDE_VALUES[token[i]!];
    if (m === undefined || (i > 0 && m < 1e4)) return undefined;
    value *= m;
  }
  return value;
}

const ZHE = '折'.charCodeAt(0);
/** 折 starting another word: 折合, 折旧, 折算, 折叠 … */
const ZHE_NOT_BEFORE = /[合旧算叠线射腾中价返扣损现抵磨服断痕页纸]/y;
const TWO_CHINESE_DIGITS = /^[一二三四五六七八九][一二三四五六七八九]$/;

/**
 * A discount: N折 is paying N tenths of the price, reported as a percent with unit 折
 * (75折 → 75, 九折 → 90, 9.9折 → 99, 三点一折 → 31, 七五折 → 75). A number below 10 is tenths;
 * two Arabic digits (75折) or two Chinese digits read digit by digit (五五折) are hundredths.
 * Null for anything else (十折, 100折 are no discounts; 折合, 折旧 are other words).
 */
function matchDiscount(norm: string, pos: number, token: string): QuantityCore | null {
  const end = pos + token.length;
  if (norm.charCodeAt(end) !== ZHE) return null;
  ZHE_NOT_BEFORE.lastIndex = end + 1;
  if (ZHE_NOT_BEFORE.test(norm)) return null;
  let value: number | null = null;
  if (TWO_CHINESE_DIGITS.test(token)) {
    value = chineseDigitValue(token[0]!)! * 10 + chineseDigitValue(token[1]!)!;
  } else {
    const n = readNumberAt(norm, pos, undefined, token);
    if (!n || n.end !== end || n.innerApprox || n.pairTo !== undefined) return null;
    if (n.value > 0 && n.value < 10) value = n.value * 10;
    else if (n.arabic && Number.isInteger(n.value) && n.value > 10 && n.value < 100) value = n.value;
  }
  if (value === null) return null;
  return { start: pos, end: end + 1, kind: 'percent', value: cleanFloat(value), unit: '折', duration: false };
}

const BAN = '半'.charCodeAt(0);
/** 半 starting another word after a unit: 半成品, 半岛, 半径, 半导体 … */
const BAN_NOT_BEFORE = /[成岛径导边价数场壁球身封自拉山坡截新点日年月天小时周]/y;

/**
 * 一吨半, 两米半, 三成半, 两年半: 半 right after the unit adds half of it. Only after a plain
 * number (not a range, 多/余 or a magnitude: 3万吨半 is no way to write it).
 */
function withHalf(norm: string, q: QuantityCore): QuantityCore {
  if (norm.charCodeAt(q.end) !== BAN || q.value === null || q.range || q.innerApprox) return q;
  if (q.kind !== 'measure' && !(q.kind === 'percent' && q.unit === '%')) return q;
  BAN_NOT_BEFORE.lastIndex = q.end + 1;
  if (BAN_NOT_BEFORE.test(norm)) return q;
  const unitEnd = q.end;
  const written = norm.slice(q.start, unitEnd);
  if (/[万亿]/.test(written) || norm.charCodeAt(unitEnd - 1) === PERCENT) return q;
  // 成 is tenths: 三成半 is 35 %; any other unit: half of one of it.
  const half = norm.charCodeAt(unitEnd - 1) === CHENG ? 5 : 0.5;
  return { ...q, end: unitEnd + 1, value: cleanFloat(q.value + half) };
}
const PERCENT = '%'.charCodeAt(0);
const CHENG = '成'.charCodeAt(0);

const YUAN = '元'.charCodeAt(0);
/** 角/毛 and 分 after 元 (五元三毛, 50元6角三分): one digit each, Arabic or Chinese. */
const JIAO = /([0-9]|[一二两三四五六七八九])[角毛](?:([0-9]|[一二两三四五六七八九])分(?![之钟]))?|([0-9]|[一二两三四五六七八九])分(?![之钟])/y;

/** Adds the 角 (tenths) and 分 (hundredths) written after 元 to a sum in yuan. */
function withSubunits(norm: string, q: QuantityCore): QuantityCore {
  if (q.kind !== 'money' || q.unit !== '元' || q.value === null || q.range || norm.charCodeAt(q.end - 1) !== YUAN) return q;
  JIAO.lastIndex = q.end;
  const m = JIAO.exec(norm);
  if (!m) return q;
  const jiao = m[1] ? digit(m[1]) : 0;
  const fen = m[2] ? digit(m[2]) : m[3] ? digit(m[3]) : 0;
  return { ...q, end: q.end + m[0].length, value: cleanFloat(q.value + jiao / 10 + fen / 100) };
}

function digit(c: string): number {
  return /[0-9]/.test(c) ? Number(c) : chineseDigitValue(c)!;
}

function hundred(at: number): NumberCore {
  return { start: at, end: at + 1, value: 100, multiplier: 1, base: 100, raw: '百', arabic: false, singleChinese: false, big: false };
}

/** number (+ 多/余 + magnitude) + unit, or number SEP number + unit; `first` is the number read. */
function matchUnitQuantity(norm: string, first: ReadWithUnit): QuantityCore | null {
  const { core, unit } = first;
  let range: QuantityCore['range'];
  if (!unit) {
    // 3-5万元, 3万～5万元, 10-20%: the unit is written once, after the upper bound.
    RANGE_SEP.lastIndex = core.end;
    const sep = RANGE_SEP.exec(norm);
    const upper = sep && !core.innerApprox ? readWithUnit(norm, core.end + sep[0].length) : null;
    if (!upper?.unit || !acceptable(norm, upper.core, upper.unit)) return null;
    // 3-5万: the lower bound takes the upper one's magnitude when written without one.
    const inherit = core.multiplier === 1 && upper.core.multiplier > 1 && core.value <= upper.core.base;
    const lower = inherit ? core.value * upper.core.multiplier : core.value;
    if (lower > upper.core.value) return null;
    const factor = upper.unit.info.factor ?? 1;
    const from = cleanFloat(lower * factor);
    range = { from, to: cleanFloat((upper.core.pairTo ?? upper.core.value) * factor) };
    return finish({ ...upper.core, start: core.start }, upper.unit, from, range);
  }
  if (!acceptable(norm, core, unit)) return null;
  const factor = unit.info.factor ?? 1;
  if (core.pairTo !== undefined) range = { from: cleanFloat(core.value * factor), to: cleanFloat(core.pairTo * factor) };
  return finish(core, unit, cleanFloat(core.value * factor), range);
}

function finish(core: NumberCore, unit: UnitMatch, value: number, range: QuantityCore['range']): QuantityCore {
  return {
    start: core.start,
    end: unit.end,
    kind: unit.info.kind,
    value,
    unit: unit.info.unit,
    innerApprox: core.innerApprox,
    range,
    duration: unit.info.duration === true,
  };
}

interface ReadWithUnit {
  core: NumberCore;
  unit: UnitMatch | null;
  /** `core` is readNumberAt(norm, pos) of the whole token (not cut before a unit like 千瓦). */
  whole: boolean;
}

/** Reads the number and the unit right after it; `unit` is null when none follows. */
function readWithUnit(norm: string, pos: number, token: string | null = numeralTokenAt(norm, pos)): ReadWithUnit | null {
  if (token === null) return null;
  // 3千瓦, 3万千米: the token's last character may start the unit.
  if (token.length > 1 && /[十百千万亿]$/.test(token)) {
    const unit = matchUnitAt(norm, pos + token.length - 1);
    if (unit && startsWithMagnitude(unit.written)) {
      const core = readNumberAt(norm, pos, token.length - 1, token);
      if (core && core.end === pos + token.length - 1) return { core, unit, whole: false };
    }
  }
  const core = readNumberAt(norm, pos, undefined, token);
  if (!core) return null;
  const unit = matchUnitAt(norm, core.end) ?? spacedPercentUnitAt(norm, core.end);
  if (unit || !core.arabic) return { core, unit, whole: true };
  const spaced = spacedUnitAt(norm, core);
  return spaced ? { ...spaced, whole: false } : { core, unit: null, whole: true };
}

/** One space, then 多/余, a magnitude and one more space, each optional, then the unit: 1.07 亿元, 2 万余亩, 1121 万 元. */
const SPACED_UNIT = /[ \u3000]([多余]?)([万亿]?)([多余]?)[ \u3000]?/y;
const MAGNITUDE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
/** Before a number, labels that make it a name, not a quantity: 表 3 人员, 第 2 条, 图 1. */
const LABEL_BEFORE = /[表图第附序号条款节章页][ \u3000]?$/;

/**
 * 16 个, 1.07 亿元, 76.63 亿元, 2 万余亩: an Arabic number set off from its unit by a space, as
 * typeset pages and PDF text write it. Only units written in Chinese characters, and not after
 * a label (表 3 人员, 第 2 条).
 */
function spacedUnitAt(norm: string, core: NumberCore): { core: NumberCore; unit: UnitMatch } | null {
  SPACED_UNIT.lastIndex = core.end;
  const m = SPACED_UNIT.exec(norm);
  if (!m || m[0].length === 0) return null;
  if (m[1] && m[3]) return null;
  const at = core.end + m[0].length;
  const unit = matchUnitAt(norm, at);
  // Units in Latin letters stay glued (2020 m.777doc.com is a copyright line, not 2020 m).
  if (!unit || !/^[\u4e00-\u9fff]/.test(unit.written)) return null;
  if (LABEL_BEFORE.test(norm.slice(Math.max(0, core.start - 2), core.start))) return null;
  const factor = m[2] ? MAGNITUDE[m[2]]! : 1;
  const approx = m[1] || m[3] || core.innerApprox;
  const value = cleanFloat(core.value * factor);
  const scaled: NumberCore = {
    ...core,
    value,
    multiplier: core.multiplier * factor,
    base: factor === 1 ? core.base : core.value,
    big: core.big || factor > 1,
    innerApprox: approx || undefined,
    pairTo: core.pairTo === undefined ? undefined : cleanFloat(core.pairTo * factor),
  };
  return { core: scaled, unit };
}

const SPACES = /[ \u3000]{1,4}/y;
/** 个百分点 letter-spaced (六 个 百 分点, 2.4 个百分 点); the unspaced form is in the units table. */
const SPACED_POINTS = /[ \u3000]{0,4}个?[ \u3000]{0,2}百[ \u3000]{0,2}分[ \u3000]{0,2}点/y;
const PERCENT_POINTS = unitInfoOf('个百分点')!;

/**
 * 10 %, 一百五十 个百分点, 10 成: spaces between a number and a percent unit, as typeset or
 * extracted from PDF pages. Only percent units: 表 3 人员 is a table number, not 3 people.
 */
function spacedPercentUnitAt(norm: string, at: number): UnitMatch | null {
  SPACED_POINTS.lastIndex = at;
  const points = SPACED_POINTS.exec(norm);
  if (points) return { written: points[0], info: PERCENT_POINTS, end: at + points[0].length };
  SPACES.lastIndex = at;
  const spaces = SPACES.exec(norm);
  if (!spaces) return null;
  const unit = matchUnitAt(norm, at + spaces[0].length);
  return unit?.info.kind === 'percent' ? unit : null;
}

/** Whether the number and unit make a figure (see the comments for each refusal). */
function acceptable(norm: string, core: NumberCore, unit: UnitMatch): boolean {
  const info = unit.info;
  if (info.arabicOnly && !core.arabic) return false; // 一期工程, 一批: names and articles
  if (info.kind === 'count' && !Number.isInteger(core.value)) return false; // 2.3本项目: a section number glued on
  if (info.factor === 10 && core.value > 10) return false; // 成: at most 十成
  if (info.unit === '届' && !core.arabic) return false; // 十九届五中全会: a session, not a count
  // 大小:11.50KB, 資源大小 273.50KB: the size of the site's download, not the document's figure.
  if ((info.unit === '千字节' || info.unit === '兆字节') && FILE_SIZE_BEFORE.test(norm.slice(Math.max(0, core.start - 40), core.start))) return false;
  if (core.singleChinese && !core.innerApprox) {
    // 两家钒厂, 三个文明, 一批: single Chinese digits before a classifier are descriptive, not
    // data a researcher scans for; a span needs a cue (建设期三年, 三天内).
    if (info.kind === 'count' && !countCueBefore(norm, core.start, unit.end, core.value)) return false;
    if (info.duration) {
      const before = norm.slice(Math.max(0, core.start - 4), core.start);
      DURATION_CUE_AFTER.lastIndex = unit.end;
      if (!DURATION_CUE.test(before) && !DURATION_CUE_AFTER.test(norm)) return false;
    }
  }
  return true;
}

/** A change reported before a bare number: 比上年增长12.5, 同比下降 3.2 (the % left out, as reports do). */
const GROWTH_BEFORE = /(?:增长|下降|增加|提高|减少|降低|增幅为?|降幅为?)[ \u3000]?$/;
/** What may follow such a rate: the end of the clause or 和 with the next rate (增长 21 和 9.4). */
const GROWTH_AFTER = /[ \u3000]?(?:[。，,；;、)）]|和|$)/y;

/** 比上年增长 15.4 → 15.4 %: a bare Arabic number after a verb of change and before the clause ends. */
function matchGrowthRate(norm: string, core: NumberCore): QuantityCore | null {
  if (core.pairTo !== undefined || core.innerApprox) return null;
  const before = norm.slice(Math.max(0, core.start - 4), core.start);
  // 增长 21 和 9.4: the second rate of a pair follows 和 after the first.
  const second = /和[ \u3000]?$/.test(before) && GROWTH_BEFORE.test(norm.slice(Math.max(0, core.start - 16), core.start).replace(/[ \u3000]?[\d.]+[ \u3000]?和[ \u3000]?$/, ''));
  if (!GROWTH_BEFORE.test(before) && !second) return null;
  GROWTH_AFTER.lastIndex = core.end;
  if (!GROWTH_AFTER.test(norm)) return null;
  return { start: core.start, end: core.end, kind: 'percent', value: core.value, unit: '%', duration: false };
}

/** Words before a single Chinese digit that make it a count a reader checks: 等三个项目, 以下两种, 组员三名. */
const COUNT_CUE = /(?:等|以下|上述|下列|共|共有|共分|分为|包括|组员|組員|辖|轄)$/;
/** A list before it: 甲、乙和丙三种. */
const LISTED_BEFORE = /、[^，,。；;\n]{1,20}[和及与][^，,。；;、\n]{1,12}$/;

/** Words of a text's structure after such a count: 以下三个方面, 分为三个部分 (not data). */
const STRUCTURE_AFTER = /方面|部分|难点|问题|层次|阶段|环节|步骤|特点|原则/y;
/** 大小:, 資源大小, 文件大小 — within the line before a file size. */
const FILE_SIZE_BEFORE = /大[小?？][^\n]{0,36}$/;

function countCueBefore(norm: string, start: number, end: number, value: number): boolean {
  if (value < 2) return false;
  STRUCTURE_AFTER.lastIndex = end;
  if (STRUCTURE_AFTER.test(norm)) return false;
  return COUNT_CUE.test(norm.slice(Math.max(0, start - 2), start)) || LISTED_BEFORE.test(norm.slice(Math.max(0, start - 36), start));
}

/** 招商引资15亿: a number written with 万/亿 and no unit; money in a money context, else a count. */
function matchBareBig(norm: string, pos: number, core: NumberCore | null): QuantityCore | null {
  if (!core || !core.big || matchUnitAt(norm, core.end)) return null;
  const before = norm.slice(Math.max(0, pos - MONEY_LOOKBEHIND), pos);
  MONEY_CONTEXT_AFTER.lastIndex = core.end;
  const money = MONEY_CONTEXT.test(before) || MONEY_CONTEXT_AFTER.test(norm);
  return {
    start: pos,
    end: core.end,
    kind: money ? 'money' : 'count',
    value: core.value,
    unit: money ? '元' : null,
    innerApprox: core.innerApprox,
    range: core.pairTo !== undefined ? { from: core.value, to: core.pairTo } : undefined,
    duration: false,
  };
}
