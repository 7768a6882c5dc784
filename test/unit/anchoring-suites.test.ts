/**
 * Re-anchoring measured on the public anchoring suites of Hypothesis and Apache Annotator
 * (ported to text offsets, anchoring-cases/*) and on DocClip's 文库 cases: exact cases all found
 * exactly; changed-text cases found at the right place (≥ 90%), never on other text; gone
 * quotes and contradicted contexts refused.
 */
import { describe, expect, it } from 'vitest';
import { anchorSelectors, type AnchorMatch } from '../../src/core/anchoring/anchor-selectors';
import { annotatorCases } from './anchoring-cases/annotator-cases';
import { afterOf, nthIndex, selectorsOf, type AnchorCase } from './anchoring-cases/case-types';
import { hypothesisCases } from './anchoring-cases/hypothesis-cases';
import { wenkuCases } from './anchoring-cases/wenku-cases';

type Outcome = 'right' | 'wrong' | 'not found' | 'refused';

function run(c: AnchorCase): { outcome: Outcome; match: AnchorMatch | null; want: [number, number] | null } {
  const [quote, position] = selectorsOf(c);
  const after = afterOf(c);
  const match = anchorSelectors(after, quote, position);
  if (!c.want) return { outcome: match ? 'wrong' : 'refused', match, want: null };
  const at = nthIndex(after, c.want.text, c.want.nth ?? 0);
  if (at < 0) throw new Error(`${c.name}: want not in after`);
  const want: [number, number] = [at, at + c.want.text.length];
  if (!match) return { outcome: 'not found', match, want };
  // Right: the same span (exact cases), or most of it (a changed text's edges may move a character).
  const overlap = Math.min(match.end, want[1]) - Math.max(match.start, want[0]);
  const union = Math.max(match.end, want[1]) - Math.min(match.start, want[0]);
  const right = c.kind === 'exact' ? match.start === want[0] && match.end === want[1] : overlap / union >= 0.8;
  return { outcome: right ? 'right' : 'wrong', match, want };
}

const suites = { hypothesis: hypothesisCases, annotator: annotatorCases, docclip: wenkuCases };
const all = Object.values(suites).flat();

describe.each(Object.entries(suites))('%s cases', (_, cases) => {
  it.each(cases.map((c) => [`${c.kind}: ${c.name}`, c] as const))('%s', (_, c) => {
    const { outcome, match, want } = run(c);
    const got = match && afterOf(c).slice(match.start, match.end);
    if (c.kind === 'exact') expect({ outcome, got }).toEqual({ outcome: 'right', got: c.want!.text });
    else if (c.kind === 'changed') expect(outcome, `${got} at ${match?.start}, want ${want}`).not.toBe('wrong');
    else expect({ outcome, got }).toEqual({ outcome: 'refused', got: null });
    if (match) expect(match.changed).toBe(c.kind === 'changed' && afterOf(c).slice(match.start, match.end).replace(/\s+/g, '') !== selectorsOf(c)[0].exact.replace(/\s+/g, ''));
  });
});

describe('the figures', () => {
  it('exact all found; changed found at the right place ≥ 90%; none on the wrong text; gone refused', () => {
    const count = (kind: AnchorCase['kind'], outcome: Outcome) => all.filter((c) => c.kind === kind && run(c).outcome === outcome).length;
    const n = (kind: AnchorCase['kind']) => all.filter((c) => c.kind === kind).length;
    const figures = {
      exact: `${count('exact', 'right')}/${n('exact')}`,
      changedRight: `${count('changed', 'right')}/${n('changed')}`,
      changedNotFound: all.filter((c) => c.kind === 'changed' && run(c).outcome === 'not found').map((c) => c.name),
      wrong: all.filter((c) => run(c).outcome === 'wrong').map((c) => c.name),
      goneRefused: `${count('gone', 'refused')}/${n('gone')}`,
      contradictedRefused: `${count('contradicted', 'refused')}/${n('contradicted')}`,
    };
    console.log(JSON.stringify(figures, null, 2));
    expect(count('exact', 'right')).toBe(n('exact'));
    expect(count('changed', 'right') / n('changed')).toBeGreaterThanOrEqual(0.9);
    expect(figures.wrong).toEqual([]);
    expect(count('gone', 'refused')).toBe(n('gone'));
    expect(count('contradicted', 'refused')).toBe(n('contradicted'));
  });
});
