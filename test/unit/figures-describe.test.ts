import { describe, expect, it } from 'vitest';
import { describeFigure } from '../../src/core/figures/describe-figure';
import { recognizeFigures } from '../../src/core/figures/recognize-figures';

const cases: Array<{ text: string; label: string }> = [
  { text: '总投资438万元', label: '438万元 = 4,380,000 元' },
  { text: '水稻3万亩', label: '3万亩 = 30,000 亩' },
  { text: '处理率达80%以上', label: '80%以上 = ≥ 80 %' },
  { text: '门票75折', label: '75折 = 75 %' },
  { text: '增速负3.9%', label: '负3.9% = -3.9 %' },
  { text: '20xx年是关键之年', label: '20xx年 (年份未给出)' },
  { text: '2023年12月31日', label: '2023年12月31日 (2023年)' },
  { text: '3月22日召开', label: '3月22日 (日期，年份未写明)' },
  { text: '2021-2025年', label: '2021-2025年 (2021–2025年)' },
  { text: '3-5万元', label: '3-5万元 = 30,000–50,000 元' },
  { text: '千分之一', label: '千分之一 = 0.1 %' },
  { text: '提高2个百分点', label: '2个百分点 = 2 个百分点' },
  { text: '约100亩', label: '约100亩 = ≈ 100 亩' },
  { text: '不超过15%', label: '不超过15% = ≤ 15 %' },
  { text: '3000多万元', label: '3000多万元 = > 30,000,000 元' },
  { text: '人口52万', label: '52万 = 520,000' },
  { text: '三分之一', label: '三分之一 = 33.333333 %' },
  { text: '引进3亿美元', label: '3亿美元 = 300,000,000 美元' },
];

describe('describeFigure', () => {
  it.each(cases)('$text → $label', ({ text, label }) => {
    const [figure, ...rest] = recognizeFigures(text);
    expect(rest).toEqual([]);
    expect(describeFigure(figure!)).toBe(label);
  });

  it('says when a value could not be resolved', () => {
    expect(describeFigure({ text: 'x', start: 0, end: 1, kind: 'count', value: null, unit: null })).toBe('x (数值未能解析)');
  });
});
