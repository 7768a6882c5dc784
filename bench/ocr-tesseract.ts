/**
 * The offline peer of the OCR bench: tesseract.js (Tesseract's LSTM in WASM) with its Chinese
 * data from npm (@tesseract.js-data/chi_sim: `4.0.0` is tessdata's standard model, `4.0.0_best_int`
 * tessdata_best as integers), on the same page images as bench/ocr-read.ts, one worker (one
 * thread), with the same CER. Neither package is a dependency of DocClip: they are resolved from
 * the project or, when DOCCLIP_OCR_PEER_DIR is set, from that folder (where
 * `npm i tesseract.js@7.0.0 @tesseract.js-data/chi_sim@1.0.0` put them). Prints one JSON line:
 * `{ pages }` in ocr-read's form, or `{ missing }` saying what could not be loaded.
 *   tsx bench/ocr-tesseract.ts 4.0.0_best_int page-1.jpg …
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { characterErrorRate, comparableText } from '../src/core/ocr/cer';
import type { PageResult } from './ocr-read';

interface TesseractWorker {
  recognize(image: Buffer): Promise<{ data: { text: string } }>;
  terminate(): Promise<unknown>;
}

const [variant = '4.0.0_best_int', ...files] = process.argv.slice(2);
const peerDir = process.env.DOCCLIP_OCR_PEER_DIR;
const require = createRequire(peerDir ? join(peerDir, 'package.json') : import.meta.url);
let tesseract: { createWorker(lang: string, oem: number, options: object): Promise<TesseractWorker> };
let data: { langPath: string };
try {
  tesseract = require('tesseract.js');
  data = require('@tesseract.js-data/chi_sim');
} catch (error) {
  console.log(JSON.stringify({ missing: (error as Error).message.split('\n')[0] }));
  process.exit(0);
}
// The package's langPath is its 4.0.0 folder; the variants lie beside it. OEM 1: LSTM only.
const langPath = join(data.langPath, '..', variant);
const worker = await tesseract.createWorker('chi_sim', 1, { langPath, gzip: true, cachePath: join(tmpdir(), `docclip-tesseract-${variant}`) });
await worker.recognize(await readFile('test/fixtures/ocr/figures-page.jpg'));
const pages: PageResult[] = [];
const strip = (s: string) => s.replace(/\s+/g, '');
for (const file of files) {
  const truth = await readFile(file.replace(/\.(png|jpe?g)$/, '.txt'), 'utf8');
  const image = await readFile(file);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { text } = (await worker.recognize(image)).data;
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  pages.push({
    file,
    characters: strip(truth).length,
    ms,
    detectMs: 0,
    recognizeMs: ms,
    cpuMs: (used.user + used.system) / 1000,
    recognizeColumns: 0,
    cer: characterErrorRate(comparableText(text), comparableText(truth)),
    cerStrict: characterErrorRate(strip(text), strip(truth)),
  });
}
await worker.terminate();
console.log(JSON.stringify({ pages }));
