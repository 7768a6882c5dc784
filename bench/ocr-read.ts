/**
 * One configuration of the OCR bench, in a process of its own (onnxruntime-web's thread count is
 * fixed when it first loads): reads each page image with `readPage` + `ocrText` and prints, as one
 * JSON line, each page's time (detection, recognition) and its CER against the drawn lines in the
 * page's .txt beside it. Run by bench/ocr.ts:
 *   tsx bench/ocr-read.ts '{"threads":2,"settings":{…}}' page-1.jpg …
 */
import { readFile } from 'node:fs/promises';
import { decodeImage } from '../src/cli/decode-image';
import { loadNodeModels } from '../src/cli/node-ocr';
import { characterErrorRate, comparableText } from '../src/core/ocr/cer';
import { ocrText } from '../src/core/ocr/ocr-text';
import { READ_DEFAULTS, readPage, type ReadSettings } from '../src/core/ocr/read-page';
import { loadNativeModels } from './ocr-native';

export interface ReadConfig {
  threads: number;
  /** 'node': onnxruntime-node, the native reference (bench/ocr-native.ts); else onnxruntime-web's WASM. */
  runtime?: 'web' | 'node';
  settings: Partial<ReadSettings>;
}

export interface PageResult {
  file: string;
  characters: number;
  ms: number;
  detectMs: number;
  recognizeMs: number;
  /** The process's CPU time over the page, every thread's (ms): less swayed by the machine's load than `ms`. */
  cpuMs: number;
  /** Recognition input columns run (ReadTimes.recognizeColumns). */
  recognizeColumns: number;
  /** CER with whitespace dropped and full-width ASCII folded (comparableText); strict: only whitespace dropped. */
  cer: number;
  cerStrict: number;
}

const [configJson, ...files] = process.argv.slice(2);
const config = JSON.parse(configJson ?? '{}') as ReadConfig;
const settings: ReadSettings = { ...READ_DEFAULTS, ...config.settings };
const models = config.runtime === 'node' ? await loadNativeModels(config.threads) : await loadNodeModels(config.threads);
const results: PageResult[] = [];
// The first run of each model pays for its set-up: an untimed small page first.
await readPage(decodeImage(await readFile('test/fixtures/ocr/figures-page.jpg')), models, settings);
for (const file of files) {
  const image = decodeImage(await readFile(file));
  const truth = await readFile(file.replace(/\.(png|jpe?g)$/, '.txt'), 'utf8');
  const times = { detectMs: 0, recognizeMs: 0, recognizeColumns: 0 };
  const cpu = process.cpuUsage();
  const started = performance.now();
  const read = ocrText(await readPage(image, models, settings, times));
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const strip = (s: string) => s.replace(/\s+/g, '');
  results.push({
    file,
    characters: strip(truth).length,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    ...times,
    cer: characterErrorRate(comparableText(read.text), comparableText(truth)),
    cerStrict: characterErrorRate(strip(read.text), strip(truth)),
  });
}
// The recogniser's cost against its input's width and batch (random input, median of 3 runs).
const curve: Array<{ batch: number; width: number; msPerLine: number }> = [];
for (const [batch, width] of [[1, 320], [1, 1280], [4, 1280]] as const) {
  const data = new Float32Array(batch * 3 * settings.lineHeight * width).map(() => Math.random() * 2 - 1);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await models.recognize({ data, dims: [batch, 3, settings.lineHeight, width] });
    times.push((performance.now() - t0) / batch);
  }
  curve.push({ batch, width, msPerLine: times.sort((a, b) => a - b)[1]! });
}
console.log(JSON.stringify({ pages: results, curve }));
