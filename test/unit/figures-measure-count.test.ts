import { describe, it } from 'vitest';
import { expectFigures, type FigureCase } from './figures-expect';

const ms = (text: string, value: number, unit: string, extra: object = {}) => ({ text, kind: 'measure' as const, value, unit, ...extra });
const ct = (text: string, value: number, unit: string | null, extra: object = {}) => ({ text, kind: 'count' as const, value, unit, ...extra });

const measures: FigureCase[] = [
  // area
  { text: '已确定水稻3万亩', expect: [ms('3万亩', 30000, '亩')] },
  { text: '花卉苗木基地建设目前已完成1800亩;', expect: [ms('1800亩', 1800, '亩')] },
  { text: '香葱(1千亩规模)', expect: [ms('1千亩', 1000, '亩')] },
  { text: '造林三万亩', expect: [ms('三万亩', 30000, '亩')] },
  { text: '苗圃约100亩', expect: [ms('约100亩', 100, '亩', { approx: '约' })] },
  { text: '流转土地2,600亩', expect: [ms('2,600亩', 2600, '亩')] },
  { text: '湿地面积12.5公顷', expect: [ms('12.5公顷', 12.5, '公顷')] },
  { text: '建筑面积5000平方米', expect: [ms('5000平方米', 5000, '平方米')] },
  { text: '新建厂房3万平米', expect: [ms('3万平米', 30000, '平方米')] },
  { text: '绿化800㎡', expect: [ms('800㎡', 800, '平方米')] },
  { text: '占地120m²', expect: [ms('120m²', 120, '平方米')] },
  { text: '保护区面积356平方公里', expect: [ms('356平方公里', 356, '平方公里')] },
  { text: '流域面积2.3万平方千米', expect: [ms('2.3万平方千米', 23000, '平方公里')] },
  // a space between the number and its unit
  { text: '流转土地 2 万余亩', expect: [ms('2 万余亩', 20000, '亩', { approx: '余' })] },
  { text: '收购稻谷 650 斤', expect: [ms('650 斤', 650, '斤')] },
  // length
  { text: '明确赣江两岸1000米范围内', expect: [ms('1000米', 1000, '米')] },
  { text: '修建道路12.6公里', expect: [ms('12.6公里', 12.6, '公里')] },
  { text: '河道长3千米', expect: [ms('3千米', 3, '公里')] },
  { text: '管网5km', expect: [ms('5km', 5, '公里')] },
  { text: '降雨量50毫米', expect: [ms('50毫米', 50, '毫米')] },
  { text: '铺设管道两公里', expect: [ms('两公里', 2, '公里')] },
  // mass, volume
  { text: '减排二氧化硫1.2万吨', expect: [ms('1.2万吨', 12000, '吨')] },
  { text: '年产水泥60万吨', expect: [ms('60万吨', 600000, '吨')] },
  { text: '节约5万吨标准煤', expect: [ms('5万吨标准煤', 50000, '吨标准煤')] },
  { text: '处理污水2万立方米', expect: [ms('2万立方米', 20000, '立方米')] },
  { text: '回收农膜300公斤', expect: [ms('300公斤', 300, '千克')] },
  { text: '施肥20kg', expect: [ms('20kg', 20, '千克')] },
  // energy, temperature, multiples
  { text: '装机容量5万千瓦', expect: [ms('5万千瓦', 50000, '千瓦')] },
  { text: '发电100亿千瓦时', expect: [ms('100亿千瓦时', 10000000000, '千瓦时')] },
  { text: '光伏电站3千瓦', expect: [ms('3千瓦', 3, '千瓦')] },
  { text: '风电场50兆瓦', expect: [ms('50兆瓦', 50, '兆瓦')] },
  { text: '节电200万度电', expect: [ms('200万度电', 2000000, '千瓦时')] },
  { text: '水温25℃', expect: [ms('25℃', 25, '℃')] },
  { text: '增长3倍', expect: [ms('3倍', 3, '倍')] },
  // durations
  { text: '建设期3年', expect: [ms('3年', 3, '年')] },
  { text: '工期3个月', expect: [ms('3个月', 3, '个月')] },
  { text: '24小时值班', expect: [ms('24小时', 24, '小时')] },
  { text: '15个工作日内办结', expect: [ms('15个工作日内', 15, '个工作日', { approx: '内' })] },
  { text: '培训30天', expect: [ms('30天', 30, '天')] },
  { text: '历时两个月', expect: [ms('两个月', 2, '个月')] },
  { text: '建设期三年', expect: [ms('三年', 3, '年')] },
  { text: '三天内完成', expect: [ms('三天内', 3, '天', { approx: '内' })] },
  { text: '已运行10年多', expect: [ms('10年多', 10, '年', { approx: '多' })] },
  { text: '用时45分钟', expect: [ms('45分钟', 45, '分钟')] },
  { text: '建党一百年', expect: [ms('一百年', 100, '年')] },
];

