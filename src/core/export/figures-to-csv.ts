import type { Clip } from '../types';
import { formatCsv } from './format-csv';

/** Columns of `figuresToCsv` (tidy data: one observation per row, for pandas). */
export const FIGURES_CSV_HEADER = [
  'clipId', 'text', 'kind', 'value', 'unit', 'approx', 'rangeFrom', 'rangeTo', 'docTitle', 'url', 'createdAt',
] as const;

/**
 * One row per figure of each clip's `figures` (not those repeated inside `targets`), clips in
 * the order given, figures in text order. `value` is a number or empty (unresolved, e.g.
 * 20xx年); `rangeFrom`/`rangeTo` are filled only for a range (3-5万元). A clip without
 * figures contributes no row.
 */
export function figuresToCsv(clips: readonly Clip[]): string {
  const rows = clips.flatMap((c) =>
    c.figures.map((f) => [
      c.id, f.text, f.kind, f.value, f.unit, f.approx ?? null,
      f.range?.from ?? null, f.range?.to ?? null, c.docTitle, c.url, c.createdAt,
    ]),
  );
  return formatCsv(FIGURES_CSV_HEADER, rows);
}
