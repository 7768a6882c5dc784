/**
 * The reader's own categories of clips (数据 / 目标 / 措施 / 问题 by default), each with a
 * colour. The list is the reader's, kept in the extension's storage; a clip stores the
 * category's name (so an export names it in words, and renaming a category later does not
 * rewrite old clips). Pure: parsing and defaults only.
 */
export interface ReaderCategory {
  /** Shown on the chip and written into every export. */
  name: string;
  /** `#rrggbb`. */
  color: string;
}

export const DEFAULT_CATEGORIES: readonly ReaderCategory[] = [
  { name: '数据', color: '#1f77b4' },
  { name: '目标', color: '#2ca02c' },
  { name: '措施', color: '#ff7f0e' },
  { name: '问题', color: '#d62728' },
];

export const CATEGORY_NAME_MAX = 20;
export const CATEGORIES_MAX = 30;
const COLOR = /^#[0-9a-f]{6}$/i;

export type CategoriesResult = { ok: true; categories: ReaderCategory[] } | { ok: false; error: string };

/**
 * Checks a list the reader edited (or read back from storage): names trimmed, non-empty, at
 * most CATEGORY_NAME_MAX characters and unique; colours `#rrggbb` (lower-cased). A bad list is
 * refused with a message naming the first bad entry, never silently repaired.
 */
export function parseCategories(input: unknown): CategoriesResult {
  if (!Array.isArray(input)) return { ok: false, error: '分类应为列表' };
  if (input.length > CATEGORIES_MAX) return { ok: false, error: `分类过多（上限 ${CATEGORIES_MAX} 个）` };
  const categories: ReaderCategory[] = [];
  const seen = new Set<string>();
  for (const [i, item] of input.entries()) {
    const where = `第 ${i + 1} 个分类`;
    if (typeof item !== 'object' || item === null) return { ok: false, error: `${where}不是对象` };
    const { name, color } = item as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') return { ok: false, error: `${where}：名称不能为空` };
    const trimmed = name.trim();
    if (trimmed.length > CATEGORY_NAME_MAX) return { ok: false, error: `${where}：名称过长（上限 ${CATEGORY_NAME_MAX} 个字符）` };
    if (seen.has(trimmed)) return { ok: false, error: `${where}：名称「${trimmed}」重复` };
    if (typeof color !== 'string' || !COLOR.test(color)) return { ok: false, error: `${where}：颜色应如 #1f77b4` };
    seen.add(trimmed);
    categories.push({ name: trimmed, color: color.toLowerCase() });
  }
  return { ok: true, categories };
}

/** The colour of `name` in `categories`, or null for a category no longer in the list. */
export function categoryColor(categories: readonly ReaderCategory[], name: string | undefined): string | null {
  if (!name) return null;
  return categories.find((c) => c.name === name)?.color ?? null;
}

/**
 * The options page's text form of the list: one category a line, `名称 #rrggbb` (the colour
 * last, after a space). Blank lines are skipped; a line without a colour is refused.
 */
export function parseCategoryLines(text: string): CategoriesResult {
  const items: ReaderCategory[] = [];
  for (const [i, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const m = /^(.*\S)\s+(#[0-9a-fA-F]{6})$/u.exec(line);
    if (!m) return { ok: false, error: `第 ${i + 1} 行应为「名称 #颜色」，如「数据 #1f77b4」` };
    items.push({ name: m[1]!, color: m[2]! });
  }
  return parseCategories(items);
}

export function formatCategoryLines(categories: readonly ReaderCategory[]): string {
  return categories.map((c) => `${c.name} ${c.color}`).join('\n');
}

/**
 * The reader's categories in `browser.storage.local` under CATEGORIES_KEY, as
 * `ReaderCategory[]` (written only after parseCategories accepted it). An absent key means
 * the defaults; a value that no longer parses (hand-edited) also falls back to them, with a
 * warning, and is left in storage for the options page to show.
 */
export const CATEGORIES_KEY = 'categories';

export function readStoredCategories(value: unknown): ReaderCategory[] {
  if (value === undefined) return [...DEFAULT_CATEGORIES];
  const parsed = parseCategories(value);
  if (parsed.ok) return parsed.categories;
  console.warn('DocClip: stored categories are not valid, using the defaults:', parsed.error);
  return [...DEFAULT_CATEGORIES];
}
