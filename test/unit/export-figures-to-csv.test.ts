import { describe, expect, it } from 'vitest';
import { figuresToCsv } from '../../src/core/export/figures-to-csv';
import type { Clip } from '../../src/core/types';
import { makeClip } from './helpers/make-clip';

const HEADER = '\uFEFFclipId,text,kind,value,unit,approx,rangeFrom,rangeTo,docTitle,url,createdAt\r\n';

describe('figuresToCsv', () => {
  const plain = makeClip({ docTitle: '规划' });
  const ranged = makeClip({
    docTitle: '预算',
    figures: [
      { text: '3-5万元', start: 0, end: 5, kind: 'money', value: 30000, unit: '元', range: { from: 30000, to: 50000 } },
      { text: '20xx年', start: 6, end: 11, kind: 'date', value: null, unit: null },
      { text: '-2.5%', start: 12, end: 17, kind: 'percent', value: -2.5, unit: '%' },
    ],
  });
  const none = makeClip({ figures: [] });
  const tail = (c: Clip) => `${c.docTitle},${c.url},${c.createdAt}\r\n`;
  const cases: { name: string; clips: Clip[]; expected: string }[] = [
    { name: 'no clips', clips: [], expected: HEADER },
    { name: 'a clip without figures adds no row', clips: [none], expected: HEADER },
    {
      name: 'one row per figure, approx kept',
      clips: [plain],
      expected:
        HEADER +
        `${plain.id},2025年,date,2025,,,,,${tail(plain)}` +
        `${plain.id},3万亩,measure,30000,亩,,,,${tail(plain)}` +
        `${plain.id},45.5%,percent,45.5,%,约,,,${tail(plain)}`,
    },
    {
      name: 'range bounds, unresolved value empty, negative value a number',
      clips: [ranged, none],
      expected:
        HEADER +
        `${ranged.id},3-5万元,money,30000,元,,30000,50000,${tail(ranged)}` +
        `${ranged.id},20xx年,date,,,,,,${tail(ranged)}` +
        `${ranged.id},'-2.5%,percent,-2.5,%,,,,${tail(ranged)}`,
    },
  ];
  it.each(cases)('$name', ({ clips, expected }) => {
    expect(figuresToCsv(clips)).toBe(expected);
  });
});
