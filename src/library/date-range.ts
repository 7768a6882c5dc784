import type { ClipQuery } from '../core/query/matches-query';

/**
 * The `from`/`to` of a ClipQuery for a range of local days, as `<input type="date">` gives them
 * (`YYYY-MM-DD`, or '' for no bound). ClipQuery compares UTC ISO strings, so each day becomes
 * full instants: `from` the local midnight that starts it, `to` the last millisecond of it.
 * A blank or malformed day gives no bound.
 */
export function localDayBounds(from: string, to: string): Pick<ClipQuery, 'from' | 'to'> {
  const bounds: Pick<ClipQuery, 'from' | 'to'> = {};
  const start = parseLocalDay(from, 0);
  const end = parseLocalDay(to, 1);
  if (start) bounds.from = start.toISOString();
  if (end) bounds.to = new Date(end.getTime() - 1).toISOString();
  return bounds;
}

/** Local midnight of `day` plus `addDays`, or null when `day` is not a real YYYY-MM-DD date. */
function parseLocalDay(day: string, addDays: number): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(year, month - 1, date);
  if (check.getFullYear() !== year || check.getMonth() !== month - 1 || check.getDate() !== date) return null;
  return new Date(year, month - 1, date + addDays);
}
