/**
 * The OCR bench in the browser: the built Chrome extension (dist/) in Debian Chromium reads each
 * page image in its offscreen document, as it does for a reader (src/ocr/ocr-engine.ts, asked
 * by the service worker with `offscreen/ocr`), the images served under a 原创力 image host by
 * the fixture server. Prints one JSON line: whether the offscreen page is cross-origin isolated
 * (so onnxruntime-web may use threads), its cores, the threads the engine then asks for, and
 * each page's reading time (the engine's own, decoding excluded) and CER. Launches Chromium:
 * run under the browser lock (bench/ocr.ts does).
 *   tsx bench/ocr-browser.ts page-1.jpg …
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { launchWithExtension } from '../test/harness/launch-extension';
import { startFixtureServer } from '../test/harness/fixture-server';
import { IMAGE_HOST } from '../test/harness/ocr-image-fixture';
import { characterErrorRate, comparableText } from '../src/core/ocr/cer';
import { OFFSCREEN_PAGE } from '../src/background/offscreen-holder';
import type { OcrReading } from '../src/core/ocr/ocr-reading';
import type { PageResult } from './ocr-read';

const files = process.argv.slice(2);
const path = (file: string) => `/bench/${basename(file)}`;
const images = await Promise.all(files.map(async (file) => ({ file, bytes: await readFile(file) })));
const warmUp = await readFile('test/fixtures/ocr/figures-page.jpg');
const routes = {
  [IMAGE_HOST]: Object.fromEntries([
    ['/bench/warm-up.jpg', { bytes: warmUp, headers: { 'content-type': 'image/jpeg' } }],
    ...images.map(({ file, bytes }) => [path(file), { bytes, headers: { 'content-type': file.endsWith('.png') ? 'image/png' : 'image/jpeg' } }]),
  ]),
};
const server = await startFixtureServer(routes);
const ext = await launchWithExtension({ proxy: server.proxy });
try {
  // The offscreen page in a tab of its own gets the same headers (the manifest's COOP/COEP).
  const tab = await ext.openExtensionPage(OFFSCREEN_PAGE);
  const where = await tab.evaluate(() => ({ isolated: self.crossOriginIsolated, cores: navigator.hardwareConcurrency }));
  await tab.close();
  const worker = ext.context.serviceWorkers()[0]!;
  const read = (src: string) =>
    worker.evaluate(async ({ src, page }) => {
      const api = (globalThis as unknown as { chrome: { offscreen: { hasDocument(): Promise<boolean>; createDocument(p: object): Promise<void> }; runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }).chrome;
      if (!(await api.offscreen.hasDocument())) await api.offscreen.createDocument({ url: page, reasons: ['WORKERS'], justification: 'bench' });
      return api.runtime.sendMessage({ type: 'offscreen/ocr', src });
    }, { src, page: OFFSCREEN_PAGE });
  const warm = await read(`http://${IMAGE_HOST}/bench/warm-up.jpg`);
  if (!warm.ok) throw new Error(`the offscreen document did not read the warm-up page: ${JSON.stringify(warm)}`);
  const pages: PageResult[] = [];
  const strip = (s: string) => s.replace(/\s+/g, '');
  for (const { file } of images) {
    const reply = await read(`http://${IMAGE_HOST}${path(file)}`);
    if (!reply.ok) throw new Error(`${file}: ${JSON.stringify(reply)}`);
    const reading = reply.value as OcrReading;
    const truth = await readFile(file.replace(/\.(png|jpe?g)$/, '.txt'), 'utf8');
    pages.push({
      file,
      characters: strip(truth).length,
      ms: reading.ms,
      detectMs: 0,
      recognizeMs: 0,
      cpuMs: 0,
      recognizeColumns: 0,
      cer: characterErrorRate(comparableText(reading.text), comparableText(truth)),
      cerStrict: characterErrorRate(strip(reading.text), strip(truth)),
    });
  }
  // The engine's rule (src/ocr/ocr-engine.ts): every core up to 4 where isolated, else one.
  console.log(JSON.stringify({ ...where, threads: where.isolated ? Math.max(1, Math.min(4, where.cores)) : 1, pages }));
} finally {
  await ext.close();
  await server.close();
}
