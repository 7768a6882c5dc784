import { describe, expect, it } from 'vitest';
import { findTargets } from '../../src/core/targets/find-targets';
import { findDeadline } from '../../src/core/targets/find-deadline';
import { splitClauses } from '../../src/core/targets/split-clauses';
import { recognizeFigures } from '../../src/core/figures/recognize-figures';

interface TargetCase {
  text: string;
  /** Every target expected, in order: its text, and optionally cue, deadline and figure texts. */
  expect: Array<{ text: string; cue?: string; deadline?: string | null; figures?: string[] }>;
}

const cases: TargetCase[] = [
  // a lead-in runs on however long the subject before its cue (全县各乡镇… is who promises, not what)
  {
    text: '全县各乡镇和有关部门力争到2025年,森林覆盖率达到65%以上。',
    expect: [{ text: '全县各乡镇和有关部门力争到2025年,森林覆盖率达到65%以上', cue: '力争', figures: ['2025年', '65%以上'] }],
  },
  // commitments from the seed page
  {
    text: '强调要切实落实创建实施目标,确保20xx年全面达到生态示范市验收标准,迎接国家验收。',
    expect: [{ text: '确保20xx年全面达到生态示范市验收标准', cue: '确保', deadline: '20xx年', figures: ['20xx年'] }],
  },
  {
    text: '力争从人力、财力、物力上增加投入,同时加强督查与指导,保证各项任务按质按量按时完成。',
    expect: [
      { text: '力争从人力、财力、物力上增加投入', cue: '力争', deadline: null },
      { text: '保证各项任务按质按量按时完成', cue: '保证' },
    ],
  },
  {
    text: '拦渣坝工程已完成招投标,预计今年年底将投入使用;城开发与保护目标任务中',
    expect: [{ text: '预计今年年底将投入使用', cue: '预计', deadline: '今年年底' }],
  },
  {
    text: '正开始全面实施。保证今年底完成任务,209国、320国道两旁绿化工程已完成全面规划',
    expect: [{ text: '保证今年底完成任务', cue: '保证', deadline: '今年底' }],
  },
  {
    text: '县委、县政府制定下发了《xx县20xx年生态文明建设工作要点》,明确了今年的主要任务、工作目标和具体措施,全面落实了各单位的工作职责',
    expect: [{ text: '明确了今年的主要任务、工作目标和具体措施', cue: '任务' }],
  },
  // cue in brackets: only the bracketed part
  {
    text: '考虑到八面山风力发电开发(预计招商引资15亿)及旅游活动等因素',
    expect: [{ text: '预计招商引资15亿', cue: '预计', figures: ['15亿'] }],
  },
  // lead-ins run on into the next clause
  {
    text: '力争到2025年,全市森林覆盖率达到60%以上。',
    expect: [{ text: '力争到2025年,全市森林覆盖率达到60%以上', cue: '力争', deadline: '到2025年', figures: ['2025年', '60%以上'] }],
  },
  {
    text: '到2025年,新建污水管网30公里。',
    expect: [{ text: '到2025年,新建污水管网30公里', cue: '到2025年', figures: ['2025年', '30公里'] }],
  },
  {
    text: '主要目标：全年完成造林1万亩。',
    expect: [{ text: '主要目标：全年完成造林1万亩', cue: '目标', figures: ['1万亩'] }],
  },
  // other cues
  { text: '争取年内开工建设。', expect: [{ text: '争取年内开工建设', cue: '争取', deadline: '年内' }] },
  { text: '计划投资3.5亿元,新建厂房2万平方米。', expect: [{ text: '计划投资3.5亿元', cue: '计划', figures: ['3.5亿元'] }] },
  { text: '空气优良天数比例不低于85%。', expect: [{ text: '空气优良天数比例不低于85%', cue: '不低于', figures: ['不低于85%'] }] },
  { text: '单位GDP能耗控制在0.5吨标准煤以内。', expect: [{ text: '单位GDP能耗控制在0.5吨标准煤以内', cue: '控制在0.5吨标准煤以内' }] },
  { text: '务必于6月底前完成整改。', expect: [{ text: '务必于6月底前完成整改', cue: '务必', deadline: '于6月底前' }] },
  { text: '各乡镇必须在2025年底前全面完成。', expect: [{ text: '各乡镇必须在2025年底前全面完成', cue: '必须', deadline: '在2025年底前' }] },
  { text: '两条老线正在进行设备安装,7月底可全面完成,8月份投入使用。', expect: [{ text: '7月底可全面完成', cue: '完成', deadline: '7月底' }] },
  { text: '要求其建设完善环保设施。', expect: [{ text: '要求其建设完善环保设施', cue: '要求' }] },
  { text: '今年的工作任务是巩固提升。', expect: [{ text: '今年的工作任务是巩固提升', cue: '任务' }] },
  { text: '确定了整改目标,细化了整改主要措施。', expect: [{ text: '确定了整改目标', cue: '目标' }] },
  { text: '一要高度重视,二要突出重点,确保完成实施项目。', expect: [{ text: '确保完成实施项目', cue: '确保' }] },
  { text: '(二)加强督查与指导,保证创建工作顺利开展。', expect: [{ text: '保证创建工作顺利开展', cue: '保证' }] },
  { text: '1、确保各项目标任务的全面落实。', expect: [{ text: '确保各项目标任务的全面落实', cue: '确保' }] },
  // commitments without 确保/力争: demands with a modal, policy verbs opening a clause, goals referred to
  { text: '各科室须在11月底前报送总结材料。', expect: [{ text: '各科室须在11月底前报送总结材料', cue: '须', deadline: '在11月底前' }] },
  { text: '各班组应于每月5日前上交考勤表。', expect: [{ text: '各班组应于每月5日前上交考勤表', cue: '应' }] },
  { text: '下一步,要开展“三清一改”专项行动。', expect: [{ text: '下一步,要开展“三清一改”专项行动', cue: '要' }] },
  { text: '会议强调要切实提高认识。', expect: [] },
  { text: '统筹推进城乡供水一体化。', expect: [{ text: '统筹推进城乡供水一体化', cue: '推进' }] },
  { text: '全县上下紧紧围绕“稳增长,保民生”的工作目标,狠抓落实。', expect: [
    { text: '全县上下紧紧围绕“稳增长,保民生”的工作目标', cue: '目标' },
    { text: '狠抓落实', cue: '落实' },
  ] },
  { text: '以打造生态旅游名镇为目标。', expect: [{ text: '以打造生态旅游名镇为目标', cue: '目标' }] },
  { text: '全面完成年度植树任务。', expect: [{ text: '全面完成年度植树任务', cue: '任务' }] },
  { text: '乡镇卫生院于9月30日前完成改造。', expect: [{ text: '乡镇卫生院于9月30日前完成改造', cue: '完成', deadline: '于9月30日前' }] },
  { text: '12月底前,两个片区都将通上天然气。', expect: [{ text: '12月底前,两个片区都将通上天然气', cue: '12月底前' }] },
  { text: '希望各单位认真抓好落实。', expect: [{ text: '希望各单位认真抓好落实', cue: '希望各单位' }] },
  { text: '会上号召全乡群众积极参与植树。', expect: [{ text: '会上号召全乡群众积极参与植树', cue: '号召' }] },
  { text: '希望大家认真学习,抓好落实。', expect: [{ text: '希望大家认真学习,抓好落实', cue: '希望大家' }] },
  { text: '依据招标文件要求工期为90天。', expect: [{ text: '依据招标文件要求工期为90天', cue: '要求' }] },
  { text: '全乡紧紧围绕“兴产业,强基础”的发展战略。', expect: [{ text: '全乡紧紧围绕“兴产业,强基础”的发展战略', cue: '战略' }] },
  // a list of objectives under its heading, up to the full stop
  {
    text: '本课学习目标,1、了解报表的结构;2、学会填写台账。下课后交作业。',
    expect: [
      { text: '了解报表的结构', cue: '本课学习目标' },
      { text: '学会填写台账', cue: '本课学习目标' },
    ],
  },
  // a connective before the statement belongs to it
  { text: '此外,完成以下三项工作任务:', expect: [{ text: '此外,完成以下三项工作任务:', cue: '任务' }] },
  // quantified goals: a level held, a bound reached, a blank to fill in
  { text: '绿化覆盖率达到42%以上。', expect: [{ text: '绿化覆盖率达到42%以上', cue: '达到' }] },
  { text: '管理费用占比控制在6.5%。', expect: [{ text: '管理费用占比控制在6.5%', cue: '控制在' }] },
  { text: '基本农田保有量保持2.1万亩。', expect: [{ text: '基本农田保有量保持2.1万亩', cue: '保持' }] },
  { text: '客户回访率需达____%。', expect: [{ text: '客户回访率需达____%', cue: '需' }] },
  { text: '年度培训计划完成率达100%。', expect: [{ text: '年度培训计划完成率达100%' }] },
  { text: '明确提出到 2030 年,建成区域物流中心。', expect: [{ text: '明确提出到 2030 年,建成区域物流中心', cue: '到 2030 年', deadline: '到 2030 年' }] },
  // traditional characters: the cue is read folded, reported as written
  { text: '確保年度銷售目標按期達成。', expect: [{ text: '確保年度銷售目標按期達成', cue: '確保' }] },
  { text: '各門店須於每週一前報送周報。', expect: [{ text: '各門店須於每週一前報送周報', cue: '須' }] },
  { text: '以建設宜居社區為目標。', expect: [{ text: '以建設宜居社區為目標', cue: '目標' }] },
  // mentions, procedures and the past: not targets
  { text: '积极应对市场波动带来的压力。', expect: [] },
  { text: '实习时间为2023年7月3日至2023年7月14日。', expect: [] },
  { text: '他指出:“要珍惜来之不易的成绩。”', expect: [] },
  { text: '全面落实了各项惠民政策。', expect: [] },
  { text: '把任务分解落实到各村。', expect: [] },
  { text: '对创建目标责任任务分解方案进行了研究讨论,确定了召开全市创建生态示范市工作会议的日期、议程。', expect: [] },
  { text: '并对**市下达的创建目标任务进行分解,落实到各乡镇。', expect: [] },
  { text: '各乡镇与市政府签订了20xx-20xx年度生态示范市创建工作目标责任书。', expect: [] },
  { text: '按照**市委、市政府的要求,**市委将创建工作放到突出位置。', expect: [] },
  { text: '根据市委的指示,按照创建目标任务要求,6月份,我市进行了督查。', expect: [] },
  { text: '印发了《关于确保安全生产的意见》。', expect: [] },
  { text: '并能积极按照市创建办制订的年度创建计划狠抓落实。', expect: [] },
  { text: '有计划、有步骤地推进创建目标任务的实施。', expect: [] },
  { text: '确保了全年安全生产无事故。', expect: [] },
  { text: '农村沼气池建设任务已全面布置,现完成任务89口。', expect: [] },
  { text: '四、存在的主要问题及下半年工作计划', expect: [] },
  { text: '截至2022年底,全县已建成污水处理厂3座。', expect: [] },
  { text: '目前存在的主要问题:一是移民工作任务重。', expect: [] },
  { text: '缴纳保证金5万元。', expect: [] },
];

