/**
 * Figure forms seen on real pages that the recogniser once missed ("Clean real pages"):
 * negative values, 半 after a unit, 角/毛/分, discounts (折), more currencies, units and
 * classifiers, counted and digit-by-digit Chinese years, bare Chinese days, lunar days,
 * traditional characters, spaced percent units, and % inside URLs (not a figure).
 */
import { describe, it } from 'vitest';
import { expectFigures, type FigureCase } from './figures-expect';

const f = (text: string, kind: string, value: number | null, unit: string | null, extra: object = {}) =>
  ({ text, kind, value, unit, ...extra }) as FigureCase['expect'][number];
const p = (text: string, value: number, unit = '%') => f(text, 'percent', value, unit);
const money = (text: string, value: number, unit = '元') => f(text, 'money', value, unit);
const ms = (text: string, value: number, unit: string, extra: object = {}) => f(text, 'measure', value, unit, extra);
const ct = (text: string, value: number, unit: string) => f(text, 'count', value, unit);
const d = (text: string, value: number | null = null) => f(text, 'date', value, null);

const negatives: FigureCase[] = [
  { text: '全年工业增加值增速负3.9%', expect: [p('负3.9%', -3.9)] },
  { text: '出口增速为-2.3%，好于预期', expect: [p('-2.3%', -2.3)] },
  { text: '-22.2%', expect: [p('-22.2%', -22.2)] },
  { text: '净利润负1200万元', expect: [money('负1200万元', -12000000)] },
  { text: '地下水位负0.5米', expect: [ms('负0.5米', -0.5, '米')] },
  // a dash that joins, lists or ranges is no minus
  { text: '补助5万元-3万元不等', expect: [money('5万元', 50000), money('3万元', 30000)] },
  { text: '工作日－3个月内完成', expect: [ms('3个月内', 3, '个月', { approx: '内' })] },
  { text: '允许误差正负3%', expect: [p('3%', 3)] },
];

const halves: FigureCase[] = [
  { text: '每亩施肥一吨半', expect: [ms('一吨半', 1.5, '吨')] },
  { text: '河宽两米半', expect: [ms('两米半', 2.5, '米')] },
  { text: '产量提高三成半', expect: [p('三成半', 35)] },
  { text: '建设期两年半', expect: [ms('两年半', 2.5, '年')] },
  { text: '收购15斤半鲜茶', expect: [ms('15斤半', 15.5, '斤')] },
  { text: '产出3吨半成品', expect: [ms('3吨', 3, '吨')] },
  { text: '用了3个月半年时间', expect: [ms('3个月', 3, '个月')] },
];

const subunits: FigureCase[] = [
  { text: '每斤收购价五元三毛', expect: [money('五元三毛', 5.3)] },
  { text: '单价50元6角三分', expect: [money('50元6角三分', 50.63)] },
  { text: '票价2元5角', expect: [money('2元5角', 2.5)] },
  { text: '每度电0元8分', expect: [money('0元8分', 0.08)] },
  { text: '缴费5元3分钟内到账', expect: [money('5元', 5), ms('3分钟内', 3, '分钟', { approx: '内' })] },
  { text: '奖励5元三分之一的人', expect: [money('5元', 5), p('三分之一', 33.3333333333333)] },
];

const discounts: FigureCase[] = [
  { text: '门票一律75折', expect: [p('75折', 75, '折')] },
  { text: '团购打九折', expect: [p('九折', 90, '折')] },
  { text: '会员享受9.5折优惠', expect: [p('9.5折', 95, '折')] },
  { text: '全场五五折', expect: [p('五五折', 55, '折')] },
  { text: '淡季三点五折', expect: [p('三点五折', 35, '折')] },
  { text: '清仓2折起', expect: [p('2折', 20, '折')] },
  // not discounts
  { text: '1美元折合人民币7元', expect: [money('1美元', 1, '美元'), money('7元', 7)] },
  { text: '按5年折旧', expect: [ms('5年', 5, '年')] },
  { text: '项目推进一波三折', expect: [] },
  { text: '十折', expect: [] },
];

