/**
 * What the content script every matched page loads is made of, per source module: builds
 * src/content/index.ts as crxjs builds it (one minified IIFE: createIifeConfig in
 * @crxjs/vite-plugin) in memory with a source map, gives each byte of the output to the module
 * the map names for it, and gives each module's minified bytes and two estimates of its gzip
 * share (the whole file's gzip -9 size split by bytes, and the module's own bytes gzipped alone).
 * The in-memory build is within a few per cent of the extension's (crxjs passes its resolved config).
 *
 *   npx tsx bench/content-modules.ts [top=40]
 */
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { extensionConfig } from '../vite.config';

export interface ModuleShare {
  name: string;
  bytes: number;
  /** The whole script's gzip size × this module's share of its bytes. */
  gzipShare: number;
  /** This module's bytes gzipped on their own (more than its share: no help from the rest). */
  gzipAlone: number;
}

export async function contentModules(): Promise<{ bytes: number; gzip: number; modules: ModuleShare[] }> {
  const parent = extensionConfig('chrome');
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [],
    resolve: parent.resolve,
    build: {
      write: false,
      emptyOutDir: false,
      lib: { entry: 'src/content/index.ts', formats: ['iife'], name: 'index', fileName: () => 'index.js' },
      sourcemap: true,
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(result) ? result.flatMap((r) => r.output) : result.output;
  const chunk = outputs.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
  if (!chunk?.map) throw new Error('content-modules: the build gave no entry chunk with a source map');
  const code = chunk.code;
  const map = new TraceMap(chunk.map as unknown as ConstructorParameters<typeof TraceMap>[0]);

  // Line starts of the output, to turn (line, column) into offsets.
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const segments: Array<{ at: number; source: string }> = [];
  eachMapping(map, (m) => segments.push({ at: lineStarts[m.generatedLine - 1]! + m.generatedColumn, source: m.source ?? '(no source)' }));
  segments.sort((a, b) => a.at - b.at);

  const texts = new Map<string, string[]>();
  for (let i = 0; i < segments.length; i++) {
    const end = i + 1 < segments.length ? segments[i + 1]!.at : code.length;
    const name = shortName(segments[i]!.source);
    (texts.get(name) ?? texts.set(name, []).get(name)!).push(code.slice(segments[i]!.at, end));
  }
  const bytes = Buffer.byteLength(code);
  const gzip = gzipSync(code, { level: 9 }).length;
  const modules = [...texts].map(([name, parts]) => {
    const text = parts.join('');
    const own = Buffer.byteLength(text);
    return { name, bytes: own, gzipShare: (own / bytes) * gzip, gzipAlone: gzipSync(text, { level: 9 }).length };
  }).sort((a, b) => b.bytes - a.bytes);
  return { bytes, gzip, modules };
}

const kib = (n: number) => (n / 1024).toFixed(1);

/** The `top` largest modules as a Markdown table. */
export function modulesTable(modules: ModuleShare[], top: number): string {
  return [
    '| module | minified KiB | gzip share KiB | gzip alone KiB |',
    '|---|---|---|---|',
    ...modules.slice(0, top).map((m) => `| ${m.name} | ${kib(m.bytes)} | ${kib(m.gzipShare)} | ${kib(m.gzipAlone)} |`),
  ].join('\n');
}

function shortName(source: string): string {
  const i = source.lastIndexOf('node_modules/');
  if (i >= 0) return source.slice(i);
  const s = source.indexOf('src/');
  return s >= 0 ? source.slice(s) : source;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const top = Number(process.argv[2] ?? 40);
  const { bytes, gzip, modules } = await contentModules();
  console.log(`content script (in-memory build): ${kib(bytes)} KiB minified, ${kib(gzip)} KiB gzip -9 (without page.css); ${modules.length} modules`);
  console.log(modulesTable(modules, top));
}
