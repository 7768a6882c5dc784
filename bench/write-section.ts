import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes one section's results: its own file (bench/report.ts puts it into BENCHMARKS.md on a
 * full `npm run bench`) and, in place, its section of BENCHMARKS.md.
 */
export function writeSection(resultsFile: string, heading: string, md: string): void {
  writeFileSync(resultsFile, md);
  writeFileSync('BENCHMARKS.md', replaceSection(readFileSync('BENCHMARKS.md', 'utf8'), heading, md));
}

/**
 * `bench` with the section whose heading line starts `## <heading>` replaced by `md` (up to the
 * next `## ` heading, or the end); `md` appended after a blank line when there is no such section.
 */
export function replaceSection(bench: string, heading: string, md: string): string {
  const at = bench.search(new RegExp(`^## ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
  if (at < 0) return `${bench.trimEnd()}\n\n${md}`;
  const next = bench.slice(at + 1).search(/^## /m);
  return bench.slice(0, at) + md + (next < 0 ? '' : '\n' + bench.slice(at + 1 + next));
}
