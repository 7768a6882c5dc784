/**
 * RFC 4180 CSV, for spreadsheets (Excel, WPS) and pandas.
 *
 * - Records end with CRLF (also the last one); a field is quoted when it holds `"`, `,`, CR
 *   or LF, and `"` inside is doubled.
 * - The text starts with a UTF-8 byte-order mark: without it Excel reads UTF-8 as the local
 *   code page (GBK on Chinese Windows) and the Chinese is garbled; pandas drops the BOM.
 * - Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR;
 *   OWASP "CSV Injection") get a leading `'`. Numbers are written as numbers, unguarded, so a
 *   negative value stays a number.
 */
export type CsvCell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted and guarded as above; null is the empty cell. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of a header and rows (each row as long as the header), BOM first. */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`);
  return `\uFEFF${lines.join('')}`;
}