const counts: FigureCase[] = [
  { text: '**乡、**镇、**乡等3个乡镇拟申报', expect: [ct('3个', 3, '个')] },
  { text: '对在册使用的25台锅炉', expect: [ct('25台', 25, '台')] },
  { text: '排查了22家企业', expect: [ct('22家', 22, '家')] },
  { text: '现完成任务89口。', expect: [ct('89口', 89, '口')] },
  { text: '实施12项工程', expect: [ct('12项', 12, '项')] },
  { text: '整改问题36处', expect: [ct('36处', 36, '处')] },
  { text: '培训干部120名', expect: [ct('120名', 120, '名')] },
  { text: '参训300人', expect: [ct('300人', 300, '人')] },
  { text: '帮扶贫困户56户', expect: [ct('56户', 56, '户')] },
  { text: '新建学校4所', expect: [ct('4所', 4, '所')] },
  { text: '配备车辆8辆', expect: [ct('8辆', 8, '辆')] },
  { text: '开展检查15次', expect: [ct('15次', 15, '次')] },
  { text: '接待游客12万人次', expect: [ct('12万人次', 120000, '人次')] },
  { text: '新建桥梁3座', expect: [ct('3座', 3, '座')] },
  { text: '下发文件20件', expect: [ct('20件', 20, '件')] },
  { text: '发放宣传单5000张', expect: [ct('5000张', 5000, '张')] },
  { text: '种植苗木1.2万株', expect: [ct('1.2万株', 12000, '株')] },
  { text: '涉及6个部门', expect: [ct('6个', 6, '个')] },
  { text: '联合5部门', expect: [ct('5部门', 5, '部门')] },
  { text: '举办培训班3期', expect: [ct('3期', 3, '期')] },
  { text: '分5批实施', expect: [ct('5批', 5, '批')] },
  { text: '查处案件12起', expect: [ct('12起', 12, '起')] },
  { text: '惠及农民3万人', expect: [ct('3万人', 30000, '人')] },
  { text: '带动就业一千二百人', expect: [ct('一千二百人', 1200, '人')] },
  { text: '全市十二个乡镇', expect: [ct('十二个', 12, '个')] },
  { text: '十多家企业', expect: [ct('十多家', 10, '家', { approx: '多' })] },
  { text: '100余家企业', expect: [ct('100余家', 100, '家', { approx: '余' })] },
  { text: '3万多户', expect: [ct('3万多户', 30000, '户', { approx: '多' })] },
  { text: '全县人口52万', expect: [ct('52万', 520000, null)] },
  { text: '清理垃圾１２３４５处', expect: [ct('１２３４５处', 12345, '处')] },
  // small Chinese numerals before a classifier are descriptive, not figures
  { text: '两家钒厂异地搬迁', expect: [] },
  { text: '两条老线大布袋收尘', expect: [] },
  { text: '配备一个专职办公室副主任', expect: [] },
  { text: '三个乡镇均成立', expect: [] },
  { text: '推进三年行动', expect: [] },
  // a space between the number and its unit; not after a label
  { text: '全乡共 14 个行政村', expect: [ct('14 个', 14, '个')] },
  { text: '开展巡查 860 次', expect: [ct('860 次', 860, '次')] },
  { text: '见表 3 人员名单', expect: [] },
  { text: '依照第 5 条处理', expect: [] },
  // a single Chinese digit is a count after a word that counts (等, 以下, 共, 组员) or a list
  { text: '包括水厂、泵站等三个工程', expect: [ct('三个', 3, '个')] },
  { text: '分为以下两种情形', expect: [ct('两种', 2, '种')] },
  { text: '通过短信、电话和公众号三种方式通知', expect: [ct('三种', 3, '种')] },
  { text: '小组共有组员四名', expect: [ct('四名', 4, '名')] },
  // sessions, section numbers: not counts
  { text: '学习二十届三中全会精神', expect: [] },
  { text: '2.4.1所需材料清单', expect: [] },
  // counts are whole
  { text: '2.3本项目', expect: [] },
  // classifier starting another word
  { text: '有3人民调解员', expect: [] },
  { text: '5次方', expect: [] },
];

describe('recognizeFigures: measures', () => {
  it.each(measures)('$text', (c) => expectFigures(c));
});
describe('recognizeFigures: counts', () => {
  it.each(counts)('$text', (c) => expectFigures(c));
});