const percents: FigureCase[] = [
  { text: '利率下调百分之一点五', expect: [p('百分之一点五', 1.5)] },
  { text: '增长百分之一百二十点五', expect: [p('百分之一百二十点五', 120.5)] },
  { text: '提高六個百分點', expect: [p('六個百分點', 6, '个百分点')] },
  { text: '提高 2.5 个百分点', expect: [p('2.5 个百分点', 2.5, '个百分点')] },
  { text: '覆盖率达到 95 %', expect: [p('95 %', 95)] },
  { text: '误差百万分之五', expect: [p('百万分之五', 0.0005)] },
  { text: '损耗仟分之贰', expect: [p('仟分之贰', 0.2)] },
  { text: '表 3 人员名单', expect: [] },
  // letter-spaced, as text extracted from PDF pages often is
  { text: '比重上升百 分 之 12', expect: [p('百 分 之 12', 12)] },
  { text: '提高六 个 百 分 点', expect: [p('六 个 百 分 点', 6, '个百分点')] },
  // k for thousands, as written online
  { text: '岗位数增长12k个百分点', expect: [p('12k个百分点', 12000, '个百分点')] },
  { text: '月薪15k，面议', expect: [] },
  { text: '净重15kg', expect: [ms('15kg', 15, '千克')] },
];

const currencies: FigureCase[] = [
  { text: '央行到期定存单5306亿台币', expect: [money('5306亿台币', 530600000000, '台币')] },
  { text: '售价新台币1200元', expect: [money('1200元', 1200)] },
  { text: '营收3000万新台币', expect: [money('3000万新台币', 30000000, '台币')] },
  { text: '兑换1.0092瑞士法郎', expect: [money('1.0092瑞士法郎', 1.0092, '瑞士法郎')] },
  { text: '每股1.95港元', expect: [money('1.95港元', 1.95, '港元')] },
  { text: '融资2亿港币', expect: [money('2亿港币', 200000000, '港元')] },
  { text: '东芝另需1万亿日元', expect: [money('1万亿日元', 1000000000000, '日元')] },
  { text: '进口额50万英镑', expect: [money('50万英镑', 500000, '英镑')] },
  { text: '合同3亿卢布', expect: [money('3亿卢布', 300000000, '卢布')] },
  { text: '投资800亿韩元', expect: [money('800亿韩元', 80000000000, '韩元')] },
  { text: '援助500万欧元', expect: [money('500万欧元', 5000000, '欧元')] },
  { text: '报价300美圆', expect: [money('300美圆', 300, '美元')] },
  { text: '每件50美分', expect: [money('50美分', 0.5, '美元')] },
  { text: '贷款2000万加元', expect: [money('2000万加元', 20000000, '加元')] },
  { text: '花了三块钱', expect: [money('三块钱', 3)] },
  // "，" between ASCII digits is the clause comma; between full-width digits a separator
  { text: '报价$20，300美圆可选', expect: [money('$20', 20, '美元'), money('300美圆', 300, '美元')] },
  { text: '合计１，２５０万元', expect: [money('１，２５０万元', 12500000)] },
  { text: '合计臺幣3萬元', expect: [money('3萬元', 30000)] },
];

const units: FigureCase[] = [
  { text: '身高168公分', expect: [ms('168公分', 168, '厘米')] },
  { text: '身高168cm', expect: [ms('168cm', 168, '厘米')] },
  { text: '水深超过250m', expect: [ms('超过250m', 250, '米', { approx: '超过' })] },
  { text: '降雨12mm', expect: [ms('12mm', 12, '毫米')] },
  { text: '维生素2.4微克', expect: [ms('2.4微克', 2.4, '微克')] },
  { text: '芯片制程7纳米', expect: [ms('7纳米', 7, '纳米')] },
  { text: '存储五十兆字节', expect: [ms('五十兆字节', 50, '兆字节')] },
  { text: '频率100赫兹', expect: [ms('100赫兹', 100, '赫兹')] },
  { text: '热量323千卡', expect: [ms('323千卡', 323, '千卡')] },
  { text: '体温39°C', expect: [ms('39°C', 39, '℃')] },
  { text: '流转土地3000畝', expect: [ms('3000畝', 3000, '亩')] },
  { text: '减排二氧化碳1.2萬噸', expect: [ms('1.2萬噸', 12000, '吨')] },
  { text: '造林50公頃', expect: [ms('50公頃', 50, '公顷')] },
  { text: '管径300釐米', expect: [ms('300釐米', 300, '厘米')] },
  { text: '执行GB/T 50378-2019', expect: [] },
  { text: '5min后', expect: [] },
];

