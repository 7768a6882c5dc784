/**
 * Scores the recogniser on the public suite (corpus/public/recognizers-text.json, built by
 * scripts/extract-public-suite.ts from Microsoft Recognizers-Text's Chinese specs).
 *
 *   npm run eval:public        (= tsx scripts/eval-public-suite.ts: prints the section)
 *
 * `evalPublicSuite(root)` returns a Markdown section, or null when the corpus file is absent
 * (it is git-ignored: a clone without it simply has no public-suite section).
 *
 * Matching a found figure f to an expected span e (texts compared after NFKC and lower case,
 * since the specs write 1.0753美元 for １．０７５３美元 and 168cm for 168CM):
 * - their texts are equal; or
 * - one text contains the other (约3亿元 ⊃ 3亿元, 打对折 ⊃ 对折) and they state the same
 *   number: e's value is f's value or one of f's range bounds (5-20% holds 20%); when e has no
 *   comparable value (dates), both texts hold the same numerals (2015年 does not match
 *   2015年农历正月初一: 一 is missing).
 * Each expected span takes the first unused figure of its sentence that matches it.
 *
 * Measures:
 * - recall: matched expected spans / expected spans;
 * - precision: matched figures / judged figures, where a figure is judged when it matched or
 *   when its kind is the one the case's file is exhaustive for (`scope`: the currency file
 *   lists every sum of money of its sentences, but not their dates or counts);
 * - kind accuracy: matched pairs whose kinds agree / matched pairs with an expected kind;
 * - value accuracy: matched pairs whose values agree (as above) / matched pairs with an
 *   expected value.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recognizeFigures } from '../src/core/figures/recognize-figures';
import type { Figure } from '../src/core/types';
import type { PublicCase, PublicSpan, PublicSuite } from './extract-public-suite';

const CORPUS = 'corpus/public/recognizers-text.json';
const MAX_MISSES = 40;
const MAX_FALSE_POSITIVES = 20;
const NUMERALS = /[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩半]+/g;

function norm(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether f states e's value: its value or a bound of its range. */
function valueAgrees(f: Figure, value: number): boolean {
  const values = [f.value, f.range?.from, f.range?.to];
  return values.some((v) => typeof v === 'number' && sameNumber(v, value));
}

function numerals(s: string): string {
  return (s.match(NUMERALS) ?? []).join('|');
}

function matches(f: Figure, e: PublicSpan): boolean {
  const nf = norm(f.text);
  const ne = norm(e.text);
  if (nf === ne) return true;
  if (!nf.includes(ne) && !ne.includes(nf)) return false;
  return e.value !== null ? valueAgrees(f, e.value) : numerals(nf) === numerals(ne);
}

interface Tally {
  cases: number;
  expected: number;
  matched: number;
  judged: number;
  kindJudged: number;
  kindRight: number;
  valueJudged: number;
  valueRight: number;
}

const emptyTally = (): Tally => ({ cases: 0, expected: 0, matched: 0, judged: 0, kindJudged: 0, kindRight: 0, valueJudged: 0, valueRight: 0 });

interface CaseResult {
  c: PublicCase;
  found: Figure[];
  missed: PublicSpan[];
  falsePositives: Figure[];
  tally: Tally;
}

function scoreCase(c: PublicCase): CaseResult {
  const found = recognizeFigures(c.input);
  const used = new Set<number>();
  const tally = emptyTally();
  tally.cases = 1;
  const missed: PublicSpan[] = [];
  for (const e of c.expected) {
    tally.expected++;
    const i = found.findIndex((f, k) => !used.has(k) && matches(f, e));
    if (i < 0) {
      missed.push(e);
      continue;
    }
    used.add(i);
    const f = found[i]!;
    tally.matched++;
    if (e.kind !== null) {
      tally.kindJudged++;
      if (f.kind === e.kind) tally.kindRight++;
    }
    if (e.value !== null) {
      tally.valueJudged++;
      if (valueAgrees(f, e.value)) tally.valueRight++;
    }
  }
  const falsePositives = found.filter((f, k) => !used.has(k) && c.scope !== null && f.kind === c.scope);
  tally.judged = tally.matched + falsePositives.length;
  return { c, found, missed, falsePositives, tally };
}

