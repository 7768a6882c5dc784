import type { Removal } from '../types';
import { matchInline, type InlinePattern } from './inline-clutter-patterns';
import { escapeRegExp, splitLines, trimmedSpan } from './text-lines';

/**
 * The site's own name standing alone on a line ("三一办公", "冰点文库") — the logo of the page's
 * header. A name is learnt from the page itself, from wordings only a site uses about itself:
 * "欢迎来到X!", "X,欢迎您!", "首页 X > …", "以下是X的小编", "X仅提供信息存储空间", "请在X上搜索". A line
 * that is exactly that name, or the name and a short slogan after a dash ("X - 公文范文大全"), then
 * goes (reason 'navigation'); a sentence that mentions it stays.
 * Returns [] when no line is such a name.
 */
const NAME = '([\\u4e00-\\u9fa5A-Za-z0-9]{2,10})';
const SOURCES = [
  new RegExp(`(?:欢迎(?:来到|光临|访问)|歡迎(?:來到|光臨|訪問))${NAME}[!！]`, 'g'),
  new RegExp(`^\\s*首页\\s+${NAME}\\s*[>»›＞]`, 'gm'),
  new RegExp(`(?:以下|下面)是[®#]?${NAME}的小[编編]`, 'g'),
  new RegExp(`请在${NAME}上搜索`, 'g'),
  new RegExp(`^\\s*${NAME}[,，]\\s?欢迎您[!！]`, 'gm'),
];

/**
 * "X仅提供信息存储空间", found from its literal and extended backwards (matchInline) rather than
 * tried at every position of the page (a class run of up to 10 first): the same matches.
 */
const STORAGE_LITERAL = '仅提供信息存储空间';
export const STORAGE_NOTICE: InlinePattern = { reason: 'navigation', pattern: new RegExp(STORAGE_LITERAL, 'g'), lead: { pattern: new RegExp(`${NAME}$`), maxChars: 10 } };

/** The name with its slogan after a dash or bar: "某某文库 - 公文范文大全" (the header's logo and tagline). */
const SLOGAN = '(?:\\s{0,2}[-—_|｜]{1,2}\\s{0,2}[^\\s。，,！!？?；;]{2,16})?';

/**
 * Names that document-sharing and 范文 sites print as their logo line, known beforehand (as the
 * domains of inline-clutter-patterns.ts are): a page that names itself nowhere else still loses
 * its logo. Only such sites' names; a line is taken only when it is exactly the name.
 */
const KNOWN_NAMES = ['原创力文档', '人人文库', '道客巴巴', '豆丁网', '冰点文库', '三一办公', '装配图网', '淘文阁', '163文库', '咨信网', '第一文档网', '起点作文网'];

export function findSiteNames(text: string): Removal[] {
  const names = new Set<string>(KNOWN_NAMES);
  for (const source of SOURCES) for (const m of text.matchAll(source)) names.add(m[1]!);
  for (const m of matchInline(text, STORAGE_NOTICE)) names.add(m.text.slice(0, -STORAGE_LITERAL.length));
  const line = new RegExp(`^(?:${[...names].map(escapeRegExp).join('|')})${SLOGAN}$`);
  const found: Removal[] = [];
  for (const l of splitLines(text).map(trimmedSpan)) {
    if (l.text.length > 0 && line.test(l.text)) found.push({ start: l.start, end: l.end, reason: 'navigation', text: l.text });
  }
  return found;
}
