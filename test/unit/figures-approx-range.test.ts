import { describe, it } from 'vitest';
import { expectFigures, type FigureCase } from './figures-expect';

const cases: FigureCase[] = [
  // approximation words before the number
  { text: '约100亩', expect: [{ text: '约100亩', approx: '约', value: 100 }] },
  { text: '大约50人', expect: [{ text: '大约50人', approx: '大约', value: 50 }] },
  { text: '近3年', expect: [{ text: '近3年', approx: '近', value: 3, kind: 'measure' }] },
  { text: '将近200万元', expect: [{ text: '将近200万元', approx: '将近', value: 2000000 }] },
  { text: '接近90%', expect: [{ text: '接近90%', approx: '接近', value: 90 }] },
  { text: '逾1000亩', expect: [{ text: '逾1000亩', approx: '逾', value: 1000 }] },
  { text: '超过5000人', expect: [{ text: '超过5000人', approx: '超过', value: 5000 }] },
  { text: '不低于80%', expect: [{ text: '不低于80%', approx: '不低于', value: 80 }] },
  { text: '不少于20家', expect: [{ text: '不少于20家', approx: '不少于', value: 20 }] },
  { text: '不超过3个月', expect: [{ text: '不超过3个月', approx: '不超过', value: 3, unit: '个月' }] },
  { text: '不足10%', expect: [{ text: '不足10%', approx: '不足', value: 10 }] },
  { text: '至少3次', expect: [{ text: '至少3次', approx: '至少', value: 3 }] },
  { text: '高达1.2亿元', expect: [{ text: '高达1.2亿元', approx: '高达', value: 120000000 }] },
  // approximation words after the unit
  { text: '80%以上', expect: [{ text: '80%以上', approx: '以上' }] },
  { text: '5万元以下', expect: [{ text: '5万元以下', approx: '以下', value: 50000 }] },
  { text: '3公里以内', expect: [{ text: '3公里以内', approx: '以内' }] },
  { text: '500人左右', expect: [{ text: '500人左右', approx: '左右' }] },
  { text: '30亩上下', expect: [{ text: '30亩上下', approx: '上下' }] },
  { text: '两万元有余', expect: [{ text: '两万元有余', approx: '有余', value: 20000 }] },
  { text: '300万元之多', expect: [{ text: '300万元之多', approx: '之多' }] },
  // between number and unit
  { text: '3000多万元', expect: [{ text: '3000多万元', approx: '多', value: 30000000 }] },
  { text: '100余亩', expect: [{ text: '100余亩', approx: '余', value: 100 }] },
  { text: '3万多亩', expect: [{ text: '3万多亩', approx: '多', value: 30000 }] },
  { text: '300余万元', expect: [{ text: '300余万元', approx: '余', value: 3000000 }] },
  // several words
  { text: '约3000多万元', expect: [{ text: '约3000多万元', approx: '约…多' }] },
  { text: '近100余家', expect: [{ text: '近100余家', approx: '近…余' }] },
  // not approximation words
  { text: '最近3个月', expect: [{ text: '3个月', approx: undefined }] },
  { text: '预约3次', expect: [{ text: '3次', approx: undefined }] },
  { text: '上下游3家企业', expect: [{ text: '3家', approx: undefined }] },
  // ranges with one unit
  { text: '3-5万元', expect: [{ text: '3-5万元', kind: 'money', value: 30000, range: { from: 30000, to: 50000 } }] },
  { text: '3万～5万元', expect: [{ text: '3万～5万元', value: 30000, range: { from: 30000, to: 50000 } }] },
  { text: '3万-5万元', expect: [{ text: '3万-5万元', range: { from: 30000, to: 50000 } }] },
  { text: '3至5年', expect: [{ text: '3至5年', kind: 'measure', range: { from: 3, to: 5 }, unit: '年' }] },
  { text: '50—100人', expect: [{ text: '50—100人', kind: 'count', range: { from: 50, to: 100 } }] },
  { text: '1.5-2亿元', expect: [{ text: '1.5-2亿元', range: { from: 150000000, to: 200000000 } }] },
  { text: '三四万元', expect: [{ text: '三四万元', value: 30000, range: { from: 30000, to: 40000 } }] },
  // ranges with the unit twice
  { text: '3万元至5万元', expect: [{ text: '3万元至5万元', value: 30000, range: { from: 30000, to: 50000 } }] },
  { text: '10亩到20亩', expect: [{ text: '10亩到20亩', range: { from: 10, to: 20 } }] },
  { text: '百分之十至百分之二十', expect: [{ text: '百分之十至百分之二十', range: { from: 10, to: 20 } }] },
  // not ranges
  { text: '5万元-3万元', expect: [{ text: '5万元' }, { text: '3万元' }] },
  { text: '10亩到2025年', expect: [{ text: '10亩' }, { text: '2025年', kind: 'date' }] },
  { text: '投资100万元到位', expect: [{ text: '100万元', range: undefined }] },
];

describe('recognizeFigures: approximations and ranges', () => {
  it.each(cases)('$text', (c) => expectFigures(c));
});