describe('findTargets', () => {
  it.each(cases)('$text', ({ text, expect: expected }) => {
    const targets = findTargets(text);
    expect(targets.map((t) => t.text)).toEqual(expected.map((e) => e.text));
    targets.forEach((t, i) => {
      const e = expected[i]!;
      expect(text.slice(t.start, t.end)).toBe(t.text);
      if (e.cue !== undefined) expect(t.cue).toBe(e.cue);
      if (e.deadline !== undefined) expect(t.deadline).toBe(e.deadline);
      if (e.figures !== undefined) expect(t.figures.map((f) => f.text)).toEqual(e.figures);
    });
  });

  it('uses the figures it is given, with their offsets', () => {
    const text = '前言。确保完成造林3万亩。';
    const figures = recognizeFigures(text);
    const [target] = findTargets(text, figures);
    expect(target!.figures).toEqual(figures);
    expect(target!.figures[0]!.start).toBe(text.indexOf('3万亩'));
  });

  it('returns [] for an empty text', () => {
    expect(findTargets('')).toEqual([]);
  });
});

describe('findDeadline', () => {
  it.each([
    ['确保20xx年全面达到', '20xx年'],
    ['力争到2025年底前建成', '到2025年底前'],
    ['预计今年年底将投入使用', '今年年底'],
    ['保证今年底完成任务', '今年底'],
    ['年底前完成', '年底前'],
    ['争取年内开工', '年内'],
    ['7月中旬将正式开工', '7月中旬'],
    ['明年上半年投产', '明年上半年'],
    ['2024年一季度完成', '2024年一季度'],
    ['第三季度末前完成', '第三季度末'],
    ['3个月内完成', null],
    ['力争从人力上增加投入', null],
    ['今年的主要任务', null],
  ] as const)('%s → %s', (clause, deadline) => {
    expect(findDeadline(clause)).toBe(deadline);
  });
});

describe('splitClauses', () => {
  it.each([
    ['甲,乙。丙', ['甲', '乙', '丙']],
    ['一是甲；二是乙', ['甲', '乙']],
    ['(三)我市加大了力度,取得实效!', ['我市加大了力度', '取得实效']],
    ['完成1,000亩,投资2万元', ['完成1,000亩', '投资2万元']],
    ['  甲  \n\n乙', ['甲', '乙']],
  ] as const)('%s', (text, expected) => {
    const clauses = splitClauses(text, recognizeFigures(text));
    expect(clauses.map((c) => text.slice(c.start, c.end))).toEqual(expected);
  });

  it('numbers sentences so a lead-in does not run across a full stop', () => {
    const clauses = splitClauses('甲,乙。丙');
    expect(clauses.map((c) => c.sentence)).toEqual([0, 0, 1]);
  });
});
