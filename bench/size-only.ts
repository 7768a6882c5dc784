/**
 * `npm run bench:size`: target 5 alone — what every matched page loads (bench/size.ts) in the
 * build just made, and what it is made of (bench/content-modules.ts). Rewrites, in BENCHMARKS.md,
 * target 5's row of the summary table and the "Content script size" section, as a full
 * `npm run bench` writes them (bench/report.ts), saying when and by what they were measured.
 * Launches no browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { contentModules, modulesTable } from './content-modules';
import { measureContentScriptSize, sizeRow, sizeTable } from './size';
import { replaceSection } from './write-section';

const TOP = 15;
const size = measureContentScriptSize('dist');
const { modules } = await contentModules();
const row = `| ${sizeRow(size).join(' | ')} |`;
const section = `## Content script size

${sizeTable(size)}

Measured by \`npm run bench:size\` (builds the extension, then \`tsx bench/size-only.ts\`) on ${new Date().toISOString()}; target 5's row of the summary table above is from the same measurement (the other rows are from the last full \`npm run bench\`). Gzip is zlib level 9 of each file.

The ${TOP} largest modules of src/content/index.js (\`npx tsx bench/content-modules.ts\`: an in-memory build of the same script with a source map, each output byte given to the module the map names; "gzip share" splits the script's gzip size by bytes, "gzip alone" gzips the module's bytes on their own):

${modulesTable(modules, TOP)}
`;

let bench = readFileSync('BENCHMARKS.md', 'utf8');
const rowAt = /^\| 5 \| content script loaded by every matched page.*$/m;
if (!rowAt.test(bench)) throw new Error('BENCHMARKS.md has no row for target 5: run the full `npm run bench` once');
bench = bench.replace(rowAt, row);
bench = replaceSection(bench, 'Content script size', section);
writeFileSync('BENCHMARKS.md', bench);
console.log(row);
console.log(section);
