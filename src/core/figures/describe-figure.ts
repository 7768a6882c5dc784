/**
 * A short hover label for a figure: what was written and what it resolves to.
 *
 *   438万元      → "438万元 = 4,380,000 元"
 *   3万亩        → "3万亩 = 30,000 亩"
 *   80%以上      → "80%以上 = ≥ 80 %"
 *   3-5万元      → "3-5万元 = 30,000–50,000 元"
 *   75折         → "75折 = 75 %"
 *   20xx年       → "20xx年 (年份未给出)"
 *   2023年12月31日 → "2023年12月31日 (2023年)"
 *
 * Pure; never throws. Numbers are grouped with "," (no locale dependence).
 */
import type { Figure } from '../types';

/** Approximation words → the relation they state. 以上/不低于 include the bound (≥). */
const RELATIONS: ReadonlyArray<readonly [readonly string[], string]> = [
  [['以上', '不低于', '不少于', '至少', '最少'], '≥'],
  [['以下', '不超过', '不高于', '不多于', '以内', '之内', '内', '最多'], '≤'],
  [['多', '余', '逾', '超过', '有余', '之多', '高达', '多达'], '>'],
  [['不足', '不到', '将近', '近', '接近'], '<'],
  [['约', '大约', '约合', '左右', '上下'], '≈'],
];
/** Word → "symbol " (the first relation listing the word). */
const RELATION_OF = new Map<string, string>();
for (const [words, symbol] of RELATIONS) for (const w of words) if (!RELATION_OF.has(w)) RELATION_OF.set(w, `${symbol} `);

export function describeFigure(f: Figure): string {
  if (f.kind === 'date') return `${f.text} (${describeDate(f)})`;
  if (f.value === null) return `${f.text} (数值未能解析)`;
  // A discount's value is the share of the price paid: 75折 = 75 %.
  const unit = f.unit === null ? '' : f.unit === '折' ? ' %' : ` ${f.unit}`;
  const amount = f.range
    ? `${formatNumber(f.range.from)}–${formatNumber(f.range.to)}`
    : `${relation(f.approx)}${formatNumber(f.value)}`;
  return `${f.text} = ${amount}${unit}`;
}

function describeDate(f: Figure): string {
  if (/[xX*＊]/.test(f.text)) return '年份未给出';
  if (f.range && f.range.from !== null && f.range.to !== null) return `${f.range.from}–${f.range.to}年`;
  if (f.value !== null) return `${f.value}年`;
  return '日期，年份未写明';
}

/** "≥ " etc. for the first approximation word that states a relation; "" when none. */
function relation(approx: string | undefined): string {
  if (!approx) return '';
  for (const word of approx.split('…')) {
    const relation = RELATION_OF.get(word);
    if (relation !== undefined) return relation;
  }
  return '';
}

/**
 * 4380000 → "4,380,000"; 12.5 → "12.5"; 1/3 → "33.333333". At most 6 decimals (rounded as
 * toFixed rounds), "," every three digits, JavaScript's own notation beyond 1e21 (1e+21).
 * Locale-independent and allocation-light: no Intl (its grouping of 1e21 and rounding of
 * long numbers differ), the common case — a safe integer — is grouped by hand.
 */
export function formatNumber(n: number | null): string {
  if (n === null) return '?';
  // A safe integer survives toFixed(6) → Number unchanged, and String(-0) is "0" either way.
  if (Number.isSafeInteger(n)) return n < 0 ? `-${groupThousands(String(-n))}` : groupThousands(String(n));
  const [int = '0', frac] = String(Number(n.toFixed(6))).split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

/** "4380000" → "4,380,000" (ASCII digits only). */
function groupThousands(digits: string): string {
  const length = digits.length;
  if (length <= 3) return digits;
  let i = length % 3 || 3;
  let out = digits.slice(0, i);
  for (; i < length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}
