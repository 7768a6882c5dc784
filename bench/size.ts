import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Target 5, size: what every matched page loads — the manifest's content-script loader, the
 * chunk it imports and that chunk's static imports (followed transitively), plus the content
 * stylesheet — raw and gzipped (zlib level 9). Also whether the figures panel and the fallback
 * painter are in that eager code (they should load only when used), and the parts loaded on
 * first use (src/content/content-parts.ts), each on its own.
 */
export interface SizeReport {
  files: Array<{ file: string; bytes: number; gzip: number }>;
  parts: Array<{ file: string; bytes: number; gzip: number }>;
  totalBytes: number;
  totalGzip: number;
  panelEager: boolean;
  fallbackPainterEager: boolean;
}

export function measureContentScriptSize(dist: string): SizeReport {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const script = manifest.content_scripts[0];
  const seen = new Set<string>();
  const queue: string[] = [...script.js];
  const files: SizeReport['files'] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    const buf = Buffer.from(text);
    files.push({ file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
    // crxjs's loader imports the entry through chrome.runtime.getURL("…"); chunks import statically.
    for (const m of text.matchAll(/getURL\("([^"]+\.js)"\)/g)) queue.push(m[1]!);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of text.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) queue.push(dir + m[1]!.slice(2));
  }
  for (const css of script.css ?? []) {
    const buf = readFileSync(join(dist, css));
    files.push({ file: css, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  }
  const eager = files.filter((f) => f.file.endsWith('.js')).map((f) => readFileSync(join(dist, f.file), 'utf8')).join('\n');
  const partsDir = 'src/content/parts';
  const parts = existsSync(join(dist, partsDir))
    ? readdirSync(join(dist, partsDir)).filter((f) => f.endsWith('.js')).sort().map((f) => {
        const buf = readFileSync(join(dist, partsDir, f));
        return { file: `${partsDir}/${f}`, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
      })
    : [];
  return {
    files,
    parts,
    totalBytes: files.reduce((n, f) => n + f.bytes, 0),
    totalGzip: files.reduce((n, f) => n + f.gzip, 0),
    panelEager: eager.includes('data-docclip-panel'),
    fallbackPainterEager: eager.includes('data-docclip-mark'),
  };
}

/**
 * Issue 11: the content script every page loads stays as small as before the drawn-page readers
 * (65.3 KiB gzip at 1ab1b47, with the OCR already a part): the readers' code loads only when used.
 */
export const EAGER_GZIP_LIMIT = 65 * 1024;

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Target 5's row of the summary table (bench/report.ts; rewritten alone by bench/size-only.ts). */
export function sizeRow(size: SizeReport): string[] {
  const lazy = !size.panelEager && !size.fallbackPainterEager;
  const small = size.totalGzip <= EAGER_GZIP_LIMIT;
  const missed = [!lazy ? 'panel or fallback painter in the eager chunk' : '', !small ? `over ${kib(EAGER_GZIP_LIMIT)}` : ''].filter(Boolean).join('; ');
  return [
    '5',
    'content script loaded by every matched page (gzip -9)',
    `≤ ${kib(EAGER_GZIP_LIMIT)} gz (issue 11); panel and fallback painter lazy`,
    `${kib(size.totalGzip)} gz`,
    `${kib(size.totalBytes)} raw; panel eager: ${size.panelEager ? 'yes' : 'no'}, fallback painter eager: ${size.fallbackPainterEager ? 'yes' : 'no'}`,
    lazy && small ? 'met' : `**missed** (${missed})`,
  ];
}

/** The files every page loads, then the parts loaded on first use. */
export function sizeTable(size: SizeReport): string {
  return [
    '| file (loaded by every matched page) | bytes | gzip |',
    '|---|---|---|',
    ...size.files.map((f) => `| ${f.file} | ${f.bytes} | ${f.gzip} |`),
    '',
    '| part loaded on first use (src/content/content-parts.ts) | bytes | gzip |',
    '|---|---|---|',
    ...size.parts.map((f) => `| ${f.file} | ${f.bytes} | ${f.gzip} |`),
  ].join('\n');
}
