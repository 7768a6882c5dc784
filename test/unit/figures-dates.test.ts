import { describe, it } from 'vitest';
import { expectFigures, type FigureCase } from './figures-expect';

const d = (text: string, value: number | null = null, extra: object = {}) => ({ text, kind: 'date' as const, value, unit: null, ...extra });

const cases: FigureCase[] = [
  // years, with placeholder digits too
  { text: '20xx年是**市生态创建工作的关键之年。', expect: [d('20xx年')] },
  { text: '会议总结了20xx年度生态示范市创建工作', expect: [d('20xx年度')] },
  { text: '签订了20xx-20xx年度生态示范市创建工作目标责任书', expect: [d('20xx-20xx年度', null, { range: { from: null, to: null } })] },
  { text: '《20xx—20xx年度考核细则》', expect: [d('20xx—20xx年度', null, { range: { from: null, to: null } })] },
  { text: '确保20xx年全面达到', expect: [d('20xx年')] },
  { text: '20XX年工作要点', expect: [d('20XX年')] },
  { text: '201x年', expect: [d('201x年')] },
  { text: '20**年度报告', expect: [d('20**年度')] },
  { text: '2023年', expect: [d('2023年', 2023)] },
  { text: '2023年度', expect: [d('2023年度', 2023)] },
  { text: '１９９８年', expect: [d('１９９８年', 1998)] },
  { text: '二〇二三年', expect: [d('二〇二三年', 2023)] },
  { text: '二零二四年', expect: [d('二零二四年', 2024)] },
  // typeset with spaces between the parts
  { text: '回顾 2021 年的工作', expect: [d('2021 年', 2021)] },
  { text: '会议于 2018 年 9 月 26 日召开', expect: [d('2018 年 9 月 26 日', 2018)] },
  { text: '自 2010 年 03 月起', expect: [d('2010 年 03 月起', 2010, { approx: '起' })] },
  { text: '部署 20xx 年重点工作', expect: [d('20xx 年')] },
  { text: '回顾20*年的工作', expect: [d('20*年')] },
  // full dates
  { text: '截至2023年12月31日', expect: [d('2023年12月31日', 2023)] },
  { text: '二〇二三年十月一日起施行', expect: [d('二〇二三年十月一日起', 2023, { approx: '起' })] },
  { text: '2024年1月', expect: [d('2024年1月', 2024)] },
  { text: '2023-12-31', expect: [d('2023-12-31', 2023)] },
  { text: '2023/6/1', expect: [d('2023/6/1', 2023)] },
  { text: '2023.12.31', expect: [d('2023.12.31', 2023)] },
  { text: '1840年6月', expect: [d('1840年6月', 1840)] },
  // months and days
  { text: '3月3日,市长丁xx组织召开', expect: [d('3月3日')] },
  { text: '3月22日,市委、政府组织召开', expect: [d('3月22日')] },
  { text: '6月份,我市对全市', expect: [d('6月份')] },
  { text: '7月中旬将正式开工', expect: [d('7月中旬')] },
  { text: '7月底可全面完成,8月份投入使用', expect: [d('7月底'), d('8月份')] },
  { text: '3月上旬', expect: [d('3月上旬')] },
  { text: '10月下旬', expect: [d('10月下旬')] },
  { text: '12月末', expect: [d('12月末')] },
  { text: '5月初', expect: [d('5月初')] },
  { text: '十二月', expect: [d('十二月')] },
  { text: '九月份', expect: [d('九月份')] },
  { text: '6月5号', expect: [d('6月5号')] },
  { text: '于15日召开', expect: [d('15日')] },
  { text: '1-6月', expect: [d('1-6月', null, { range: { from: null, to: null } })] },
  { text: '3至5月', expect: [d('3至5月', null, { range: { from: null, to: null } })] },
  { text: '3月-5月', expect: [d('3月-5月', null, { range: { from: null, to: null } })] },
  // periods attached to a year, quarters
  { text: '2024年上半年', expect: [d('2024年上半年', 2024)] },
  { text: '20xx年下半年', expect: [d('20xx年下半年')] },
  { text: '2025年底前完成', expect: [d('2025年底前', 2025, { approx: '前' })] },
  { text: '2023年年底', expect: [d('2023年年底', 2023)] },
  { text: '2022年末', expect: [d('2022年末', 2022)] },
  { text: '2023年一季度', expect: [d('2023年一季度', 2023)] },
  { text: '一季度', expect: [d('一季度')] },
  { text: '第三季度', expect: [d('第三季度')] },
  { text: '前三季度', expect: [d('前三季度')] },
  { text: '4季度', expect: [d('4季度')] },
  { text: '2020年以来', expect: [d('2020年以来', 2020, { approx: '以来' })] },
  { text: '80年代', expect: [d('80年代')] },
  // year ranges
  { text: '2021-2025年', expect: [d('2021-2025年', 2021, { range: { from: 2021, to: 2025 } })] },
  { text: '2021年至2025年', expect: [d('2021年至2025年', 2021, { range: { from: 2021, to: 2025 } })] },
  { text: '2021～2025年', expect: [d('2021～2025年', 2021, { range: { from: 2021, to: 2025 } })] },
  // spans are measures, not dates
  { text: '建设期3年', expect: [{ text: '3年', kind: 'measure', value: 3, unit: '年' }] },
  { text: '建城1800年', expect: [{ text: '1800年', kind: 'measure', value: 1800, unit: '年' }] },
  { text: '30日内办结', expect: [{ text: '30日内', kind: 'measure', value: 30, unit: '日', approx: '内' }] },
  // periods without a numeral are not figures
  { text: '上半年,按照市委要求', expect: [] },
  { text: '保证今年底完成任务', expect: [] },
  { text: '年底前完成', expect: [] },
  // not dates
  { text: '13月', expect: [] },
  { text: '5年级学生', expect: [] },
];

describe('recognizeFigures: dates and periods', () => {
  it.each(cases)('$text', (c) => expectFigures(c));
});
