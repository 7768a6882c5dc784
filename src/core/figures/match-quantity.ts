/**
 * Quantities at a numeral: money, percent, measure, count — a number, a unit and what the
 * unit makes of it (DESIGN.md "figure kinds and values"). Also fractions (百分之八十,
 * 千分之一, 三分之一), ranges written with one unit (3-5万元, 3万～5万元, 10-20%) and the bare
 * big number of a money context (招商引资15亿).
 */
import type { FigureKind } from '../types';
import { cleanFloat } from './chinese-numerals';
import { readNumberAt, numeralTokenAt, type NumberCore } from './read-number';
import { matchUnitAt, startsWithMagnitude, type UnitMatch } from './units';

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
const FRACTION = /分之/y;
/** The unit-less figure 15亿 is money when the clause says so (引资15亿, 投入资金3亿). */
const MONEY_CONTEXT =
  /(?:投资|引资|资金|投入|融资|贷款|收入|产值|营收|营业额|销售额|税收|财政|预算|经费|补贴|补助|奖励|拨付|筹集|总额|金额|成本|费用|价值|造价|GDP|生产总值|利润|利税|资产|债务|拨款|人民币|元)[^。；;！!？?，,]{0,4}$/;
const MONEY_CONTEXT_AFTER = /(?:资金|投资|经费|元)/y;
const MONEY_LOOKBEHIND = 14;
/** Cues that make a small Chinese numeral a real span: 建设期三年, 为期两个月, 工期三天. */
const DURATION_CUE = /(?:为期|历时|用时|工期|建设期|周期|期限|长达|连续|每隔|满|需要?|用了?)[约近]?$/;
const DURATION_CUE_AFTER = /(?:内|以内|之内)/y;
/** Denominators of 百分之 / 千分之 / 万分之 / 十分之. */
const DENOMINATORS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/**
 * The quantity whose numeral starts at `pos`, or null. `start`/`end` cover the number and
 * unit only; approximation words around them are the caller's. `token` (optional) must be
 * numeralTokenAt(norm, pos) when given.
 */
export function matchQuantityAt(norm: string, pos: number, token = numeralTokenAt(norm, pos)): QuantityCore | null {
  if (token === null) return null;
  const fraction = matchFraction(norm, pos, token);
  if (fraction) return fraction;
  const first = readWithUnit(norm, pos, token);
  if (!first) return null; // the whole token is no number: no bare big number either
  const unitQuantity = matchUnitQuantity(norm, first);
  if (unitQuantity) return unitQuantity;
  // The bare big number reads the whole token: reuse the read when readWithUnit made it.
  return matchBareBig(norm, pos, first.whole ? first.core : readNumberAt(norm, pos, undefined, token));
}

/** 百分之八十 → 80 %, 千分之一 → 0.1 %, 三分之一 → 33.33 %. */
function matchFraction(norm: string, pos: number, token: string): QuantityCore | null {
  FRACTION.lastIndex = pos + token.length;
  if (!FRACTION.test(norm)) return null;
  const denominator = DENOMINATORS[token] ?? readNumberAt(norm, pos, undefined, token)?.value;
  const at = pos + token.length + 2;
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
  return { core, unit: matchUnitAt(norm, core.end), whole: true };
}

/** Whether the number and unit make a figure (see the comments for each refusal). */
function acceptable(norm: string, core: NumberCore, unit: UnitMatch): boolean {
  const info = unit.info;
  if (info.arabicOnly && !core.arabic) return false; // 一期工程, 一批: names and articles
  if (info.kind === 'count' && !Number.isInteger(core.value)) return false; // 2.3本项目: a section number glued on
  if (info.factor === 10 && core.value > 10) return false; // 成: at most 十成
  if (core.singleChinese && !core.innerApprox) {
    // 两家钒厂, 三个文明, 一批: single Chinese digits before a classifier are descriptive, not
    // data a researcher scans for; a span needs a cue (建设期三年, 三天内).
    if (info.kind === 'count') return false;
    if (info.duration) {
      const before = norm.slice(Math.max(0, core.start - 4), core.start);
      DURATION_CUE_AFTER.lastIndex = unit.end;
      if (!DURATION_CUE.test(before) && !DURATION_CUE_AFTER.test(norm)) return false;
    }
  }
  return true;
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
