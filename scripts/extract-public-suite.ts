/**
 * Builds the public suite corpus/public/recognizers-text.json from a local copy of
 * Microsoft Recognizers-Text (MIT licence; https://github.com/microsoft/Recognizers-Text).
 * Nothing of that repository is committed here: corpus/public/ is git-ignored, and this script
 * only reads the spec files from the git directory given.
 *
 *   npx tsx scripts/extract-public-suite.ts /path/to/Recognizers-Text/.git
 *
 * Each spec case is an input sentence and the spans their recogniser finds in it. We keep,
 * per case: the source file, the input, the expected spans (text, our figure kind, value where
 * comparable), the kind the file is exhaustive for (`scope`) and whether the case is
 * "ordinary simplified text" (see `ordinaryReason`).
 *
 * Files read, and why only these:
 * - NumberWithUnit Currency → money, Dimension → measure, Temperature → measure, Age → none
 *   (DocClip has no age kind); Number Percent → percent; DateTime DateExtractor → date.
 * - Number/NumberModel is left out: bare numbers (一百五十二) are not figures in DocClip
 *   (DESIGN.md: a figure is a number with a unit, or a bare 万/亿 amount), so it measures
 *   nothing DocClip does. The other DateTime files mostly hold times of day, relative periods
 *   and holidays, which DocClip does not report either.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FigureKind } from '../src/core/types';

export interface PublicSpan {
  text: string;
  /** Our kind for their type; null when DocClip has none (age). */
  kind: FigureKind | null;
  /** Their resolved value as a number in our convention (percent number, yuan …); null when not comparable. */
  value: number | null;
}

export interface PublicCase {
  file: string;
  input: string;
  expected: PublicSpan[];
  /**
   * The kind this file's expected lists are the whole truth for: a found figure of this kind
   * that matches no expected span is a false positive. Figures of other kinds in the same
   * sentence are not judged (the currency file does not list the dates in its sentences).
   * null: nothing is judged (age).
   */
  scope: FigureKind | null;
  ordinary: boolean;
  /** Why a case is not ordinary; absent when it is. */
  reason?: string;
}

export interface PublicSuite {
  source: string;
  commit: string;
  cases: PublicCase[];
}

interface SpecResult {
  Text?: string;
  TypeName?: string;
  Resolution?: { value?: string | null } | null;
}
interface SpecCase {
  Input: string;
  Results?: SpecResult[];
}

const FILES: ReadonlyArray<{ path: string; kind: FigureKind | null }> = [
  { path: 'Specs/NumberWithUnit/Chinese/CurrencyModel.json', kind: 'money' },
  { path: 'Specs/NumberWithUnit/Chinese/DimensionModel.json', kind: 'measure' },
  { path: 'Specs/NumberWithUnit/Chinese/TemperatureModel.json', kind: 'measure' },
  { path: 'Specs/NumberWithUnit/Chinese/AgeModel.json', kind: null },
  { path: 'Specs/Number/Chinese/PercentModel.json', kind: 'percent' },
  { path: 'Specs/DateTime/Chinese/DateExtractor.json', kind: 'date' },
];

/** Files whose type DocClip does not cover as such: their cases are never ordinary. */
const UNCOVERED: ReadonlySet<string> = new Set([
  // No age kind in DocClip.
  'Specs/NumberWithUnit/Chinese/AgeModel.json',
  // Temperatures written as bare 度 or 华氏温度 …度: DocClip reads ℃/摄氏度 only (度 alone is
  // as often 度电, an angle or a degree of something).
  'Specs/NumberWithUnit/Chinese/TemperatureModel.json',
]);

/**
 * Characters found only in traditional (or Japanese) writing, as they occur in these specs and
 * in common text. A case whose input holds one is "traditional", not ordinary simplified text.
 * (A list rather than a conversion table: enough to sort these specs, documented and checkable.)
 */
const TRADITIONAL =
  /[個點萬億兩對陸週禮後銭這們來時間國發會與為東車長門開關問題電號過還進邊運達當說讓頭覺傳兒區華際錢價質幾劃聯紀級無應總鐘隻壓術業產變麼處蘭圖樂營歲錄貨費資寶雙節臺幣頃噸釐貳參倆]/;
const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
const NUMERAL = /[0-9０-９零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟半]/;
/** Weekdays and relative days are names, not numerals: DESIGN.md reads dates from numerals. */
const NAMED_DAY = /(?:星期|礼拜|周|週|禮拜)[一二三四五六日天]|[明今昨前后後][天日]|最近|去年|本月|大年/;

/** Their value string → a number in our convention; null when absent or not numeric. */
function valueOf(result: SpecResult): number | null {
  const raw = result.Resolution?.value;
  if (raw === undefined || raw === null || raw === '') return null;
  const n = Number(String(raw).replace(/%$/, ''));
  return Number.isFinite(n) ? n : null;
}

/** Why a case is not ordinary simplified text; undefined when it is. */
function ordinaryReason(file: string, c: SpecCase, expected: PublicSpan[]): string | undefined {
  if (UNCOVERED.has(file)) return 'type not covered';
  // Digits and signs alone (25%, 2010-01-29) are script-neutral; letters without Chinese are not ours.
  if (!HAN.test(c.Input) && LETTER.test(c.Input)) return 'no Chinese';
  if (TRADITIONAL.test(c.Input)) return 'traditional characters';
  for (const e of expected) {
    if (!NUMERAL.test(e.text)) return 'span without a numeral';
    if (file.includes('DateTime') && NAMED_DAY.test(e.text)) return 'named or relative day';
  }
  return undefined;
}

export function extractPublicSuite(gitDir: string): PublicSuite {
  const git = (...args: string[]): string =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const commit = git('rev-parse', 'HEAD').trim();
  const cases: PublicCase[] = [];
  for (const { path, kind } of FILES) {
    const specs = JSON.parse(git('show', `HEAD:${path}`).replace(/^\uFEFF/, '')) as SpecCase[];
    for (const spec of specs) {
      const expected = (spec.Results ?? [])
        .filter((r) => typeof r.Text === 'string')
        .map((r) => ({ text: r.Text!, kind, value: kind === 'date' ? null : valueOf(r) }));
      const reason = ordinaryReason(path, spec, expected);
      const item: PublicCase = { file: path, input: spec.Input, expected, scope: kind, ordinary: reason === undefined };
      if (reason !== undefined) item.reason = reason;
      cases.push(item);
    }
  }
  return { source: 'https://github.com/microsoft/Recognizers-Text', commit, cases };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const gitDir = process.argv[2];
  if (!gitDir) {
    console.error('usage: tsx scripts/extract-public-suite.ts <Recognizers-Text git dir>');
    process.exit(2);
  }
  const suite = extractPublicSuite(gitDir);
  const out = join(root, 'corpus/public/recognizers-text.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(suite, null, 1)}\n`);
  const ordinary = suite.cases.filter((c) => c.ordinary).length;
  console.log(`${out}: ${suite.cases.length} cases (${ordinary} ordinary simplified) from ${suite.commit.slice(0, 12)}`);
}
