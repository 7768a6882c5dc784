/**
 * The units table: which words after a number make it money, a percentage, a measure or a
 * count, and what unit name the figure reports (DESIGN.md "figure kinds and values").
 *
 * Magnitudes (万, 亿, 千 …) are not units: "3万亩" is 3 × 10⁴ of the unit 亩, so the table
 * only holds base units. Units whose name starts with a magnitude character (千瓦, 千米 …)
 * are told apart by `startsWithMagnitude`, so that "3万千瓦" reads as 3万 + 千瓦.
 */
import type { FigureKind } from '../types';

export type QuantityKind = Exclude<FigureKind, 'date'>;

export interface UnitInfo {
  kind: QuantityKind;
  /** The unit name reported on the figure (synonyms normalised: 平米 → 平方米, ％ → %). */
  unit: string;
  /** Multiplier from the written unit to the reported one (‰ → % is 0.1, 成 → % is 10). */
  factor?: number;
  /** Only after Arabic numerals: 一期工程 and 一批 are names and articles, 3期 and 5批 counts. */
  arabicOnly?: boolean;
  /** A time span (3个月, 24小时): reported as a measure, but small Chinese numerals need a cue. */
  duration?: boolean;
  /** Characters that, right after the unit, show it is part of another word (年级, 元化). */
  notBefore?: string;
}

const COUNT_CLASSIFIERS = [
  '个', '家', '台', '口', '项', '处', '名', '人', '户', '所', '辆', '次', '人次', '户次', '台次', '座',
  '条', '件', '套', '张', '只', '头', '棵', '株', '间', '栋', '幢', '位', '篇', '场', '届', '宗', '艘',
  '架', '部', '部门', '本', '册', '份', '种', '类', '支', '起', '例', '片', '枚', '根', '盏', '床',
  '双', '对', '羽', '尾', '孔', '眼', '幅', '层', '轮', '节', '首', '门', '匹', '颗', '块',
] as const;

/** Words a classifier commonly starts that are not counts: 3人民, 2家长, 5次方, 3处理. */
const COUNT_NOT_BEFORE: Readonly<Partial<Record<string, string>>> = {
  人: '民才员工口',
  家: '长庭乡属',
  次: '方级要序',
  处: '理置罚于在',
  所: '有属在得以谓',
  位: '于置',
  部: '分署位门',
  头: '脑条',
  本: '项次地届级身市县',
  间: '接',
  种: '植养子',
  类: '似型别',
  条: '件例款',
  件: '事',
  支: '持出付撑',
  起: '来草点步',
  例: '如',
  名: '称单义',
  片: '区',
  场: '所地景',
  双: '方向边语重赢创层轨休胞',
  // 对 is also the preposition (2025对县域…): not before the words it commonly governs.
  对: '于象应比接称策外口照待话抗立等路标齐县市区省乡镇村全各本我其此该这每重新在',
  羽: '毛绒翼',
  尾: '气声巴部款矿随',
  孔: '隙径洞',
  眼: '前光界镜睛',
  幅: '度员',
  层: '次面级',
  轮: '胎换番流',
  节: '日约能点目省奏假制水',
  首: '都府先次批位页',
  门: '口户槛诊票类店窗',
  匹: '配敌',
  颗: '粒',
  块: '状头儿',
};

