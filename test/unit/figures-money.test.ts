import { describe, it } from 'vitest';
import { expectFigures, type FigureCase } from './figures-expect';

const m = (text: string, value: number, unit = '元', extra: object = {}) => ({ text, kind: 'money' as const, value, unit, ...extra });

const cases: FigureCase[] = [
  // 元 with magnitudes
  { text: '“三线”下地工程总投资438万元', expect: [m('438万元', 4380000)] },
  { text: '一期工程投入198万元已到位', expect: [m('198万元', 1980000)] },
  { text: '目前已完成前期投资400万元。', expect: [m('400万元', 4000000)] },
  { text: '总投资1.5亿元', expect: [m('1.5亿元', 150000000)] },
  { text: '补助资金500元', expect: [m('500元', 500)] },
  { text: '共计3541.07万元', expect: [m('3541.07万元', 35410700)] },
  { text: '下达资金12,500万元', expect: [m('12,500万元', 125000000)] },
  { text: '收入1,234,567.89元', expect: [m('1,234,567.89元', 1234567.89)] },
  { text: '实现产值2.35亿元', expect: [m('2.35亿元', 235000000)] },
  { text: '投资5千元', expect: [m('5千元', 5000)] },
  { text: '筹资3千万元', expect: [m('3千万元', 30000000)] },
  { text: '募集200百万元', expect: [m('200百万元', 200000000)] },
  { text: '总额达2万亿元', expect: [m('2万亿元', 2000000000000)] },
  { text: '安排0.5万元', expect: [m('0.5万元', 5000)] },
  // a space between the number, its magnitude and 元 (typeset pages, PDF text)
  { text: '实现税收 2.36 亿元', expect: [m('2.36 亿元', 236000000)] },
  { text: '下拨 1350 万 元', expect: [m('1350 万 元', 13500000)] },
  { text: '投资 4000 多万元', expect: [m('4000 多万元', 40000000, '元', { approx: '多' })] },
  { text: '人均 980 元', expect: [m('980 元', 980)] },
  // mixed Arabic and Chinese
  { text: '奖励3万4000元', expect: [m('3万4000元', 34000)] },
  { text: '共25万6千元', expect: [m('25万6千元', 256000)] },
  { text: '拨付1亿2000万元', expect: [m('1亿2000万元', 120000000)] },
  // Chinese numerals
  { text: '投入三万元', expect: [m('三万元', 30000)] },
  { text: '奖励一千二百元', expect: [m('一千二百元', 1200)] },
  { text: '资金两亿元', expect: [m('两亿元', 200000000)] },
  { text: '规模二十万亿元', expect: [m('二十万亿元', 20000000000000)] },
  { text: '超过一万五千亿元', expect: [m('超过一万五千亿元', 1500000000000, '元', { approx: '超过' })] },
  { text: '奖金五元', expect: [m('五元', 5)] },
  { text: '费用三百五十元', expect: [m('三百五十元', 350)] },
  { text: '共计十万元', expect: [m('十万元', 100000)] },
  { text: '补贴一万五元', expect: [m('一万五元', 15000)] },
  // financial capitals
  { text: '金额伍仟元', expect: [m('伍仟元', 5000)] },
  { text: '人民币壹拾万零壹佰元整', expect: [m('壹拾万零壹佰元', 100100)] },
  { text: '大写：叁佰贰拾元', expect: [m('叁佰贰拾元', 320)] },
  { text: '合计捌萬元', expect: [m('捌萬元', 80000)] },
  // full-width digits
  { text: '投资１２３４５元', expect: [m('１２３４５元', 12345)] },
  { text: '投资１．５亿元', expect: [m('１．５亿元', 150000000)] },
  // other currencies and signs
  { text: '引进外资3亿美元', expect: [m('3亿美元', 300000000, '美元')] },
  { text: '出口额500万美元', expect: [m('500万美元', 5000000, '美元')] },
  { text: '合同额20万欧元', expect: [m('20万欧元', 200000, '欧元')] },
  { text: '售价100港币', expect: [m('100港币', 100, '港元')] },
  { text: '单价￥100', expect: [m('￥100', 100)] },
  { text: '报价¥2.5万', expect: [m('¥2.5万', 25000)] },
  { text: '成本$300', expect: [m('$300', 300, '美元')] },
  { text: '资金100万人民币', expect: [m('100万人民币', 1000000)] },
  { text: '获得100万元人民币', expect: [m('100万元人民币', 1000000)] },
  // bare 万/亿 in a money context
  { text: '(预计招商引资15亿)', expect: [m('15亿', 1500000000)] },
  { text: '争取资金3000万用于建设', expect: [m('3000万', 30000000)] },
  { text: '全年财政收入8.6亿', expect: [m('8.6亿', 860000000)] },
  { text: '共筹集2亿资金', expect: [m('2亿', 200000000)] },
  { text: 'GDP突破1.2万亿', expect: [m('1.2万亿', 1200000000000)] },
  // approximations in the middle
  { text: '完成投资3000多万元', expect: [m('3000多万元', 30000000, '元', { approx: '多' })] },
  { text: '投入100余万元', expect: [m('100余万元', 1000000, '元', { approx: '余' })] },
  { text: '约3亿元', expect: [m('约3亿元', 300000000, '元', { approx: '约' })] },
  // glued to what follows
  { text: '总投资3541.07万元2.3本项目建设规模', expect: [m('3541.07万元', 35410700)] },
  { text: '投资438万元1.2项目概况', expect: [m('438万元', 4380000)] },
  // per-unit prices are still money in 元
  { text: '每亩补贴300元', expect: [m('300元', 300)] },
  // 元 starting another word
  { text: '推进一元化管理', expect: [] },
  { text: '城乡二元结构', expect: [] },
];

describe('recognizeFigures: money', () => {
  it.each(cases)('$text', (c) => expectFigures(c));
});
