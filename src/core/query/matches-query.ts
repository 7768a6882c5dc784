import type { Clip } from '../types';

/**
 * The library's search, as pure functions over clips (the store applies them to Dexie rows;
 * tests run them without a database).
 */
export interface ClipQuery {
  /**
   * Substring search over text, note, docTitle and tags. No word segmentation: `碳排放`
   * finds 碳排放量. Whitespace separates terms, and every term must occur (in any of the
   * fields). Latin is case-insensitive and full-width forms match half-width (NFKC).
   */
  text?: string;
  /** Site profile id, exact (`777doc`). */
  site?: string;
  /** One tag, exact. */
  tag?: string;
  /** The reader's category (Clip.category), exact. */
  category?: string;
  /**
   * Bounds on `createdAt`, compared as UTC ISO strings at the precision given, both
   * inclusive: `from: '2026-11-01'` starts at that UTC day, `to: '2026-11-30'` includes the
   * whole of that UTC day. For a local day, pass full ISO instants.
   */
  from?: string;
  to?: string;
  /** `newest` (default) / `oldest` by createdAt; `title` by docTitle (pinyin order), then oldest first. */
  sort?: 'newest' | 'oldest' | 'title';
  limit?: number;
  offset?: number;
}

/** Lower-cased NFKC form used on both sides of a text comparison. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The non-empty, normalised terms of `query.text` ([] when there is nothing to search). */
export function searchTerms(text: string | undefined): string[] {
  return text ? normalizeForSearch(text).split(/\s+/u).filter((t) => t !== '') : [];
}

/** True when `clip` passes every filter of `query` (sort, limit and offset are ignored). */
export function matchesQuery(clip: Clip, query: ClipQuery): boolean {
  if (!matchesFields(clip, query)) return false;
  const terms = searchTerms(query.text);
  return terms.length === 0 || haystackHasTerms(clipHaystack(clip), terms);
}

/** The fields the non-text filters read (site, tag, category, date range). */
export interface FilterFields {
  site: string;
  tags: readonly string[];
  category?: string;
  createdAt: string;
}

/** True when `clip` passes the site, tag, category and date filters of `query` (its text is not looked at). */
export function matchesFields(clip: FilterFields, query: ClipQuery): boolean {
  if (query.site !== undefined && query.site !== '' && clip.site !== query.site) return false;
  if (query.tag !== undefined && query.tag !== '' && !clip.tags.includes(query.tag)) return false;
  if (query.category !== undefined && query.category !== '' && clip.category !== query.category) return false;
  if (query.from && clip.createdAt < query.from) return false;
  if (query.to && clip.createdAt.slice(0, query.to.length) > query.to) return false;
  return true;
}

/**
 * The normalised text a search looks in: text, note, docTitle and tags, one a line (a term
 * has no whitespace, so it never spans two fields). The search index keeps this string per
 * clip, so that it normalises each clip once instead of once per query.
 */
export function clipHaystack(clip: Pick<Clip, 'text' | 'note' | 'docTitle'> & { tags: readonly string[] }): string {
  return normalizeForSearch([clip.text, clip.note, clip.docTitle, ...clip.tags].join('\n'));
}

/** True when every one of `terms` (from searchTerms) occurs in `haystack` (from clipHaystack). */
export function haystackHasTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}

const titleCollator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** The order of document titles in sort 'title': Han by pinyin, numbers by value. */
export function compareTitles(a: string, b: string): number {
  return titleCollator.compare(a, b);
}

/** The comparator for `query.sort`; ties broken by id so the order is total and stable. */
export function compareClips(sort: ClipQuery['sort'] = 'newest'): (a: Clip, b: Clip) => number {
  const byId = (a: Clip, b: Clip) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const oldest = (a: Clip, b: Clip) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : byId(a, b));
  switch (sort) {
    case 'oldest':
      return oldest;
    case 'title':
      return (a, b) => compareTitles(a.docTitle, b.docTitle) || oldest(a, b);
    case 'newest':
      return (a, b) => -oldest(a, b);
  }
}

/** Filters, sorts and pages an array of clips exactly as `searchClips` does the table. */
export function applyQuery(clips: readonly Clip[], query: ClipQuery): Clip[] {
  const offset = Math.max(0, query.offset ?? 0);
  const end = query.limit === undefined ? undefined : offset + Math.max(0, query.limit);
  return clips.filter((c) => matchesQuery(c, query)).sort(compareClips(query.sort)).slice(offset, end);
}
