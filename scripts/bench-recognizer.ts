/**
 * Times the recogniser on a ~1,000,000-character text built from the seed page.
 * Run: npx tsx scripts/bench-recognizer.ts [targetChars]
 * Prints the size, the figure and target counts and the milliseconds of each step.
 * (A benchmark, not a test: timings depend on the machine.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { recognizeFigures } from '../src/core/figures/recognize-figures';
import { findTargets } from '../src/core/targets/find-targets';

const here = dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(resolve(here, '../test/fixtures/seed/777doc-seed-page.txt'), 'utf8');
const targetChars = Number(process.argv[2] ?? 1_000_000);
const text = seed.repeat(Math.ceil(targetChars / seed.length)).slice(0, targetChars);

function time<T>(label: string, run: () => T): T {
  run(); // warm-up
  const t0 = performance.now();
  const result = run();
  console.log(`${label}: ${(performance.now() - t0).toFixed(1)} ms`);
  return result;
}

console.log(`text: ${text.length} chars`);
const figures = time('recognizeFigures', () => recognizeFigures(text));
const targets = time('findTargets (figures given)', () => findTargets(text, figures));
console.log(`figures: ${figures.length}, targets: ${targets.length}`);

// Adversarial shapes: one numeral run, one run of approximation words, no punctuation.
time('1M digits', () => recognizeFigures('1'.repeat(targetChars)));
time('1M 万 / 一', () => recognizeFigures('一万'.repeat(targetChars / 2)));
time('1M 约 + 3个, no punctuation (targets)', () => findTargets('约3个确保'.repeat(targetChars / 5)));
