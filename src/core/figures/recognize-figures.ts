/**
 * Finds the figures (数字) of a text: dates, money, percentages, measures and counts, with
 * their values resolved (DESIGN.md "Highlighting" and "figure kinds and values").
 *
 * One left-to-right pass over the numeral tokens of the text. At each numeral:
 *
 *   set phrase / slogan? ─ skip it        (三个文明, “两化”, 一带一路)
 *   identifier / ordinal? ─ skip          (QQ:2149…, G320, 320国道, 第二污水处理厂)
 *   date?                                 (20xx年度, 3月22日, 7月中旬, 2021-2025年)
 *   page marker k/N? ─ skip               (7/20)
 *   quantity?                             (438万元, 80%, 3万亩, 25台, 招商引资15亿)
 *   then: approximation words around it, currency sign, and "A–B" ranges with the unit twice.
 *
 * Every step looks a bounded number of characters around the numeral, so the whole pass is
 * linear in the text length.
 */
import type { Figure, FigureKind } from '../types';
import { approxAfter, approxBefore, joinApprox } from './approximations';
import { toHalfWidth } from './chinese-numerals';
import { isIdentifierAt, isOrdinalAt, isSlashNumberAt, setPhraseEndAt } from './exclusions';
import { isQuarterAt, matchDateAt } from './match-date';
import { matchQuantityAt } from './match-quantity';
import { NUMERAL_TOKEN, numeralTokenAt, readNumberAt } from './read-number';
import { CURRENCY_SIGNS } from './units';

/** A figure before the words around it are attached. */
interface Core {
  start: number;
  end: number;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  innerApprox?: string;
  range?: { from: number | null; to: number | null };
  duration: boolean;
}

type Step = { core: Core } | { skipTo: number };

const RANGE_SEP = /\s?[-－—–~～〜至到]\s?/y;

/**
 * Figures of `text`, sorted by start, non-overlapping; offsets index `text` (UTF-16, end
 * exclusive). Returns [] for a text without figures. Never throws on any string input.
 */
export function recognizeFigures(text: string): Figure[] {
  const norm = toHalfWidth(text);
  const figures: Figure[] = [];
  const scanner = new RegExp(NUMERAL_TOKEN.source, 'g');
  let floor = 0;
  let m: RegExpExecArray | null;
  while ((m = scanner.exec(norm)) !== null) {
    const pos = m.index;
    const step = coreAt(norm, pos, m[0].length);
    if ('skipTo' in step) {
      scanner.lastIndex = Math.max(step.skipTo, pos + m[0].length);
      continue;
    }
    const figure = complete(text, norm, merge(norm, step.core), floor);
    figures.push(figure);
    floor = figure.end;
    scanner.lastIndex = figure.end;
  }
  return figures;
}

/** The figure core at a numeral, or where to resume scanning. */
function coreAt(norm: string, pos: number, tokenLength: number): Step {
  const tokenEnd = pos + tokenLength;
  const phraseEnd = setPhraseEndAt(norm, pos);
  if (phraseEnd >= 0) return { skipTo: phraseEnd };
  if (isIdentifierAt(norm, pos, tokenEnd)) return { skipTo: tokenEnd };
  if (isOrdinalAt(norm, pos) && !isQuarterAt(norm, pos)) return { skipTo: tokenEnd };

  const date = matchDateAt(norm, pos, tokenEnd);
  if (date) return { core: { ...date, kind: 'date', unit: null, duration: false } };
  if (isSlashNumberAt(norm, pos, tokenEnd)) return { skipTo: tokenEnd };

  const quantity = matchQuantityAt(norm, pos);
  if (quantity) return { core: quantity };
  // ￥100, $5: a currency sign makes a plain number money.
  const sign = pos > 0 ? CURRENCY_SIGNS[norm[pos - 1]!] : undefined;
  const number = sign ? readNumberAt(norm, pos) : null;
  if (sign && number) {
    return { core: { start: pos, end: number.end, kind: 'money', value: number.value, unit: sign, duration: false } };
  }
  return { skipTo: tokenEnd };
}

/** 3万元-5万元, 2021年至2025年, 10%～20%: two figures of one kind and unit make a range. */
function merge(norm: string, first: Core): Core {
  if (first.range) return first;
  RANGE_SEP.lastIndex = first.end;
  const sep = RANGE_SEP.exec(norm);
  if (!sep) return first;
  const at = first.end + sep[0].length;
  const token = numeralTokenAt(norm, at);
  if (token === null) return first;
  const step = coreAt(norm, at, token.length);
  if ('skipTo' in step) return first;
  const second = step.core;
  if (second.kind !== first.kind || second.unit !== first.unit || second.range) return first;
  if (first.value !== null && second.value !== null && second.value < first.value) return first;
  return {
    ...first,
    end: second.end,
    range: { from: first.value, to: second.value },
    innerApprox: first.innerApprox ?? second.innerApprox,
  };
}

/** Adds the approximation words and currency sign around a core and makes the Figure. */
function complete(text: string, norm: string, core: Core, floor: number): Figure {
  let { start, end } = core;
  let unit = core.unit;
  let kind = core.kind;
  let value = core.value;
  let range = core.range;

  const sign = start > floor ? CURRENCY_SIGNS[norm[start - 1]!] : undefined;
  if (sign && (kind === 'money' || (kind === 'count' && unit === null))) {
    start -= 1;
    kind = 'money';
    unit = sign;
  }
  const before = kind === 'date' ? null : approxBefore(norm, start, floor);
  if (before) start = before.start;
  const after = approxAfter(norm, end, kind === 'date' ? 'date' : core.duration ? 'duration' : 'quantity');
  if (after) end = after.end;

  const figure: Figure = { text: text.slice(start, end), start, end, kind, value, unit };
  const approx = joinApprox([before?.word, core.innerApprox, after?.word]);
  if (approx) figure.approx = approx;
  if (range) figure.range = range;
  return figure;
}
