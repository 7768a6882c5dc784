import { describe, it } from 'vitest';
import { expectFigures, type FigureCase } from './figures-expect';

const p = (text: string, value: number, extra: object = {}) => ({ text, kind: 'percent' as const, value, unit: '%', ...extra });
const pp = (text: string, value: number, extra: object = {}) => ({ text, kind: 'percent' as const, value, unit: '个百分点', ...extra });

const cases: FigureCase[] = [
  { text: '畜禽养殖区无害化处理率达80%以上。', expect: [p('80%以上', 80, { approx: '以上' })] },
  { text: '增长12.5%', expect: [p('12.5%', 12.5)] },
  // a rate after a verb of change, the % left out as reports do
  { text: '税收比上年增长 8.6。', expect: [p('8.6', 8.6)] },
  { text: '两项指标分别增长 14 和 6.5,', expect: [p('14', 14), p('6.5', 6.5)] },
  { text: '增长3倍', expect: [{ text: '3倍', kind: 'measure', value: 3, unit: '倍' }] },
  { text: '占比35％', expect: [p('35％', 35)] },
  { text: '下降0.8%。', expect: [p('0.8%', 0.8)] },
  { text: '覆盖率１００％', expect: [p('１００％', 100)] },
  { text: '增长5‰', expect: [p('5‰', 0.5)] },
  { text: '达到百分之八十', expect: [p('百分之八十', 80)] },
  { text: '百分之百完成', expect: [p('百分之百', 100)] },
  { text: '提高百分之十二点五', expect: [p('百分之十二点五', 12.5)] },
  { text: '占百分之12', expect: [p('百分之12', 12)] },
  { text: '误差千分之一', expect: [p('千分之一', 0.1)] },
  { text: '事故率控制在千分之五以内', expect: [p('千分之五以内', 0.5, { approx: '以内' })] },
  { text: '发生率万分之三', expect: [p('万分之三', 0.03)] },
  { text: '约占十分之三', expect: [p('十分之三', 30)] },
  { text: '三分之一的乡镇', expect: [p('三分之一', 33.3333333333333)] },
  { text: '四分之三以上', expect: [p('四分之三以上', 75, { approx: '以上' })] },
  { text: '不低于百分之八十', expect: [p('不低于百分之八十', 80, { approx: '不低于' })] },
  { text: '三成以上的企业', expect: [p('三成以上', 30, { approx: '以上' })] },
  { text: '提高两成', expect: [p('两成', 20)] },
  { text: '占七成', expect: [p('七成', 70)] },
  { text: '完成3成', expect: [p('3成', 30)] },
  { text: '八九成的农户', expect: [p('八九成', 80, { range: { from: 80, to: 90 } })] },
  { text: '工作一成不变', expect: [] },
  { text: '两成员单位参加', expect: [] },
  { text: '提高2个百分点', expect: [pp('2个百分点', 2)] },
  { text: '下降0.5个百分点', expect: [pp('0.5个百分点', 0.5)] },
  { text: '高出两个百分点', expect: [pp('两个百分点', 2)] },
  { text: '增加1.2百分点', expect: [pp('1.2百分点', 1.2)] },
  { text: '提高三个百分点以上', expect: [pp('三个百分点以上', 3, { approx: '以上' })] },
  { text: '占比10%-20%', expect: [p('10%-20%', 10, { range: { from: 10, to: 20 } })] },
  { text: '增幅10-15%', expect: [p('10-15%', 10, { range: { from: 10, to: 15 } })] },
  { text: '控制在5%以内', expect: [p('5%以内', 5, { approx: '以内' })] },
  { text: '约30%', expect: [p('约30%', 30, { approx: '约' })] },
  { text: '增长8%左右', expect: [p('8%左右', 8, { approx: '左右' })] },
  { text: '不超过15%', expect: [p('不超过15%', 15, { approx: '不超过' })] },
  { text: '比重由30%提高到45%', expect: [p('30%', 30), p('45%', 45)] },
];

describe('recognizeFigures: percent', () => {
  it.each(cases)('$text', (c) => expectFigures(c));
});
