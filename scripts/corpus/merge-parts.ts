/**
 * `npm run corpus:merge`: joins the labellers' parts (corpus/parts/*.tsv rows `file url site
 * query`, corpus/parts/*.json arrays of page labels) into corpus/manifest.tsv (with each text's
 * characters and sha256) and corpus/labels.json, and checks every label against its text: a
 * label string that is not a verbatim piece of the page is reported and the merge fails.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MANIFEST_COLUMNS, characters, sha256, type ManifestRow } from './load-corpus';
import type { PageLabels } from './score-page';

const root = resolve(process.argv[2] ?? '.');
const dir = join(root, 'corpus');
const parts = readdirSync(join(dir, 'parts')).sort();

const rows: ManifestRow[] = [];
const labels: PageLabels[] = [];
for (const part of parts) {
  const path = join(dir, 'parts', part);
  if (part.endsWith('.tsv')) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const [file, url, site, query] = line.split('\t').map((c) => c.trim());
      if (!file || !url || !site) throw new Error(`${part}: bad row ${JSON.stringify(line)}`);
      rows.push({ file, url, site, query: query ?? '', characters: 0, sha256: '' });
    }
  } else if (part.endsWith('.json')) {
    labels.push(...(JSON.parse(readFileSync(path, 'utf8')) as PageLabels[]));
  }
}

const problems: string[] = [];
const labelFiles = new Set(labels.map((l) => l.file));
const seen = new Set<string>();
const urls = new Map<string, string>();
const kept: ManifestRow[] = [];
for (const row of rows) {
  if (seen.has(row.file)) problems.push(`${row.file}: listed twice`);
  seen.add(row.file);
  const sameUrl = urls.get(row.url);
  if (sameUrl) {
    console.warn(`${row.file}: same url as ${sameUrl}, left out`);
    continue;
  }
  urls.set(row.url, row.file);
  const path = join(dir, 'pages', row.file);
  if (!existsSync(path)) {
    problems.push(`${row.file}: no text in corpus/pages`);
    continue;
  }
  if (!labelFiles.has(row.file)) {
    problems.push(`${row.file}: no labels`);
    continue;
  }
  const text = readFileSync(path, 'utf8');
  kept.push({ ...row, characters: characters(text), sha256: sha256(text) });
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');
for (const l of labels) {
  const path = join(dir, 'pages', l.file);
  if (!seen.has(l.file)) problems.push(`${l.file}: labelled but not in a .tsv`);
  if (!existsSync(path)) continue;
  const text = squeeze(readFileSync(path, 'utf8'));
  const strings = [
    ...l.clutter.map((c) => c.text),
    ...l.content,
    ...l.figures.map((f) => f.context ?? f.text),
    ...(l.not_figures ?? []),
    ...l.targets,
  ];
  for (const s of strings) if (!text.includes(squeeze(s))) problems.push(`${l.file}: label not in the text: ${JSON.stringify(s)}`);
}

kept.sort((a, b) => a.file.localeCompare(b.file));
labels.sort((a, b) => a.file.localeCompare(b.file));
const keptFiles = new Set(kept.map((r) => r.file));
writeFileSync(
  join(dir, 'manifest.tsv'),
  [MANIFEST_COLUMNS.join('\t'), ...kept.map((r) => MANIFEST_COLUMNS.map((c) => String(r[c])).join('\t'))].join('\n') + '\n',
);
writeFileSync(join(dir, 'labels.json'), JSON.stringify({ version: 1, pages: labels.filter((l) => keptFiles.has(l.file)) }, null, 1) + '\n');
const sites = new Set(kept.map((r) => r.site));
console.log(`corpus: ${kept.length} pages from ${sites.size} sites`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