function add(into: Tally, t: Tally): void {
  for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += t[k];
}

function ratio(n: number, d: number): string {
  return d === 0 ? '–' : (n / d).toFixed(3);
}

function row(label: string, t: Tally): string {
  return `| ${label} | ${t.cases} | ${t.expected} | ${t.judged} | ${ratio(t.matched, t.expected)} | ${ratio(t.matched, t.judged)} | ${ratio(t.kindRight, t.kindJudged)} | ${ratio(t.valueRight, t.valueJudged)} |`;
}

function cell(s: string): string {
  const one = s.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

function shortFile(path: string): string {
  return path.replace(/^Specs\//, '').replace(/\.json$/, '');
}

function describeFound(f: Figure): string {
  return `${f.text} (${f.kind} ${f.value ?? '–'}${f.unit ? ` ${f.unit}` : ''})`;
}

/** The public-suite section in Markdown, or null when the corpus file is absent. */
export async function evalPublicSuite(root: string): Promise<string | null> {
  const path = join(root, CORPUS);
  if (!existsSync(path)) return null;
  const suite = JSON.parse(readFileSync(path, 'utf8')) as PublicSuite;
  const results = suite.cases.map(scoreCase);

  const overall = emptyTally();
  const ordinary = emptyTally();
  const perFile = new Map<string, Tally>();
  for (const r of results) {
    add(overall, r.tally);
    if (r.c.ordinary) add(ordinary, r.tally);
    const t = perFile.get(r.c.file) ?? emptyTally();
    add(t, r.tally);
    perFile.set(r.c.file, t);
  }

  const lines = [
    '## Public suite: Microsoft Recognizers-Text (Chinese specs)',
    '',
    `${suite.cases.length} cases from ${suite.source} at ${suite.commit.slice(0, 12)}; "ordinary" is simplified Chinese text of the types DocClip covers (rule in scripts/extract-public-suite.ts). Matching and measures: scripts/eval-public-suite.ts.`,
    '',
    '| set | cases | expected | judged found | recall | precision | kind accuracy | value accuracy |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    row('all', overall),
    row('ordinary simplified', ordinary),
    ...[...perFile].map(([file, t]) => row(shortFile(file), t)),
    '',
  ];

  // Ordinary cases first: they are the ones the recogniser is meant to get right.
  const byOrdinary = [...results].sort((a, b) => Number(b.c.ordinary) - Number(a.c.ordinary));
  const misses = byOrdinary.flatMap((r) => r.missed.map((e) => ({ r, e })));
  lines.push(`### Misses (${Math.min(misses.length, MAX_MISSES)} of ${misses.length})`, '');
  if (misses.length > 0) {
    lines.push('| file | ordinary | input | expected | found |', '|---|---|---|---|---|');
    for (const { r, e } of misses.slice(0, MAX_MISSES)) {
      const found = r.found.map(describeFound).join('; ') || '–';
      lines.push(`| ${shortFile(r.c.file)} | ${r.c.ordinary ? 'yes' : r.c.reason} | ${cell(r.c.input)} | ${cell(e.text)} | ${cell(found)} |`);
    }
    lines.push('');
  }
  const fps = byOrdinary.flatMap((r) => r.falsePositives.map((f) => ({ r, f })));
  lines.push(`### False positives (${Math.min(fps.length, MAX_FALSE_POSITIVES)} of ${fps.length})`, '');
  if (fps.length > 0) {
    lines.push('| file | ordinary | input | found | expected |', '|---|---|---|---|---|');
    for (const { r, f } of fps.slice(0, MAX_FALSE_POSITIVES)) {
      const expected = r.c.expected.map((e) => e.text).join('; ') || '–';
      lines.push(`| ${shortFile(r.c.file)} | ${r.c.ordinary ? 'yes' : r.c.reason} | ${cell(r.c.input)} | ${cell(describeFound(f))} | ${cell(expected)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const section = await evalPublicSuite(root);
  if (section === null) {
    console.error(`${CORPUS} is absent: build it with scripts/extract-public-suite.ts <Recognizers-Text git dir>`);
    process.exit(1);
  }
  console.log(section);
}
