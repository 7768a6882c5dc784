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
