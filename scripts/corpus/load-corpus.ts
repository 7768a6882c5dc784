/**
 * Reads the real-page corpus (corpus/README.md): the committed manifest and labels, and the page
 * texts, which are not committed and may be absent.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageLabels } from './score-page';

export interface ManifestRow {
  file: string;
  url: string;
  site: string;
  characters: number;
  sha256: string;
  query: string;
}

export interface CorpusPage {
  row: ManifestRow;
  labels: PageLabels;
  /** The page text, or null when it is absent or differs from the manifest's sha256. */
  text: string | null;
  problem: 'absent' | 'changed' | null;
}

export const MANIFEST_COLUMNS = ['file', 'url', 'site', 'characters', 'sha256', 'query'] as const;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Characters as a reader counts them (code points, not UTF-16 units). */
export function characters(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function parseManifest(tsv: string): ManifestRow[] {
  const lines = tsv.split('\n').filter((l) => l.trim().length > 0);
  const header = lines.shift()?.split('\t') ?? [];
  if (MANIFEST_COLUMNS.some((c, i) => header[i] !== c)) throw new Error(`manifest.tsv: header must be ${MANIFEST_COLUMNS.join('\t')}`);
  return lines.map((line, i) => {
    const [file, url, site, chars, hash, query] = line.split('\t');
    if (!file || !url || !site || !chars || !hash) throw new Error(`manifest.tsv line ${i + 2}: missing a column`);
    return { file, url, site, characters: Number(chars), sha256: hash, query: query ?? '' };
  });
}

export function loadCorpus(root: string): CorpusPage[] {
  const dir = join(root, 'corpus');
  const rows = parseManifest(readFileSync(join(dir, 'manifest.tsv'), 'utf8'));
  const labels = (JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { pages: PageLabels[] }).pages;
  const byFile = new Map(labels.map((l) => [l.file, l]));
  return rows.map((row) => {
    const label = byFile.get(row.file);
    if (!label) throw new Error(`labels.json has no entry for ${row.file}`);
    const path = join(dir, 'pages', row.file);
    if (!existsSync(path)) return { row, labels: label, text: null, problem: 'absent' };
    const text = readFileSync(path, 'utf8');
    if (sha256(text) !== row.sha256) return { row, labels: label, text: null, problem: 'changed' };
    return { row, labels: label, text, problem: null };
  });
}
