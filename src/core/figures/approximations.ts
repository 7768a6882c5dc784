/**
 * Approximation and bound words kept with a figure (DESIGN.md: 约, 近, 余, 多, 以上, 以下,
 * 不低于, 不超过, 左右 …). Before the number: 约100亩, 不低于80%; after the unit: 80%以上,
 * 5%左右. 多/余 between number and unit (100余亩, 3000多万元) are read by read-number.ts.
 */

/** Words written before the number, longest first so 不低于 wins over 低于. */
const BEFORE_WORDS = [
  '不低于', '不少于', '不超过', '不高于', '不多于', '不大于', '不小于', '不足', '不到',
  '将近', '接近', '大约', '约合', '约', '近', '逾', '超过', '至少', '最少', '最多', '高达', '多达',
];
const BEFORE = new RegExp(`(?:${BEFORE_WORDS.join('|')})$`);
/** Last characters of BEFORE_WORDS (char codes). */
const BEFORE_LAST = new Set(BEFORE_WORDS.map((w) => w.charCodeAt(w.length - 1)));
/** Characters before 约 / 近 that make them part of another word (预约, 最近, 附近). */
const NOT_BEFORE_YUE = /[预节条契制公签邀相婚规合简大]$/;
const NOT_BEFORE_JIN = /[最附邻靠就亲将接贴]$/;

/** Words written after the unit. 上下 not before 游/级 (上下游), 以下 not before 简称. */
const AFTER = /(?:以上|以下|以内|之内|左右|上下(?![游级班楼车])|有余|之多)/y;
/** After a time span only: 3年多, 1个月余, 30天内. */
const AFTER_DURATION = /(?:多|余|内)(?![功种样元方少次边个])/y;
/** After a date: 2025年底前, 2020年以来, 自2023年1月1日起. */
const AFTER_DATE = /(?:以前|之前|以来|以后|之后|前(?![期景提进往面列沿后三二一两\d])|起(?![来草点步]))/y;

const AFTER_DATE_ONLY = [AFTER_DATE];
const AFTER_SPAN = [AFTER, AFTER_DURATION];
const AFTER_ONLY = [AFTER];

const LOOKBEHIND = 4;

/** The approximation word ending at `start`, not reaching before `floor`; null when none. */
export function approxBefore(norm: string, start: number, floor: number): { word: string; start: number } | null {
  const from = Math.max(floor, start - LOOKBEHIND);
  // Quick gate: BEFORE ends at `start`, so the character before it ends one of its words.
  if (start <= from || !BEFORE_LAST.has(norm.charCodeAt(start - 1))) return null;
  const preceding = norm.slice(from, start);
  const m = BEFORE.exec(preceding);
  if (!m) return null;
  const wordStart = from + m.index;
  const prefix = norm.slice(Math.max(0, wordStart - 1), wordStart);
  if (m[0] === '约' && NOT_BEFORE_YUE.test(prefix)) return null;
  if (m[0] === '近' && NOT_BEFORE_JIN.test(prefix)) return null;
  return { word: m[0], start: wordStart };
}

export type ApproxContext = 'quantity' | 'duration' | 'date';

/** The approximation word starting at `end` (after the unit); null when none. */
export function approxAfter(norm: string, end: number, context: ApproxContext): { word: string; end: number } | null {
  const res = context === 'date' ? AFTER_DATE_ONLY : context === 'duration' ? AFTER_SPAN : AFTER_ONLY;
  for (const re of res) {
    re.lastIndex = end;
    const m = re.exec(norm);
    if (m) return { word: m[0], end: end + m[0].length };
  }
  return null;
}

/** Joins the approximation words of one figure in reading order (约…多). */
export function joinApprox(words: ReadonlyArray<string | undefined>): string | undefined {
  let joined: string | undefined;
  for (const w of words) if (w) joined = joined === undefined ? w : `${joined}…${w}`;
  return joined;
}
