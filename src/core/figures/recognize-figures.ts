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
import { isIdentifierAt, isOrdinalAt, isSlashNumberAt, setPhraseEndAt, urlRanges } from './exclusions';
import { isQuarterAt, matchDateAt } from './match-date';
import { matchQuantityAt } from './match-quantity';
import { nextNumeralStart, numeralTokenAt, readNumberAt } from './read-number';
import { normalizeText } from './normalize-text';
import { currencySignAt } from './units';

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

/** A figure core, or (a number) the index to resume scanning at. */
type Step = Core | number;

const RANGE_SEP = /\s?[-－—–~～〜至到]\s?/y;

/**
 * Figures of `text`, sorted by start, non-overlapping; offsets index `text` (UTF-16, end
 * exclusive). Returns [] for a text without figures. Never throws on any string input.
 */
export function recognizeFigures(text: string): Figure[] {
  const norm = normalizeText(text);
  const figures: Figure[] = [];
  // Numerals inside a URL (…/a%20b, ?q=30%25) are none of the text's figures.
  const urls = urlRanges(norm);
  let url = 0;
  let floor = 0;
  for (let pos = nextNumeralStart(norm, 0); pos < norm.length; ) {
    while (url < urls.length && urls[url + 1]! <= pos) url += 2;
    if (url < urls.length && urls[url]! <= pos) {
      pos = nextNumeralStart(norm, urls[url + 1]!);
      continue;
    }
    const token = numeralTokenAt(norm, pos)!; // a token starts at every scan stop
    const tokenEnd = pos + token.length;
    const step = coreAt(norm, pos, token);
    if (typeof step === 'number') {
      pos = nextNumeralStart(norm, Math.max(step, tokenEnd));
      continue;
    }
    const figure = complete(text, norm, merge(norm, step), floor);
    figures.push(figure);
    floor = figure.end;
    pos = nextNumeralStart(norm, figure.end);
  }
  return figures;
}

/** The figure core at a numeral (`token` = numeralTokenAt(norm, pos)), or where to resume scanning. */
function coreAt(norm: string, pos: number, token: string): Step {
  const tokenEnd = pos + token.length;
  const phraseEnd = setPhraseEndAt(norm, pos);
  if (phraseEnd >= 0) return phraseEnd;
  if (isIdentifierAt(norm, pos, tokenEnd)) return tokenEnd;
  if (isOrdinalAt(norm, pos) && !isQuarterAt(norm, pos)) return tokenEnd;

  const date = matchDateAt(norm, pos, tokenEnd);
  if (date) {
    // Spelled out, not `...date`: the spread was a third of this function's time.
    return { start: date.start, end: date.end, kind: 'date', value: date.value, unit: null, range: date.range, duration: false };
  }
  if (isSlashNumberAt(norm, pos, tokenEnd)) return tokenEnd;

  const quantity = matchQuantityAt(norm, pos, token);
  if (quantity) return quantity;
  // ￥100, $5: a currency sign makes a plain number money.
  const sign = pos > 0 ? currencySignAt(norm, pos - 1) : undefined;
  const number = sign ? readNumberAt(norm, pos) : null;
  if (sign && number) {
    return { start: pos, end: number.end, kind: 'money', value: number.value, unit: sign, duration: false };
  }
  return tokenEnd;
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
  const step = coreAt(norm, at, token);
  if (typeof step === 'number') return first;
  const second = step;
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

  const sign = start > floor ? currencySignAt(norm, start - 1) : undefined;
  if (sign && (kind === 'money' || (kind === 'count' && unit === null))) {
    start -= 1;
    kind = 'money';
    unit = sign;
  }
  // 负3.9%, 增速为-2.3%, 负0.2千米: a minus sign before a rate, sum or measure.
  const signed = kind === 'percent' || kind === 'money' || (kind === 'measure' && !core.duration);
  if (value !== null && !range && signed && isMinusAt(norm, start - 1, floor)) {
    start -= 1;
    value = -value;
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

const FU = '负'.charCodeAt(0);
const ZHENG = '正'.charCodeAt(0);
/**
 * Characters after which "-" is a minus: the verb or punctuation that introduces a value
 * (增速为-2.3%, 降至-5%, (-3%)). Elsewhere a dash joins or lists (3-5, 天－438万元, A-1).
 */
const BEFORE_MINUS = /[\s为是达至到了和及与或比约:：(（,，、;；=≈]/y;

/** Whether norm[i] is a minus sign of the number after it (负, or - / － not joining two things). */
function isMinusAt(norm: string, i: number, floor: number): boolean {
  if (i < floor) return false;
  const c = norm.charCodeAt(i);
  if (c === FU) return i === 0 || norm.charCodeAt(i - 1) !== ZHENG; // 正负3% is a tolerance
  if (c !== 0x2d && c !== 0xff0d) return false;
  if (i === 0) return true;
  if (i === floor) return false; // 5万元-3万元: right after a figure, a dash joins the two
  BEFORE_MINUS.lastIndex = i - 1;
  return BEFORE_MINUS.test(norm);
}
