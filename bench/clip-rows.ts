import type { Clip, Figure } from '../src/core/types';
import { seededRandom } from '../test/harness/seeded-random';

/**
 * Library rows for the benchmark: `count` valid clips (they pass parseClipsImport), made from
 * the seed page's sentences, deterministic in `seed`. Pure (no Node or DOM API), so it runs in
 * a page too. Every RARE_EVERY-th clip's text contains RARE_TERM, a term absent from the seed,
 * so a search for it must scan the library to find few rows (the worst case of a substring
 * search); COMMON_TERM occurs in a large share of the seed's sentences.
 */

export const RARE_TERM = '碳排放权';
export const RARE_EVERY = 997;
export const COMMON_TERM = '生态';

const TAGS = ['生态', '环保', '乡村振兴', '目标任务', '资金', 'to-read', '报告', '督查'];
const SITES: Array<{ site: string; host: string }> = [
  { site: '777doc', host: 'm.777doc.com' },
  { site: 'doc88', host: 'www.doc88.com' },
  { site: 'docin', host: 'www.docin.com' },
  { site: 'book118', host: 'max.book118.com' },
];


function uuid(next: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`;
}

const FIGURE_IN_TEXT = /\d+(?:\.\d+)?(?:万|亿)?(?:元|亩|%|个|台|家|米)/g;

function figuresOf(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(FIGURE_IN_TEXT)) {
    const unit = m[0].replace(/^[\d.万亿]+/, '') || null;
    const kind: Figure['kind'] = unit === '元' ? 'money' : unit === '%' ? 'percent' : unit === '亩' || unit === '米' ? 'measure' : 'count';
    figures.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind, value: parseFloat(m[0]), unit: kind === 'percent' ? '%' : unit });
  }
  return figures;
}

export function makeClipRows(count: number, sentences: readonly string[], seed = 7): Clip[] {
  const next = seededRandom(seed);
  const rows: Clip[] = [];
  const start = Date.UTC(2023, 0, 1);
  const span = 3 * 365 * 24 * 3600 * 1000;
  for (let i = 0; i < count; i++) {
    const a = sentences[Math.floor(next() * sentences.length)]!;
    let text = next() < 0.5 ? a : a + sentences[Math.floor(next() * sentences.length)]!;
    if (i % RARE_EVERY === 0) text = `${text.slice(0, 10)}${RARE_TERM}${text.slice(10)}`;
    const { site, host } = SITES[i % SITES.length]!;
    const doc = 100000 + Math.floor(next() * 2000);
    const position = Math.floor(next() * 900_000);
    const created = new Date(start + Math.floor((i / count) * span) + Math.floor(next() * 1000)).toISOString();
    const tags = next() < 0.4 ? [TAGS[Math.floor(next() * TAGS.length)]!] : [];
    rows.push({
      id: uuid(next),
      text,
      url: `https://${host}/p-${doc}.html`,
      site,
      docId: `${site}:${doc}`,
      docTitle: `第${doc}号文档 生态保护研讨发言`,
      page: 1 + Math.floor(next() * 40),
      selectors: [
        { type: 'TextQuoteSelector', exact: text, prefix: a.slice(0, 32), suffix: a.slice(-32) },
        { type: 'TextPositionSelector', start: position, end: position + text.length },
      ],
      figures: figuresOf(text),
      targets: [],
      tags,
      note: next() < 0.1 ? '重点关注,下周汇报时引用' : '',
      createdAt: created,
      updatedAt: created,
    });
  }
  return rows;
}
