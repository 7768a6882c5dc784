/**
 * Times the recogniser on a ~1,000,000-character text built from the seed page.
 * Run: npx tsx scripts/bench-recognizer.ts [targetChars] [runs]
 * Prints the size, the figure and target counts and, for each step, the median and the
 * fastest of `runs` timed runs (after one warm-up) — the fastest is the least disturbed by
 * other processes; the load average is printed so runs on a busy machine can be told apart.
 * (A benchmark, not a test: timings depend on the machine.)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { recognizeFigures } from '../src/core/figures/recognize-figures';
import { findTargets } from '../src/core/targets/find-targets';

const here = dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(resolve(here, '../test/fixtures/seed/777doc-seed-page.txt'), 'utf8');
const targetChars = Number(process.argv[2] ?? 1_000_000);
const runs = Math.max(1, Number(process.argv[3] ?? 7));
const text = seed.repeat(Math.ceil(targetChars / seed.length)).slice(0, targetChars);

function time<T>(label: string, run: () => T): T {
  let result = run(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[ms.length >> 1]!.toFixed(1)} ms, min ${ms[0]!.toFixed(1)} ms`);
  return result;
}

console.log(`text: ${text.length} chars, ${runs} runs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const figures = time('recognizeFigures', () => recognizeFigures(text));
const targets = time('findTargets (figures given)', () => findTargets(text, figures));
time('both (figures, then targets)', () => findTargets(text, recognizeFigures(text)));
console.log(`figures: ${figures.length}, targets: ${targets.length}`);

// Adversarial shapes: one numeral run, one run of approximation words, no punctuation.
time('1M digits', () => recognizeFigures('1'.repeat(targetChars)));
time('1M 万 / 一', () => recognizeFigures('一万'.repeat(targetChars / 2)));
time('1M 约 + 3个, no punctuation (targets)', () => findTargets('约3个确保'.repeat(targetChars / 5)));
