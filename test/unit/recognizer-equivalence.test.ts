/**
 * The fast paths of the recogniser (char-code scans, anchor-gated regexes, offsets instead of
 * substrings, cached formatting) return exactly what the straightforward implementation
 * returned: the digests of every output — on the 1M-character benchmark text, the seed page,
 * 3,000 seeded random texts and 20,000 numbers — equal the ones stored in
 * test/fixtures/recognizer-digests.json, computed before the speed-up.
 *
 * When a result changes on purpose (a recogniser fix with its own tests), rewrite the stored
 * digests: UPDATE_RECOGNIZER_DIGESTS=1 npx vitest run --project unit recognizer-equivalence
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeFigure, formatNumber } from '../../src/core/figures/describe-figure';
import { recognizeFigures } from '../../src/core/figures/recognize-figures';
import { findDeadline } from '../../src/core/targets/find-deadline';
import { findTargets } from '../../src/core/targets/find-targets';
import { isWhiteSpace, splitClauses } from '../../src/core/targets/split-clauses';
import { findCue } from '../../src/core/targets/target-cues';
import {
  benchText, randomNumbers, randomTexts, recognizerDigest, SEED_TEXT, type RecognizerImpl,
} from './helpers/recognizer-digest';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/recognizer-digests.json');
const stored = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { digests: Record<string, string> };
const update = process.env.UPDATE_RECOGNIZER_DIGESTS === '1';

/** Compares `digest` with the stored one, or stores it when updating. */
function expectDigest(name: string, digest: string): void {
  if (update) {
    stored.digests[name] = digest;
    writeFileSync(FIXTURE, `${JSON.stringify(stored, null, 2)}\n`);
  }
  expect(digest).toBe(stored.digests[name]);
}

const impl: RecognizerImpl = { recognizeFigures, findTargets, splitClauses, findDeadline, findCue, describeFigure, formatNumber };

describe('recogniser outputs equal the pre-optimisation ones', () => {
  it('on the seed page', () => {
    expectDigest('seedPage', recognizerDigest(impl, [SEED_TEXT]));
  });

  it('on 3,000 seeded random texts', () => {
    expectDigest('randomTexts', recognizerDigest(impl, randomTexts(3000, 20261129)));
  });

  it('formatNumber on 20,000 numbers', () => {
    expectDigest('numbers', recognizerDigest(impl, [], randomNumbers(20000, 7)));
  });

  it('on the 1M-character benchmark text', { timeout: 30_000 }, () => {
    expectDigest('benchText1M', recognizerDigest(impl, [benchText()]));
  });
});

describe('char-code helpers agree with the regexes they replace', () => {
  it('isWhiteSpace(c) === /\\s/.test(c) for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