/** [written form, info] — order does not matter, matching is longest-first. */
const ENTRIES: ReadonlyArray<readonly [string, UnitInfo]> = [
  // money
  ...(['元', '人民币', '元人民币'] as const).map((w) => [w, { kind: 'money', unit: '元', notBefore: '化论素旦宵首帅老件代结' }] as const),
  ['美元', { kind: 'money', unit: '美元' }],
  ['欧元', { kind: 'money', unit: '欧元' }],
  ['英镑', { kind: 'money', unit: '英镑' }],
  ['日元', { kind: 'money', unit: '日元' }],
  ['港元', { kind: 'money', unit: '港元' }],
  ['港币', { kind: 'money', unit: '港元' }],
  ['韩元', { kind: 'money', unit: '韩元' }],
  ['澳元', { kind: 'money', unit: '澳元' }],
  ['卢布', { kind: 'money', unit: '卢布' }],
  ['块钱', { kind: 'money', unit: '元' }],
  ['美圆', { kind: 'money', unit: '美元' }],
  ['美金', { kind: 'money', unit: '美元' }],
  ['美分', { kind: 'money', unit: '美元', factor: 0.01 }],
  ['日圆', { kind: 'money', unit: '日元' }],
  ['港圆', { kind: 'money', unit: '港元' }],
  ['台币', { kind: 'money', unit: '台币' }],
  ['新台币', { kind: 'money', unit: '台币' }],
  ['澳门元', { kind: 'money', unit: '澳门元' }],
  ['澳门币', { kind: 'money', unit: '澳门元' }],
  ['瑞士法郎', { kind: 'money', unit: '瑞士法郎' }],
  ['瑞郎', { kind: 'money', unit: '瑞士法郎' }],
  ['法郎', { kind: 'money', unit: '法郎' }],
  ['加元', { kind: 'money', unit: '加元' }],
  ['加拿大元', { kind: 'money', unit: '加元' }],
  ['澳大利亚元', { kind: 'money', unit: '澳元' }],
  ['新西兰元', { kind: 'money', unit: '新西兰元' }],
  ['新加坡元', { kind: 'money', unit: '新加坡元' }],
  ['卢比', { kind: 'money', unit: '卢比' }],
  ['泰铢', { kind: 'money', unit: '泰铢' }],
  ['林吉特', { kind: 'money', unit: '林吉特' }],
  ['越南盾', { kind: 'money', unit: '越南盾' }],
  ['印尼盾', { kind: 'money', unit: '印尼盾' }],
  ['比索', { kind: 'money', unit: '比索' }],
  ['兰特', { kind: 'money', unit: '兰特' }],
  ['克朗', { kind: 'money', unit: '克朗' }],
  ['里拉', { kind: 'money', unit: '里拉' }],
  ['奈拉', { kind: 'money', unit: '奈拉' }],
  ['比特币', { kind: 'money', unit: '比特币' }],
  // percent
  ['%', { kind: 'percent', unit: '%' }],
  ['％', { kind: 'percent', unit: '%' }],
  ['‰', { kind: 'percent', unit: '%', factor: 0.1 }],
  ['个百分点', { kind: 'percent', unit: '个百分点' }],
  ['百分点', { kind: 'percent', unit: '个百分点' }],
  ['成', { kind: 'percent', unit: '%', factor: 10, notBefore: '员立为果本绩熟功效就都交型长片批套品年人千万亿倍分' }],
  // 折 (a discount: 75折, 九折 = paying 75 %, 90 %) is read by match-quantity.ts, not here.
  ['°C', { kind: 'measure', unit: '℃' }],
  ['°c', { kind: 'measure', unit: '℃' }],
  // area
  ['亩', { kind: 'measure', unit: '亩' }],
  ['公顷', { kind: 'measure', unit: '公顷' }],
  ['平方米', { kind: 'measure', unit: '平方米' }],
  ['平米', { kind: 'measure', unit: '平方米' }],
  ['㎡', { kind: 'measure', unit: '平方米' }],
  ['m²', { kind: 'measure', unit: '平方米' }],
  ['m2', { kind: 'measure', unit: '平方米' }],
  ['平方公里', { kind: 'measure', unit: '平方公里' }],
  ['平方千米', { kind: 'measure', unit: '平方公里' }],
  ['km²', { kind: 'measure', unit: '平方公里' }],
  ['km2', { kind: 'measure', unit: '平方公里' }],
  // length
  ['米', { kind: 'measure', unit: '米', notBefore: '饭粉酒面' }],
  ['公里', { kind: 'measure', unit: '公里' }],
  ['千米', { kind: 'measure', unit: '公里' }],
  ['km', { kind: 'measure', unit: '公里' }],
  ['厘米', { kind: 'measure', unit: '厘米' }],
  ['毫米', { kind: 'measure', unit: '毫米' }],
  ['延米', { kind: 'measure', unit: '延米' }],
  ['m', { kind: 'measure', unit: '米' }],
  ['公分', { kind: 'measure', unit: '厘米' }],
  ['cm', { kind: 'measure', unit: '厘米' }],
  ['CM', { kind: 'measure', unit: '厘米' }],
  ['mm', { kind: 'measure', unit: '毫米' }],
  ['公厘', { kind: 'measure', unit: '毫米' }],
  ['微米', { kind: 'measure', unit: '微米' }],
  ['纳米', { kind: 'measure', unit: '纳米' }],
  ['海里', { kind: 'measure', unit: '海里' }],
  ['英里', { kind: 'measure', unit: '英里' }],
  ['英尺', { kind: 'measure', unit: '英尺' }],
  ['英寸', { kind: 'measure', unit: '英寸' }],
  // volume, mass
  ['立方米', { kind: 'measure', unit: '立方米' }],
  ['立方', { kind: 'measure', unit: '立方米' }],
  ['m³', { kind: 'measure', unit: '立方米' }],
  ['m3', { kind: 'measure', unit: '立方米' }],
  ['升', { kind: 'measure', unit: '升', notBefore: '级高温学值' }],
  ['毫升', { kind: 'measure', unit: '毫升' }],
  ['吨', { kind: 'measure', unit: '吨' }],
  ['吨标准煤', { kind: 'measure', unit: '吨标准煤' }],
  ['千克', { kind: 'measure', unit: '千克' }],
  ['公斤', { kind: 'measure', unit: '千克' }],
  ['kg', { kind: 'measure', unit: '千克' }],
  ['克', { kind: 'measure', unit: '克', notBefore: '服' }],
  ['斤', { kind: 'measure', unit: '斤' }],
  ['毫克', { kind: 'measure', unit: '毫克' }],
  ['mg', { kind: 'measure', unit: '毫克' }],
  ['微克', { kind: 'measure', unit: '微克' }],
  ['ml', { kind: 'measure', unit: '毫升' }],
  ['mL', { kind: 'measure', unit: '毫升' }],
  // data, frequency, food energy
  ['比特', { kind: 'measure', unit: '比特', notBefore: '币' }],
  ['字节', { kind: 'measure', unit: '字节' }],
  ['千字节', { kind: 'measure', unit: '千字节' }],
  ['兆字节', { kind: 'measure', unit: '兆字节' }],
  ['吉字节', { kind: 'measure', unit: '吉字节' }],
  ['KB', { kind: 'measure', unit: '千字节' }],
  ['MB', { kind: 'measure', unit: '兆字节' }],
  // No GB: after a number it is as often the national standard (2019GB/T …).
  ['赫兹', { kind: 'measure', unit: '赫兹' }],
  ['千赫', { kind: 'measure', unit: '千赫' }],
  ['兆赫', { kind: 'measure', unit: '兆赫' }],
  ['兆赫兹', { kind: 'measure', unit: '兆赫' }],
  ['吉赫', { kind: 'measure', unit: '吉赫' }],
  ['Hz', { kind: 'measure', unit: '赫兹' }],
  ['MHz', { kind: 'measure', unit: '兆赫' }],
  ['GHz', { kind: 'measure', unit: '吉赫' }],
  ['千卡', { kind: 'measure', unit: '千卡' }],
  ['大卡', { kind: 'measure', unit: '千卡' }],
  ['吉瓦', { kind: 'measure', unit: '吉瓦' }],
  ['GW', { kind: 'measure', unit: '吉瓦' }],
  // energy, power, temperature
  ['千瓦', { kind: 'measure', unit: '千瓦' }],
  ['千瓦时', { kind: 'measure', unit: '千瓦时' }],
  ['kW', { kind: 'measure', unit: '千瓦' }],
  ['kWh', { kind: 'measure', unit: '千瓦时' }],
  ['兆瓦', { kind: 'measure', unit: '兆瓦' }],
  ['MW', { kind: 'measure', unit: '兆瓦' }],
  ['千伏', { kind: 'measure', unit: '千伏' }],
  ['千伏安', { kind: 'measure', unit: '千伏安' }],
  ['度电', { kind: 'measure', unit: '千瓦时' }],
  ['℃', { kind: 'measure', unit: '℃' }],
  ['摄氏度', { kind: 'measure', unit: '℃' }],
  ['倍', { kind: 'measure', unit: '倍' }],
  // durations
  ['年', { kind: 'measure', unit: '年', duration: true, notBefore: '级代度' }],
  ['个月', { kind: 'measure', unit: '个月', duration: true }],
  ['个季度', { kind: 'measure', unit: '个季度', duration: true }],
  ['天', { kind: 'measure', unit: '天', duration: true, notBefore: '然津' }],
  ['日', { kind: 'measure', unit: '日', duration: true }],
  ['个工作日', { kind: 'measure', unit: '个工作日', duration: true }],
  ['工作日', { kind: 'measure', unit: '个工作日', duration: true }],
  ['小时', { kind: 'measure', unit: '小时', duration: true }],
  ['个小时', { kind: 'measure', unit: '小时', duration: true }],
  ['分钟', { kind: 'measure', unit: '分钟', duration: true }],
  ['秒', { kind: 'measure', unit: '秒', duration: true }],
  ['周', { kind: 'measure', unit: '周', duration: true, notBefore: '年边围期转末' }],
  ['个星期', { kind: 'measure', unit: '周', duration: true }],
  // counts (classifiers)
  ...COUNT_CLASSIFIERS.map((w) => [w, { kind: 'count', unit: w, notBefore: COUNT_NOT_BEFORE[w] }] as const),
  ...(['批', '期'] as const).map((w) => [w, { kind: 'count', unit: w, arabicOnly: true }] as const),
  // 打 (a dozen) is far more often the verb (打造, 打击): Arabic numerals only, and guarded.
  ['打', { kind: 'count', unit: '打', arabicOnly: true, notBefore: '造击破开通响好算工印卡扫下出赢败假压进入赏捞拼牢' }],
];