const counts: FigureCase[] = [
  { text: '发放手套2000双', expect: [ct('2000双', 2000, '双')] },
  { text: '表彰模范夫妻12对', expect: [ct('12对', 12, '对')] },
  { text: '采购鸡蛋30打', expect: [ct('30打', 30, '打')] },
  { text: '养殖家禽5万羽', expect: [ct('5万羽', 50000, '羽')] },
  { text: '投放鱼苗10万尾', expect: [ct('10万尾', 100000, '尾')] },
  { text: '新打机井12眼', expect: [ct('12眼', 12, '眼')] },
  { text: '建成23层楼', expect: [ct('23层', 23, '层')] },
  { text: '开设5门课程', expect: [ct('5门', 5, '门')] },
  { text: '配备3臺設備', expect: [ct('3臺', 3, '台')] },
  { text: '新建住房120戶', expect: [ct('120戶', 120, '户')] },
  { text: '共有36個村', expect: [ct('36個', 36, '个')] },
  // a classifier that is the start of another word, or a verb
  { text: '2025对县域企业开展排查', expect: [] },
  { text: '5打造精品', expect: [] },
  { text: '两双手', expect: [] },
];

const dates: FigureCase[] = [
  { text: '两千零四年八月十五', expect: [d('两千零四年八月十五', 2004)] },
  { text: '二〇二三年五月', expect: [d('二〇二三年五月', 2023)] },
  { text: '早在两千零四年', expect: [d('两千零四年', 2004)] },
  { text: '二零零四年八月十五开工', expect: [d('二零零四年八月十五', 2004)] },
  { text: '定在三月初一', expect: [d('三月初一')] },
  { text: '农历2015年十月初一', expect: [d('农历2015年十月初一', 2015)] },
  { text: '正月十五闹元宵', expect: [d('正月十五')] },
  { text: '2015年农历正月初一是春节', expect: [d('2015年农历正月初一', 2015)] },
  { text: '一月二十三', expect: [d('一月二十三')] },
  { text: '1789-01-29', expect: [d('1789-01-29', 1789)] },
  { text: '二〇二三年十月一日', expect: [d('二〇二三年十月一日', 2023)] },
  // not dates: spans, and days that count something
  { text: '有两千年历史', expect: [ms('两千年', 2000, '年')] },
  { text: '八月十五个项目开工', expect: [d('八月'), ct('十五个', 15, '个')] },
  { text: '6月一季度数据', expect: [d('6月'), d('一季度')] },
];

const urls: FigureCase[] = [
  { text: '详见https://x.com/a%20b', expect: [] },
  { text: '链接 https://www.test.com/search?q=30%25%2020% 增长5%', expect: [p('5%', 5)] },
  { text: '%E4%B8%AD%E6%96%87', expect: [] },
  { text: '访问www.example.com/50%off，降价50%', expect: [p('50%', 50)] },
];

describe('recognizeFigures: forms from real pages', () => {
  describe('negative values', () => it.each(negatives)('$text', (c) => expectFigures(c)));
  describe('半 after a unit', () => it.each(halves)('$text', (c) => expectFigures(c)));
  describe('角, 毛 and 分', () => it.each(subunits)('$text', (c) => expectFigures(c)));
  describe('discounts (折)', () => it.each(discounts)('$text', (c) => expectFigures(c)));
  describe('percent forms', () => it.each(percents)('$text', (c) => expectFigures(c)));
  describe('currencies', () => it.each(currencies)('$text', (c) => expectFigures(c)));
  describe('units, traditional characters', () => it.each(units)('$text', (c) => expectFigures(c)));
  describe('classifiers', () => it.each(counts)('$text', (c) => expectFigures(c)));
  describe('dates', () => it.each(dates)('$text', (c) => expectFigures(c)));
  describe('% inside URLs', () => it.each(urls)('$text', (c) => expectFigures(c)));
});
