/**
 * What the content script every matched page loads is made of, per source module: builds
 * src/content/index.ts as crxjs builds it (one minified IIFE: createIifeConfig in
 * @crxjs/vite-plugin) in memory with a source map, gives each byte of the output to the module
 * the map names for it, and prints each module's minified bytes and an estimate of its gzip
 * share (the whole file's gzip -9 size split by bytes, and the module's own bytes gzipped alone).
 *
 *   npx tsx bench/content-modules.ts [top=40]
 */
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { extensionConfig } from '../vite.config';

const top = Number(process.argv[2] ?? 40);
const parent = extensionConfig('chrome');
const result = (await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [],
  resolve: parent.resolve,
  build: {
    write: false,
    emptyOutDir: false,
    lib: { entry: 'src/content/index.ts', formats: ['iife'], name: 'index', fileName: () => 'index.js' },
    rollupOptions: { output: { entryFileNames: 'index.js', inlineDynamicImports: true } },
    sourcemap: true,
  },
})) as Rollup.RollupOutput | Rollup.RollupOutput[];
const outputs = Array.isArray(result) ? result.flatMap((r) => r.output) : result.output;
const chunk = outputs.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry)!;
const code = chunk.code;
const map = new TraceMap(chunk.map as unknown as ConstructorParameters<typeof TraceMap>[0]);

// Line starts of the output, to turn (line, column) into offsets.
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
const segments: Array<{ at: number; source: string }> = [];
eachMapping(map, (m) => segments.push({ at: lineStarts[m.generatedLine - 1]! + m.generatedColumn, source: m.source ?? '(none)' }));
segments.sort((a, b) => a.at - b.at);

const parts = new Map<string, string[]>();
for (let i = 0; i < segments.length; i++) {
  const end = i + 1 < segments.length ? segments[i + 1]!.at : code.length;
  const name = shortName(segments[i]!.source);
  (parts.get(name) ?? parts.set(name, []).get(name)!).push(code.slice(segments[i]!.at, end));
}
const total = Buffer.byteLength(code);
const totalGzip = gzipSync(code, { level: 9 }).length;
const rows = [...parts].map(([name, texts]) => {
  const text = texts.join('');
  const bytes = Buffer.byteLength(text);
  return { name, bytes, share: (bytes / total) * totalGzip, alone: gzipSync(text, { level: 9 }).length };
}).sort((a, b) => b.bytes - a.bytes);

const kib = (n: number) => (n / 1024).toFixed(1);
console.log(`content script: ${kib(total)} KiB raw, ${kib(totalGzip)} KiB gzip -9 (without page.css); ${rows.length} modules`);
console.log('| module | min KiB | gzip share KiB | gzip alone KiB |\n|---|---|---|---|');
for (const r of rows.slice(0, top)) console.log(`| ${r.name} | ${kib(r.bytes)} | ${kib(r.share)} | ${kib(r.alone)} |`);

function shortName(source: string): string {
  const i = source.lastIndexOf('node_modules/');
  if (i >= 0) return source.slice(i);
  const s = source.indexOf('src/');
  return s >= 0 ? source.slice(s) : source;
}