const UNITS = new Map<string, UnitInfo>(ENTRIES.map(([w, info]) => [w, info]));

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** All unit forms, longest first, as one sticky alternation (个百分点 before 个, 千瓦时 before 千瓦). */
const UNIT_RE = new RegExp(
  `(?:${[...UNITS.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})`,
  'y',
);
/** ASCII units must not run on into a word (3kg but not 3kgs, 5m2 but not "5m2x"). */
const ASCII_TAIL = /[A-Za-z0-9]/;

export interface UnitMatch {
  /** The unit as written. */
  written: string;
  info: UnitInfo;
  end: number;
}

/**
 * The unit written at `pos`, longest form first; null when none, or when the next character
 * shows the unit is the start of another word (3年级, 一元化).
 */
export function matchUnitAt(text: string, pos: number): UnitMatch | null {
  UNIT_RE.lastIndex = pos;
  const m = UNIT_RE.exec(text);
  if (!m) return null;
  let written = m[0];
  // Longest-first alternation may overshoot a shorter unit whose guard is what fails
  // (3人次 vs 3人民): try the found form, then shorter prefixes that are units too.
  while (written.length > 0) {
    const info = UNITS.get(written);
    const end = pos + written.length;
    const next = text[end] ?? '';
    const blocked =
      info === undefined ||
      (info.notBefore !== undefined && next !== '' && info.notBefore.includes(next)) ||
      (/^[A-Za-z]/.test(written) && ASCII_TAIL.test(next));
    if (!blocked && info) return { written, info, end };
    written = written.slice(0, -1);
  }
  return null;
}

/** The table's entry for a written unit form; undefined when it is none. */
export function unitInfoOf(written: string): UnitInfo | undefined {
  return UNITS.get(written);
}

/** Units whose written form starts with a magnitude character: 千瓦, 千米, 千克, 千伏 … */
export function startsWithMagnitude(written: string): boolean {
  return /^[十百千万亿]/.test(written);
}

/** Currency signs written before the number: ￥100, $5. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  '￥': '元', '¥': '元', '$': '美元', '＄': '美元', '€': '欧元', '£': '英镑',
};
const CURRENCY_BY_CODE = new Map(Object.entries(CURRENCY_SIGNS).map(([sign, unit]) => [sign.charCodeAt(0), unit]));

/** CURRENCY_SIGNS[text[i]] by char code (no one-character string per call); undefined when none. */
export function currencySignAt(text: string, i: number): string | undefined {
  return CURRENCY_BY_CODE.get(text.charCodeAt(i));
}
