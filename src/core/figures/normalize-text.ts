/**
 * The text the recogniser reads: the page text with full-width digits made ASCII (and "，"
 * between them a thousands separator), and the
 * traditional characters of figures made simplified (萬→万, 個→个, 臺幣→台币, 噸→吨, 點→点 …),
 * one UTF-16 unit for one, so every offset into it is an offset into the page text.
 *
 * Only characters whose simplified form is unambiguous and that occur in numerals, units,
 * approximation words or date words are mapped: a whole-text conversion is not needed for
 * figures and would cost time on every page. Figures keep the text as written (`text` is
 * sliced from the page text, not from this one).
 */
import { toHalfWidth } from './chinese-numerals';

/** traditional → simplified, pairwise. */
const PAIRS =
  '個个點点萬万億亿兩两臺台幣币頃顷噸吨釐厘對对雙双場场間间項项輛辆棟栋隻只頭头戶户處处條条張张' +
  '種种類类屆届門门歲岁週周鐘钟時时號号圓圆鎊镑盧卢韓韩歐欧貳贰參叁陸陆畝亩餘余約约達达將将過过' +
  '標标準准節节層层輪轮顆颗塊块錢钱際际撥拨資资額额較较長长歷历';

const FULL_WIDTH_GROUP = /[０-９]，[０-９]/;
const FULL_WIDTH_SEPARATOR = /(?<=[０-９])，(?=[０-９]{3})/g;

const TABLE = new Uint16Array(0x10000);
for (let i = 0; i + 1 < PAIRS.length; i += 2) TABLE[PAIRS.charCodeAt(i)] = PAIRS.charCodeAt(i + 1);

/** `text` for the recogniser (see the module comment); the same string when nothing maps. */
export function normalizeText(text: string): string {
  // １，１２３: between full-width digits, "，" is a thousands separator (read-number.ts).
  const grouped = FULL_WIDTH_GROUP.test(text) ? text.replace(FULL_WIDTH_SEPARATOR, ',') : text;
  const half = toHalfWidth(grouped);
  const n = half.length;
  let i = 0;
  while (i < n && TABLE[half.charCodeAt(i)] === 0) i++;
  if (i === n) return half; // the common case: simplified text, no copy
  const codes = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const c = half.charCodeAt(k);
    codes[k] = TABLE[c] || c;
  }
  let out = '';
  const CHUNK = 8192;
  for (let k = 0; k < n; k += CHUNK) out += String.fromCharCode(...codes.subarray(k, Math.min(n, k + CHUNK)));
  return out;
}
