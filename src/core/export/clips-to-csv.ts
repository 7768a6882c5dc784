import type { Clip } from '../types';
import { formatCsv } from './format-csv';

/** Columns of `clipsToCsv`, named as the JSON export names the fields. */
export const CLIPS_CSV_HEADER = ['id', 'text', 'docTitle', 'site', 'url', 'page', 'tags', 'note', 'category', 'createdAt'] as const;

/**
 * One row per clip, in the order given (see format-csv.ts for quoting, BOM and the formula
 * guard). Tags are joined with ';'; a null page and a clip without category are empty cells.
 */
export function clipsToCsv(clips: readonly Clip[]): string {
  return formatCsv(
    CLIPS_CSV_HEADER,
    clips.map((c) => [c.id, c.text, c.docTitle, c.site, c.url, c.page, c.tags.join(';'), c.note, c.category ?? '', c.createdAt]),
  );
}
