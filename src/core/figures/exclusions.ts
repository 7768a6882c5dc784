/**
 * Numerals that are not figures: identifiers, ordinals, slogans, page markers.
 * Each check looks only a few characters around the numeral, so the scan stays linear.
 *
 * What is *not* here because it needs no rule: a numeral with no unit after it is never a
 * figure (except a bare 15亿), so section numbers (一、, (三), 2.1, 1、), 一是/二是, 一要,
 * 两会, 两化, 三线, 一号工程 and document numbers (国发〔2021〕4号) fall out on their own.
 */

/**
 * Set phrases that start with a numeral and would otherwise read as counts or measures
 * (三个文明 → 3个, 两个一百年 → 100年, 一亩三分地 → 1亩). Political slogans of the kind
 * reports quote, and idioms with a classifier after the numeral.
 */
const SET_PHRASES = [
  '三个代表', '三个文明', '三个务必', '三个必须', '三个有利于', '两个维护', '两个确立', '两个一百年', '两个大局',
  '两个毫不动摇', '四个意识', '四个自信', '四个全面', '四个服从', '五位一体', '一带一路', '一国两制', '两学一做',
  '三严三实', '八项规定', '一岗双责', '三重一大', '一票否决', '一把手', '一刀切', '一站式', '一条龙', '一揽子',
  '一系列', '一体化', '一成不变', '一心一意', '三心二意', '四面八方', '五湖四海', '十全十美', '一举两得',
  '三番五次', '一次性', '两手抓', '一亩三分地', '千家万户', '千方百计', '万无一失', '一五一十', '七上八下',
  '一年四季', '一日三餐', '三天两头', '一朝一夕', '一时一刻', '一点一滴', '一人一档', '一村一品', '一事一议',
  '一户一档', '一河一策', '一企一策', '一园一策', '一号文件', '三农', '三公经费', '六稳六保', '两不愁三保障', '十万火急', '一百个放心', '一波三折', '七折八扣',
].sort((a, b) => b.length - a.length);
const SET_PHRASE_AT = new RegExp(`(?:${SET_PHRASES.join('|')})`, 'y');

