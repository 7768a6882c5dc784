/**
 * fast-check arbitraries for the property tests (test/unit/property-*.test.ts): realistic pieces of
 * Chinese document-sharing pages — sentences of the seed document, numerals in every form, units,
 * clutter phrases, page markers — and hostile Unicode.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { findRemovals } from '../../../src/core/clean/find-removals';
import type { Removal } from '../../../src/core/types';

// A path, not new URL(…): under happy-dom the global URL is the DOM implementation's.
export const SEED_TEXT = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/seed/777doc-seed-page.txt'),
  'utf8',
);

/**
 * Sentences of the seed document's own text (the long body line), page markers taken out, split
 * after 。；！？. Only sentences that are clean on their own (findRemovals finds nothing) and hold
 * no slash are kept: they are document text by construction.
 */
export const DOC_SENTENCES: readonly string[] = (() => {
  const body = SEED_TEXT.split('\n').filter((l) => l.length > 500).join('');
  const unmarked = body.replace(/\d{1,4} ?\/ ?\d{1,4}/g, '');
  return unmarked
    .split(/(?<=[。；！？])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4 && s.length <= 160 && !/[/／]/.test(s) && findRemovals(s).length === 0);
})();

/** Clutter the sites wrap around a document (the seed's gold list and the other patterns' wording). */
export const CLUTTER_PHRASES: readonly string[] = [
  '整理文档很辛苦,赏杯茶钱您下走!',
  '免费阅读已结束,点击下载阅读编辑剩下 ...',
  '阅读已结束,您可以下载文档离线阅读编辑',
  '资源描述',
  '【范文参考】此篇精选办公资料“组织部生态保护研讨发言”由三一刀客网友为您整理分享,供您写作参考之用,希望对您有所帮助,喜欢就下载使用吧!',
  '下载文档,编辑使用',
  '©2015-2020 m.777doc.com 三七文档.',
  '备案号:鲁ICP备2024069028号-1',
  '客服联系 QQ:2149211541',
  '保存成功',
  '×',
  '还剩 5 页未读,继续阅读',
  '本资源只提供3页预览,全部文档请下载后查看!喜欢就下载吧,查找使用更方便!',
  '精选学习资料 - - - - - - - - -',
  '名师归纳总结 - - - - - - -',
  'www.renrendoc.com',
  '京ICP证030173号',
  '客服电话:400-123-4567',
  '上传人:张三  上传时间:2023-05-01 10:20',
  '第 1 页,共 20 页',
  '加载更多',
  '立即下载 VIP免费下载',
  '首页 > 办公文档 > 总结',
  '可编辑资料 - - - 欢迎下载',
  '本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领。',
];

const CHINESE_DIGITS = '零一二三四五六七八九';
const CAPITAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

/** n (0 ≤ n < 10^8) written with Chinese digits and units: 30500 → 三万零五百. */
export function toChineseNumeral(n: number, capitals = false): string {
  const digits = capitals ? CAPITAL_DIGITS : CHINESE_DIGITS;
  const units = capitals ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千'];
  const four = (x: number): string => {
    let out = '';
    let zero = false;
    for (let p = 3; p >= 0; p--) {
      const d = Math.floor(x / 10 ** p) % 10;
      if (d === 0) {
        zero = out.length > 0;
        continue;
      }
      if (zero) out += digits[0];
      zero = false;
      out += digits[d]! + units[p]!;
    }
    return out;
  };
  if (n === 0) return digits[0]!;
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = high > 0 ? `${four(high)}万` : '';
  if (low > 0) out += (high > 0 && low < 1000 ? digits[0] : '') + four(low);
  return out;
}

const toFullWidth = (s: string) => s.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const UNITS = [
  '元', '万元', '亿元', '美元', '亩', '万亩', '%', '％', '个百分点', '平方米', '公里', '台', '家', '人', '吨',
  '千瓦', '年', '月', '日', '个月', '小时', '口', '倍', '国道', '号', '页', '',
];

