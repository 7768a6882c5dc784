import { describe, expect, it } from 'vitest';
import { clipsToCsv } from '../../src/core/export/clips-to-csv';
import type { Clip } from '../../src/core/types';
import { makeClip } from './helpers/make-clip';

const HEADER = '\uFEFFid,text,docTitle,site,url,page,tags,note,category,createdAt\r\n';

describe('clipsToCsv', () => {
  const a = makeClip({ text: '造林3万亩', docTitle: '林业规划', tags: ['林业', '目标'], note: '', page: 3 });
  const b = makeClip({ text: '增长"较快",达6%', docTitle: '=报告', tags: [], note: '第一行\n第二行', page: null });
  const cases: { name: string; clips: Clip[]; expected: string }[] = [
    { name: 'no clips: header only', clips: [], expected: HEADER },
    {
      name: 'plain clip, tags joined with ;',
      clips: [a],
      expected: `${HEADER}${a.id},造林3万亩,林业规划,777doc,${a.url},3,林业;目标,,,${a.createdAt}\r\n`,
    },
    {
      name: 'quotes, comma, newline, formula and null page',
      clips: [b],
      expected: `${HEADER}${b.id},"增长""较快"",达6%",'=报告,777doc,${b.url},,,"第一行\n第二行",,${b.createdAt}\r\n`,
    },
    {
      name: 'a category in its column',
      clips: [{ ...a, category: '数据' }],
      expected: `${HEADER}${a.id},造林3万亩,林业规划,777doc,${a.url},3,林业;目标,,数据,${a.createdAt}\r\n`,
    },
  ];
  it.each(cases)('$name', ({ clips, expected }) => {
    expect(clipsToCsv(clips)).toBe(expected);
  });

  it('writes one row per clip, in the order given', () => {
    const csv = clipsToCsv([b, a]);
    expect(csv.indexOf(b.id)).toBeLessThan(csv.indexOf(a.id));
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3); // header + 2; b's note holds a bare \n, not CRLF
  });
});