/** Opening quotes: a short quoted phrase that starts with a Chinese numeral is a slogan (“三线”). */
const OPEN_QUOTE = /[“"「『‘《]/y;
const QUOTED_SLOGAN = /[零〇一二两三四五六七八九十百千万][^”"」』’》\n]{0,7}[”"」』’》]/y;

/** Identifier keywords right before the digits: QQ:2149211541, 鲁ICP备2024069028号, 电话 0731… */
const ID_KEYWORD =
  /(?:QQ|qq|Q Q|电话|手机|座机|传真|热线|邮编|邮政编码|ICP备?|备案号?|编号|卷号|代码|账号|帐号|身份证号?|证号|工号|学号|微信|Tel|TEL|tel|No\.?|NO\.?)[:：\s]*$/;
const ID_LOOKBEHIND = 10;
/** ASCII letters (maybe across one . - _ / @) before the digits: G320, PM2.5, m.777doc, S-203. */
const LETTER_BEFORE = /[A-Za-z][.\-_/@]?$/;
/** Standard numbers written with a space: GB/T 50378-2019, HJ 2.2-2018, ISO 14001. */
const STANDARD_BEFORE = /(?:GB|HJ|DB|JGJ|CJJ|CJ|DL|SL|NY|HG|JB|QB|YY|ISO|IEC)(?:\d*)?(?:\/[TZ])?\s$/;
/** After the digits: a road (320国道, 209国、), a line, an address number. */
const ROAD_AFTER = /(?:国道|省道|县道|乡道|专用道|国(?=[、，,\s和与及])|号线|号公路|路段|线路)/y;
/** k/N page markers and fractions (7/20, 3 / 20): digits with a slash on either side. */
const SLASH_BEFORE = /\d\s?[/／]\s?$/;
const SLASH_AFTER = /\s?[/／]\s?\d/y;
/**
 * Quick gates: the last character before the numeral must be one LETTER_BEFORE,
 * STANDARD_BEFORE or ID_KEYWORD can end with (a letter, a separator, white space, a colon or
 * a keyword's last character), resp. one SLASH_BEFORE can end with; else they cannot match.
 */
const ID_LAST = /[A-Za-z.．\-_/@\s:：话机真线编码备案号证信]/y;
const SLASH_LAST = /[/／\s]/y;
const DI = '第'.charCodeAt(0);
const HYPHEN = '-'.charCodeAt(0);
const ZERO = '0'.charCodeAt(0);

/** Whether the character at `i` is in the one-character sticky class `re` (no substring). */
function charIs(re: RegExp, norm: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(norm);
}

/**
 * When a set phrase or quoted slogan starts at `pos`, the index to resume scanning after it;
 * -1 otherwise.
 */
export function setPhraseEndAt(norm: string, pos: number): number {
  SET_PHRASE_AT.lastIndex = pos;
  const m = SET_PHRASE_AT.exec(norm);
  if (m) return pos + m[0].length;
  if (pos > 0 && charIs(OPEN_QUOTE, norm, pos - 1)) {
    QUOTED_SLOGAN.lastIndex = pos;
    const q = QUOTED_SLOGAN.exec(norm);
    if (q) return pos + q[0].length;
  }
  return -1;
}

/** A site's upload or update stamp before a numeric date (上传时间:2022-03-27): the page's metadata, not the document's. */
const STAMP_BEFORE = /(?:(?:上[传傳]|[发發]布|更新|时间|日期|编辑|作者)[^\n:：]{0,6}[:：]|[发發]表于)\s*$/;
const NUMERIC_DATE_AHEAD = /\d{4}-\d{1,2}-\d{1,2}/y;
/** A numeric date with a clock time (2023-04-25 15:10:15): a post's or upload's timestamp. */
const TIMESTAMP_AHEAD = /\d{4}-\d{1,2}-\d{1,2}[ \u3000]+\d{1,2}:\d{2}/y;
/** A digit and a dot before the numeral: the last part of a section number (1.2.1所涉及). */
const SECTION_BEFORE = /\d[.．]$/;

/**
 * True when the numeral at [pos, end) is an identifier: phone, QQ, ICP, road, standard number,
 * the last part of a section number, or the numeric date of an upload stamp.
 */
export function isIdentifierAt(norm: string, pos: number, end: number): boolean {
  if (isZeroPaddedAt(norm, pos, end)) return true;
  if (pos > 0 && charIs(ID_LAST, norm, pos - 1)) {
    const before = norm.slice(Math.max(0, pos - ID_LOOKBEHIND), pos);
    if (LETTER_BEFORE.test(before) || STANDARD_BEFORE.test(before) || ID_KEYWORD.test(before)) return true;
    if (SECTION_BEFORE.test(before)) return true;
    NUMERIC_DATE_AHEAD.lastIndex = pos;
    if (NUMERIC_DATE_AHEAD.test(norm) && STAMP_BEFORE.test(norm.slice(Math.max(0, pos - 14), pos))) return true;
  }
  if (norm.charCodeAt(pos + 4) === HYPHEN) {
    TIMESTAMP_AHEAD.lastIndex = pos;
    if (TIMESTAMP_AHEAD.test(norm)) return true;
  }
  ROAD_AFTER.lastIndex = end;
  return ROAD_AFTER.test(norm);
}

/**
 * Three or more digits with a leading zero (00001, 007): a serial number padded to a width,
 * never an amount (案卷号00001日期 is not 1日). Two digits stay (05月, 08日 in dates).
 */
function isZeroPaddedAt(norm: string, pos: number, end: number): boolean {
  return end - pos >= 3 && norm.charCodeAt(pos) === ZERO && isDigit(norm.charCodeAt(pos + 1)) && isDigit(norm.charCodeAt(pos + 2));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when the numeral is preceded by 第 (第二污水处理厂, 第三章, 第一副组长). */
export function isOrdinalAt(norm: string, pos: number): boolean {
  return pos > 0 && norm.charCodeAt(pos - 1) === DI;
}

/** True when the numeral at [pos, end) sits next to a slash and digits (page marker k/N, 1/3). */
export function isSlashNumberAt(norm: string, pos: number, end: number): boolean {
  if (pos > 0 && charIs(SLASH_LAST, norm, pos - 1) && SLASH_BEFORE.test(norm.slice(Math.max(0, pos - 4), pos))) return true;
  SLASH_AFTER.lastIndex = end;
  return SLASH_AFTER.test(norm);
}

/**
 * A URL: scheme:// or www., up to white space, quotes, angle brackets or CJK text; or a run of
 * two or more percent escapes (%E4%B8%AD), the tail of a URL copied without its start.
 */
const URL = /(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.)[^\s"'<>\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+|(?:%[0-9A-Fa-f]{2}){2,}/g;

/**
 * The URLs of the text as [start0, end0, start1, end1, …], in order; [] when none (the common
 * case costs a few indexOf scans). Percent escapes (a%20b, %E4%B8%AD) are not percentages.
 */
export function urlRanges(norm: string): number[] {
  if (norm.indexOf('://') < 0 && norm.indexOf('www.') < 0 && !hasPercentEscapes(norm)) return [];
  const ranges: number[] = [];
  URL.lastIndex = 0;
  for (let m = URL.exec(norm); m !== null; m = URL.exec(norm)) ranges.push(m.index, m.index + m[0].length);
  return ranges;
}

/** Whether `%XX%` (two escapes in a row) occurs; a cheap gate for urlRanges. */
function hasPercentEscapes(norm: string): boolean {
  for (let i = norm.indexOf('%'); i >= 0 && i + 3 < norm.length; i = norm.indexOf('%', i + 1)) {
    if (norm.charCodeAt(i + 3) === 0x25 && isHex(norm.charCodeAt(i + 1)) && isHex(norm.charCodeAt(i + 2))) return true;
  }
  return false;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
