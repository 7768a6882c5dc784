/**
 * Digests of everything the recogniser returns, for the equivalence test
 * (test/unit/recognizer-equivalence.test.ts): the fast paths of figures/ and targets/ must
 * return exactly what the straightforward implementation returned.
 *
 * Contract: `recognizerDigest(impl, texts)` is the SHA-256 of the JSON of every output of
 * `impl` on `texts` (figures, targets, clauses, deadlines, cues, figure labels), in order and
 * with key order, so any difference in any result, offset or key order changes it.
 * The inputs are deterministic (a seeded PRNG, no Math.random), so the digests stored in
 * test/fixtures/recognizer-digests.json — computed with the implementation before the
 * speed-up — stay valid as long as the results do.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure, Target } from '../../../src/core/types';
import { seededRandom } from '../../harness/seeded-random';

export interface RecognizerImpl {
  recognizeFigures(text: string): Figure[];
  findTargets(text: string, figures?: readonly Figure[]): Target[];
  splitClauses(text: string, figures?: readonly Figure[]): { start: number; end: number; sentence: number }[];
  findDeadline(clause: string): string | null;
  findCue(clause: string, hasDeadline: boolean): { word: string; index: number } | null;
  describeFigure(f: Figure): string;
  formatNumber(n: number | null): string;
}

export const SEED_TEXT = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/seed/777doc-seed-page.txt'),
  'utf8',
);

/** The text scripts/bench-recognizer.ts times: the seed page repeated to `chars` characters. */
export function benchText(chars = 1_000_000): string {
  return SEED_TEXT.repeat(Math.ceil(chars / SEED_TEXT.length)).slice(0, chars);
}


/** Pieces the recogniser reacts to: numerals, units, date and deadline words, cues, marks. */
const PIECES = [
  '2025', '20xx', '201x', '二〇二三', '2023', '1999', '1800', '12', '3', '7', '0', '31', '１２', '．', '.', '5.5',
  '1,000', '12,500', '一', '二', '两', '三', '十', '十一', '百', '千', '万', '亿', '三四', '壹拾', '廿', '点', '第', '前',
  '年', '月', '日', '号', '季度', '旬', '上', '中', '下', '底', '末', '初', '份', '度', '半年', '年代', '今年', '明年',
  '本年度', '当年', '年内', '年底前', '以前', '之前', '以来', '起', '截', '到', '至', '在', '于', '-', '－', '~', '～', '—',
  '/', '／', '元', '万元', '亿元', '%', '％', '‰', '个百分点', '亩', '平方米', '公里', '吨', '个', '家', '台', '人', '成',
  '个月', '天', '小时', '内', '以内', '多', '余', '约', '近', '以上', '以下', '左右', '不低于', '不超过', '控制在',
  '确保', '确保了', '力争', '争取', '保证金', '预计', '计划', '计划于', '年度计划', '目标', '任务', '主要目标是', '任务：',
  '明确了', '确定', '要求', '按照', '的要求', '将', '要', '可', '完成', '建成', '投入使用', '投资', '引资', '资金', '￥', '$',
  '《', '》', '（', '）', '(', ')', '（一）', '(3)', '1、', '一是', '二要', '要求其', '①', '⑳', '“', '”', '三个文明',
  '一带一路', 'QQ:', '电话', 'G', '国道', '号线', 'GB/T ', '，', ',', '。', '；', ';', '！', '!', '？', '?', '：', ':',
  '、', '\n', '\r\n', ' ', '  ', '\u3000', '\u00a0', '\t', '\u2028', '\ufeff', '我市', '项目', '建设', '全面', '工作',
  '到2025年', '至2030年', '截至2022年', '2025年底前', '7月底', '3月22日', '7月中旬', '一季度', '第三季度末', '2021-2025年',
  '1-6月', '6月份', '80年代', '2023-12-31', '今年底', '438万元', '3-5万元', '80%以上', '百分之八十', '三分之一', '3000多万',
  '3个月内', '建设期三年', '15亿', '3万千瓦', '7/20', '二〇二三年十月一日', '13月', '3个月', '控制在5%以内',
];

/**
 * `count` texts of up to ~`maxPieces` pieces: recogniser pieces, slices of the seed page and
 * random UTF-16 code units (lone surrogates included). Same seed, same texts.
 */
export function randomTexts(count: number, seed: number, maxPieces = 40): string[] {
  const rnd = seededRandom(seed);
  const pick = (n: number): number => Math.floor(rnd() * n);
  const texts: string[] = [];
  for (let t = 0; t < count; t++) {
    let s = '';
    const n = pick(maxPieces + 1);
    for (let k = 0; k < n; k++) {
      const r = rnd();
      if (r < 0.7) s += PIECES[pick(PIECES.length)];
      else if (r < 0.92) {
        const at = pick(SEED_TEXT.length);
        s += SEED_TEXT.slice(at, at + 1 + pick(30));
      } else s += String.fromCharCode(pick(0x10000));
    }
    texts.push(s);
  }
  return texts;
}

/** Numbers formatNumber must render as before: integers, fractions, signs, huge and tiny. */
export function randomNumbers(count: number, seed: number): number[] {
  const rnd = seededRandom(seed);
  const fixed = [0, -0, 1, -1, 999, 1000, -1000, 1e21, 1.5e21, -1e21, 1e-7, -1e-7, 5e-7, 0.0000005, 1.0000005, 2 ** 53,
    2 ** 53 + 2, -(2 ** 53), 1e20, 123456789012345680000, 0.1 + 0.2, 1 / 3, 2 / 3, 33.3333335, NaN, Infinity, -Infinity,
    4380000, 12.5, 35410700.000000004, 999999.9999995, 999.9999999, Number.MAX_VALUE, Number.MIN_VALUE];
  const out = [...fixed];
  for (let i = 0; i < count; i++) {
    const mag = 10 ** Math.floor(rnd() * 26 - 8);
    const sign = rnd() < 0.2 ? -1 : 1;
    const r = rnd();
    out.push(r < 0.4 ? sign * Math.floor(rnd() * mag) : r < 0.8 ? sign * rnd() * mag : sign * Math.round(rnd() * mag * 1e3) / 1e3);
  }
  return out;
}

/** SHA-256 (hex) of every output of `impl` on `texts` and of formatNumber on `numbers`. */
export function recognizerDigest(impl: RecognizerImpl, texts: readonly string[], numbers: readonly number[] = []): string {
  const hash = createHash('sha256');
  const add = (value: unknown): void => {
    hash.update(JSON.stringify(value) ?? 'undefined');
    hash.update('\n');
  };
  for (const text of texts) {
    const figures = impl.recognizeFigures(text);
    add(figures);
    add(figures.map((f) => impl.describeFigure(f)));
    add(impl.findTargets(text, figures));
    add(impl.findTargets(text, []));
    const clauses = impl.splitClauses(text, figures);
    add(clauses);
    add(impl.splitClauses(text));
    add(impl.findDeadline(text));
    for (const c of clauses) {
      const body = text.slice(c.start, c.end);
      add([impl.findDeadline(body), impl.findCue(body, true), impl.findCue(body, false)]);
    }
  }
  for (const n of numbers) add(impl.formatNumber(n));
  return hash.digest('hex');
}
