/**
 * The parts of re-anchoring: Myers' bit-parallel search against the textbook dynamic programme
 * (patterns of one and of several 32-character blocks), the folding both sides go through, and
 * the ranking of match-quote.ts on the orderings of Hypothesis's match-quote-test.js.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnchorText } from '../../src/core/anchoring/anchor-text';
import { matchQuote } from '../../src/core/anchoring/match-quote';
import { contextDistance, editDistancesAt, searchApprox } from '../../src/core/anchoring/myers-search';
import { foldText, markerTotal } from '../../src/core/anchoring/normalize-text';

/** Sellers' dynamic programme: the least distance of `p` to a substring ending after each text character. */
function sellers(text: string, p: string): number[] {
  let prev = Array.from({ length: p.length + 1 }, (_, i) => i);
  const out: number[] = [];
  for (const c of text) {
    const cur = [0];
    for (let i = 1; i <= p.length; i++) cur[i] = Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + (p[i - 1] === c ? 0 : 1));
    prev = cur;
    out.push(cur[p.length]!);
  }
  return out;
}

describe('Myers bit-parallel search', () => {
  const small = (max: number, min = 0) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', '经'), minLength: min, maxLength: max });
  it('gives the distances of the dynamic programme, for patterns up to 4 blocks', () => {
    fc.assert(fc.property(small(150), small(130, 1), (text, p) => {
      expect([...editDistancesAt(text, p, 0, text.length)]).toEqual(sellers(text, p));
    }), { numRuns: 1500 });
  });

  it.each([
    { text: 'xxMany years laterxx', p: 'any year', k: 2, want: [{ start: 3, end: 11, errors: 0 }] },
    { text: '投入3200万元、地方', p: '投入3650万元', k: 4, want: [{ start: 0, end: 8, errors: 2 }] },
    { text: 'abcdef', p: 'xyz', k: 1, want: [] },
  ])('searchApprox($p in $text)', ({ text, p, k, want }) => {
    expect(searchApprox(text, p, k)).toEqual(want);
  });

  it('contextDistance is anchored at the quote and free at the far end', () => {
    expect(contextDistance('前文ABC引文', 5, 'ABC', 'before', 2)).toBe(0);
    expect(contextDistance('前文ABX引文', 5, 'ABC', 'before', 2)).toBe(1);
    expect(contextDistance('引文DEF后文', 2, 'DEF后', 'after', 2)).toBe(0);
    expect(contextDistance('引文XDEF', 2, 'DEF', 'after', 2)).toBe(1);
  });
});

describe('folding', () => {
  it.each([
    { text: '投入（198）万元，已到位', want: '投入(198)万元,已到位' },
    { text: '１９８万元 　 已\n到位', want: '198万元已到位' },
    { text: '“一个项目”【注】—', want: '"一个项目"[注]-' },
  ])('$text → $want', ({ text, want }) => {
    expect(foldText(text).text).toBe(want);
  });

  it('maps every folded character back to its original', () => {
    const text = '投入（１９８）\n万元';
    const { text: f, toRaw, toFolded } = foldText(text);
    expect([...f].map((_, i) => text[toRaw(i)])).toEqual(['投', '入', '（', '１', '９', '８', '）', '万', '元']);
    expect(toRaw(f.length)).toBe(text.length);
    expect([...text].map((_, r) => toFolded(r))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 7, 8]);
  });

  it('drops page markers of the page\'s own sequence, not a lone fraction', () => {
    const page = '甲1/12乙\n2/12\n丙3/12丁占9/20';
    expect(markerTotal(page)).toBe(12);
    expect(foldText(page, 12).text).toBe('甲乙丙丁占9/20');
    expect(foldText(' 1/12 甲 　2/12乙\n', 12).text).toBe('甲乙');
    expect(markerTotal('占9/20的份额')).toBeNull();
  });
});

describe('matchQuote ranking (hypothesis/client match-quote-test.js)', () => {
  const solitude = createAnchorText('Many years later, as he faced the firing squad, Colonel Aureliano Buendía was to remember that distant afternoon when his father took him to discover ice');
  const decreasing = (scores: number[]) => scores.every((s, i) => i === 0 || s < scores[i - 1]!);

  it('scores by quote similarity', () => {
    const quotes = ['Many years later', 'Many yers later', 'Some years later', 'Some years after'];
    expect(decreasing(quotes.map((q) => matchQuote(solitude, q)[0]?.total ?? 0))).toBe(true);
  });
  it('scores by prefix similarity', () => {
    const prefixes = ['Many years later', 'Many yers later', 'Some years later', 'Some years after'];
    expect(decreasing(prefixes.map((prefix) => matchQuote(solitude, ', as he faced the firing squad', { prefix })[0]!.total))).toBe(true);
  });
  it('scores by suffix similarity', () => {
    const suffixes = [', as he faced the firing squad', ', as she faced the firing squad', ', as he awaited the firing squad', ', as he awaited his death'];
    expect(decreasing(suffixes.map((suffix) => matchQuote(solitude, 'Many years later', { suffix })[0]!.total))).toBe(true);
  });
  it('returns [] for an empty quote or text', () => {
    expect(matchQuote(solitude, '')).toEqual([]);
    expect(matchQuote(createAnchorText(''), 'foobar')).toEqual([]);
  });
});
