import type { ClipQuery } from '../core/query/matches-query';
import { localDayBounds } from './date-range';

/** What the library's filter bar holds, as the inputs give it ('' for "any"). */
export interface Filters {
  text: string;
  site: string;
  tag: string;
  category: string;
  /** Local days, YYYY-MM-DD. */
  from: string;
  to: string;
  sort: NonNullable<ClipQuery['sort']>;
}

export const NO_FILTERS: Filters = { text: '', site: '', tag: '', category: '', from: '', to: '', sort: 'newest' };

/** The ClipQuery of the filter bar: blank fields are left out, days become instants (see localDayBounds). */
export function queryFromFilters(filters: Filters): ClipQuery {
  const query: ClipQuery = { sort: filters.sort, ...localDayBounds(filters.from, filters.to) };
  const text = filters.text.trim();
  if (text !== '') query.text = text;
  if (filters.site !== '') query.site = filters.site;
  if (filters.tag !== '') query.tag = filters.tag;
  if (filters.category !== '') query.category = filters.category;
  return query;
}

/** True when the query narrows the list (sort, limit and offset do not). */
export function isFilteredQuery(query: ClipQuery): boolean {
  return Boolean(query.text || query.site || query.tag || query.category || query.from || query.to);
}
