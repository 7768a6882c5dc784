/**
 * `YYYY-MM-DD` of `now` in the reader's local time zone: the day they see on their calendar,
 * not the UTC day (an export made at 07:00 in Beijing is named for that day, not the one before).
 */
export function localDateStamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole local calendar days from `earlier` to `later` (negative when `later` is the earlier
 * day). Counted on the calendar dates, so a day of 23 or 25 hours (a DST change) is one day.
 */
export function localDaysBetween(earlier: Date, later: Date): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS;
  return day(later) - day(earlier);
}
