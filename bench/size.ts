import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Target 5, size: what every matched page loads — the manifest's content-script loader, the
 * chunk it imports and that chunk's static imports (followed transitively), plus the content
 * stylesheet — raw and gzipped (zlib level 9). Also whether the figures panel and the fallback
 * painter are in that eager code (they should load only when used).
 */
export interface SizeReport {
  files: Array<{ file: string; bytes: number; gzip: number }>;
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
  return {
    files,
    totalBytes: files.reduce((n, f) => n + f.bytes, 0),
    totalGzip: files.reduce((n, f) => n + f.gzip, 0),
    panelEager: eager.includes('data-docclip-panel'),
    fallbackPainterEager: eager.includes('data-docclip-mark'),
  };
}