/** A number in one of the forms reports use. */
export const numeralArb: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 99_999_999 }).map(String),
  fc.tuple(fc.nat({ max: 9999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.nat({ max: 99_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.nat({ max: 99_999 }).map((n) => toFullWidth(String(n))),
  fc.nat({ max: 99_999_999 }).map((n) => toChineseNumeral(n)),
  fc.nat({ max: 99_999_999 }).map((n) => toChineseNumeral(n, true)),
  fc.constantFrom('百分之八十', '千分之一', '两', '三万', '1.5亿', '3万4000', '20xx', '二〇二三', '廿', '十几', '3-5', '2021—2025'),
);

/** A number with a unit, sometimes with an approximation word. */
export const figureArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', '约', '近', '超过', '不低于'), numeralArb, fc.constantFrom(...UNITS), fc.constantFrom('', '', '以上', '左右', '多'))
  .map(([a, n, u, b]) => a + n + u + b);

/** A marker as a site writes it. */
export const markerText = (k: number, n: number, form: number): string =>
  [`${k}/${n}`, `${k} / ${n}`, `${k}／${n}`, `第${k}页共${n}页`][form % 4]!;

/** Characters that stress string handling: surrogate pairs (and lone halves), bidi marks, zero-width. */
export const WEIRD_UNICODE = [
  '\u200b', '\u200c', '\u200d', '\ufeff', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069', '😀', '𠀀', '𪚥',
  '\ud83d', '\ude00', '\u00a0', '\u3000', '\r\n', '\r', '\t', '\u2028', '\u0301', 'مرحبا', '١٢٣', '\u0000', '\\', '$&',
];

export const unicodeArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...WEIRD_UNICODE),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

/** Long runs that would expose quadratic scans. */
export const LONG_LINES = [
  ' '.repeat(4000), '\u3000'.repeat(2000), 'a'.repeat(4000), '经'.repeat(4000), '1'.repeat(3000),
  '1/2'.repeat(600), '-'.repeat(3000), '\n'.repeat(1500), '1、经'.repeat(500), '约'.repeat(2000),
  '第'.repeat(1000), '万'.repeat(1000), 'ICP'.repeat(500), '客服'.repeat(500), ',,'.repeat(1000),
];

/** A substring of the seed page (any cut, including inside a word or a marker). */
export const seedFragmentArb: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: SEED_TEXT.length - 1 }), fc.integer({ min: 1, max: 60 }))
  .map(([at, len]) => SEED_TEXT.slice(at, at + len));

/** One piece of a hostile page text. */
export const pieceArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DOC_SENTENCES) },
  { weight: 3, arbitrary: seedFragmentArb },
  { weight: 3, arbitrary: figureArb },
  { weight: 2, arbitrary: fc.constantFrom(...CLUTTER_PHRASES) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.nat()).map(([k, n, f]) => markerText(k, n, f)),
  },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', ' ', '。', ',', '、', '(', ')', '“', '”', '《', '》', '确保', '力争', '目标', '到2025年') },
  { weight: 2, arbitrary: unicodeArb },
  { weight: 1, arbitrary: fc.constantFrom(...LONG_LINES) },
);

/** A page text made of pieces. */
export const pageTextArb: fc.Arbitrary<string> = fc.array(pieceArb, { maxLength: 24 }).map((parts) => parts.join(''));

/** Checks the span contract shared by every finder: sorted, non-overlapping, in range, text = slice. */
export function expectValidSpans(text: string, spans: ReadonlyArray<{ start: number; end: number; text: string }>, where: string): void {
  let last = 0;
  for (const s of spans) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end))) throw new Error(`${where}: non-integer offsets ${s.start}..${s.end}`);
    if (s.start < last) throw new Error(`${where}: span ${s.start}..${s.end} overlaps or is out of order (previous end ${last})`);
    if (s.end <= s.start) throw new Error(`${where}: empty or reversed span ${s.start}..${s.end}`);
    if (s.end > text.length) throw new Error(`${where}: span ${s.start}..${s.end} beyond text length ${text.length}`);
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`${where}: text ${JSON.stringify(s.text)} ≠ slice ${JSON.stringify(text.slice(s.start, s.end))}`);
    last = s.end;
  }
}

/** `text` with the spans deleted. */
export function deleteSpans(text: string, spans: ReadonlyArray<Pick<Removal, 'start' | 'end'>>): string {
  let out = '';
  let pos = 0;
  for (const s of spans) {
    out += text.slice(pos, s.start);
    pos = s.end;
  }
  return out + text.slice(pos);
}
