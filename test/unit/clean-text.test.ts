import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/core/clean/clean-text';

/** The seed sample (the repository's copy of shared/samples). */
const SEED_DIR = fileURLToPath(new URL('../fixtures/seed/', import.meta.url));
const TEXT_FIXTURES = fileURLToPath(new URL('../fixtures/text/', import.meta.url));

interface Expected {
  title?: string;
  pageCount?: number;
  clutter: string[];
  content: string[];
  joins: string[];
}

function readCase(dir: string, base: string, expectedFile: string): { text: string; expected: Expected } {
  return {
    text: readFileSync(`${dir}${base}`, 'utf8'),
    expected: JSON.parse(readFileSync(`${dir}${expectedFile}`, 'utf8')) as Expected,
  };
}

const textCases = readdirSync(TEXT_FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f.replace(/\.txt$/, ''), ...readCase(TEXT_FIXTURES, f, f.replace(/\.txt$/, '.expected.json')) }));

function expectCleaned(text: string, expected: Expected, options: { title?: string | null; pageCount?: number | null }) {
  const result = cleanText(text, options);
  for (const clutter of expected.clutter) expect(result.text, `clutter left: ${clutter}`).not.toContain(clutter);
  for (const content of expected.content) expect(result.text, `content lost: ${content}`).toContain(content);
  for (const join of expected.joins) expect(result.text, `join not repaired: ${join}`).toContain(join);
  const firstLine = text.trim().split('\n')[0]!.trim();
  if (expected.title === firstLine) expect(result.text.startsWith(firstLine)).toBe(true);
  for (const r of result.removed) expect(text.slice(r.start, r.end)).toBe(r.text);
  return result;
}

describe('cleanText on the 三七文档 seed page', () => {
  const { text, expected } = readCase(SEED_DIR, '777doc-seed-page.txt', '777doc-seed-page.gold.json');

  it('removes the clutter, repairs the joins, keeps content and title (page count inferred)', () => {
    const result = expectCleaned(text, expected, {});
    expect(result.text.split('\n')[0]).toBe(expected.title);
  });

  it('gives the same result when page count and title are given', () => {
    expect(cleanText(text, { pageCount: expected.pageCount, title: expected.title }).text).toBe(cleanText(text).text);
  });

  it('removes each page marker with reason page-marker', () => {
    const markers = cleanText(text).removed.filter((r) => r.reason === 'page-marker').map((r) => r.text);
    expect(markers).toEqual(['1/20', '3/20', '5/20', '7/20', '9/20']);
  });
});

describe('cleanText on copied text of each template family', () => {
  it.each(textCases)('$name', ({ text, expected }) => {
    expectCleaned(text, expected, { title: expected.title ?? null, pageCount: expected.pageCount ?? null });
  });

  it.each(textCases)('$name without a title', ({ text, expected }) => {
    expectCleaned(text, { ...expected, title: undefined }, {});
  });
});

const cases: { name: string; text: string; expected: string }[] = [
  { name: 'text without clutter is unchanged', text: '第一段。\n\n第二段,共3项任务。', expected: '第一段。\n\n第二段,共3项任务。' },
  { name: 'blank lines left behind collapse', text: '标题\n\n资源描述\n\n\n正文。\n\n×\n\n保存成功\n', expected: '标题\n\n正文。' },
  { name: 'a marker inside a word joins it', text: '1/4开头。\n全县经2/4济社会发展,燃煤3/4锅炉。', expected: '开头。\n全县经济社会发展,燃煤锅炉。' },
  { name: 'an inline banner leaves the paragraph whole', text: '完成投资400万元。整理文档很辛苦,赏杯茶钱您下走!下半年继续推进。', expected: '完成投资400万元。下半年继续推进。' },
  { name: 'trailing spaces left by a removal go', text: '正文。\n备案号:鲁ICP备2024069028号-1 客服联系 QQ:2149211541\n', expected: '正文。' },
  { name: 'empty text', text: '', expected: '' },
];

describe('cleanText', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    expect(cleanText(text).text).toBe(expected);
  });

  it('reports removals in the original text, sorted and non-overlapping', () => {
    const text = '标题\n资源描述\n1/3正文甲。2/3正文乙。3/3\n©2020 x.com';
    const { removed } = cleanText(text);
    expect(removed.map((r) => r.reason)).toEqual(['section-label', 'page-marker', 'page-marker', 'page-marker', 'copyright']);
    for (let i = 1; i < removed.length; i++) expect(removed[i]!.start).toBeGreaterThanOrEqual(removed[i - 1]!.end);
  });
});
