import { describe, expect, it } from 'vitest';
import { findPageMarkers } from '../../src/core/clean/find-page-markers';
import { inferPageCount } from '../../src/core/clean/infer-page-count';

/** Applies removals to text, to state expectations as the repaired text. */
function apply(text: string, removals: { start: number; end: number }[]): string {
  let out = '';
  let pos = 0;
  for (const r of removals) {
    out += text.slice(pos, r.start);
    pos = r.end;
  }
  return out + text.slice(pos);
}

const P = '这是一段用于测试的正文内容,'.repeat(3);

const cases: { name: string; text: string; pageCount?: number | null; lastPage?: number | null; removed: string[]; repaired?: string }[] = [
  {
    name: 'markers inside words, N inferred',
    text: `1/20开头${P}全县经7/20济社会${P}燃煤9/20锅炉${P}进行之中,11/20目前`,
    removed: ['1/20', '7/20', '9/20', '11/20'],
    repaired: `开头${P}全县经济社会${P}燃煤锅炉${P}进行之中,目前`,
  },
  {
    name: 'spaced markers between ideographs take their spaces',
    text: `${P}全县经 3 / 12 济社会${P}燃煤 5 / 12 锅炉`,
    removed: [' 3 / 12 ', ' 5 / 12 '],
    repaired: `${P}全县经济社会${P}燃煤锅炉`,
  },
  {
    name: 'a genuine 9/20 out of sequence stays',
    text: `1/20${P}约有9/20的农户参与${P}3/20${P}5/20${P}7/20结束`,
    removed: ['1/20', '3/20', '5/20', '7/20'],
  },
  {
    name: 'a fraction with another N stays',
    text: `${P}2/10${P}占比3/4${P}4/10${P}6/10${P}`,
    removed: ['2/10', '4/10', '6/10'],
  },
  {
    name: 'dates, decimals, percents and URLs are not candidates',
    text: `2023/10/01召开会议,比例为1.5/20,增速3/20%,见 http://x.cn/1/20 页面,2/20${P}4/20`,
    removed: ['2/20', '4/20'],
  },
  {
    name: '第k页共N页 forms',
    text: `${P}第1页共3页${P}第2页 / 共3页${P}第 3 页,共 3 页`,
    removed: ['第1页共3页', '第2页 / 共3页', '第 3 页,共 3 页'],
  },
  {
    name: 'given page count picks that N even with a longer run of another',
    text: `${P}1/5${P}2/5${P}3/5${P}2/8${P}5/8`,
    pageCount: 8,
    removed: ['2/8', '5/8'],
  },
  {
    name: 'a single fraction in prose is not a marker even with the page count given',
    text: `${P}其中9/20的资金${P}`,
    pageCount: 20,
    removed: [],
  },
  {
    name: 'a single marker starting a line is a marker when the page count is given',
    text: `标题\n1/2${P}`,
    pageCount: 2,
    removed: ['1/2'],
  },
  {
    name: 'a lone marker inside a word continues the sequence of a block seen before (lazy loading)',
    text: `${P}整治排灌沟3/5渠300公里${P}`,
    pageCount: 5,
    lastPage: 2,
    removed: ['3/5'],
    repaired: `${P}整治排灌沟渠300公里${P}`,
  },
  {
    name: 'a lone fraction that is not the next page stays, even after earlier markers',
    text: `${P}全县经9/20济${P}`,
    pageCount: 20,
    lastPage: 3,
    removed: [],
  },
  {
    name: 'a lone next-page fraction without the page count stays',
    text: `${P}整治排灌沟3/5渠${P}`,
    lastPage: 2,
    removed: [],
  },
  {
    name: 'a lone next-page fraction that reads as a figure stays',
    text: `${P}约3/5的资金${P}`,
    pageCount: 5,
    lastPage: 2,
    removed: [],
  },
  {
    name: 'fractions that count up but read as figures stay',
    text: `约1/3的农户${P}占2/3以上的资金${P}`,
    removed: [],
  },
  {
    name: 'no sequence: nothing',
    text: `增长了3/4,约占1/3。${P}`,
    removed: [],
  },
  {
    name: 'chunk numbers at block joins inside words',
    text: `${'一'.repeat(120)}生态2、文明${'二'.repeat(120)}清洁3、工程${'三'.repeat(120)}整治4、行动`,
    removed: ['2、', '3、', '4、'],
  },
  {
    name: 'list items after punctuation are not chunk numbers',
    text: `一、总体要求。1、强化组织领导。2、坚持规划引领。3、完善制度。${P}`,
    removed: [],
  },
  {
    name: '图1、图2、图3 are not chunk numbers',
    text: `如图1、图2、图3所示${P}`,
    removed: [],
  },
];

describe('findPageMarkers', () => {
  it.each(cases)('$name', ({ text, pageCount, lastPage, removed, repaired }) => {
    const found = findPageMarkers(text, pageCount, lastPage);
    expect(found.map((r) => r.text)).toEqual(removed);
    for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.text);
    if (repaired !== undefined) expect(apply(text, found)).toBe(repaired);
  });

  it('returns sorted, non-overlapping removals', () => {
    const text = `1/9${P}第2页共9页${P}3/9${P}4 / 9`;
    const found = findPageMarkers(text);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(found).toHaveLength(4);
  });
});

const countCases: { name: string; text: string; expected: number | null }[] = [
  { name: 'from a marker sequence', text: `1/20${P}3/20${P}5/20`, expected: 20 },
  { name: 'longest run wins over a stray fraction', text: `3/4${P}1/12${P}2/12${P}3/12`, expected: 12 },
  { name: 'from 共N页', text: `文档共15页,${P}`, expected: 15 },
  { name: 'from 页数:N', text: `页数:8\n${P}`, expected: 8 },
  { name: 'none', text: P, expected: null },
];

describe('inferPageCount', () => {
  it.each(countCases)('$name', ({ text, expected }) => {
    expect(inferPageCount(text)).toBe(expected);
  });
});
