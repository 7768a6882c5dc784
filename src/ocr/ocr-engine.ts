/**
 * The OCR engine of the extension: PP-OCRv4 on onnxruntime-web's WASM backend, run where it is
 * off every page's main thread — Chrome's offscreen document (src/offscreen), Firefox's
 * background page. The models and the wasm files are the extension's own (copied from npm
 * packages into /ocr/ by build/copy-ocr-assets.ts), so nothing is loaded from elsewhere; the
 * extension pages' CSP allows 'wasm-unsafe-eval' for them. Threads are used where the document
 * is cross-origin isolated (the manifest asks for it); elsewhere onnxruntime runs on one.
 */
import * as ort from 'onnxruntime-web/wasm';
import { parseDictionary } from '../core/ocr/ctc-decode';
import { describeReading, type OcrReading } from '../core/ocr/ocr-reading';
import { ocrText } from '../core/ocr/ocr-text';
import type { Raster } from '../core/ocr/raster';
import type { PixelRect } from '../core/ocr/screen-region';
import { readPage, type OcrModels, type RunModel, type Tensor } from '../core/ocr/read-page';

/** The engine's files, beside the extension's root (build/copy-ocr-assets.ts names them). */
const ASSETS = new URL('/ocr/', location.href).href;
/** Threads onnxruntime may use at most (the reader asked for the reading: every core, up to this). */
const MAX_THREADS = 4;

let loading: Promise<OcrModels> | null = null;

/** Loads the models once; a failed load is tried again on the next call. */
function loadModels(): Promise<OcrModels> {
  loading ??= (async () => {
    const cores = navigator.hardwareConcurrency || 1;
    ort.env.wasm.numThreads = self.crossOriginIsolated ? Math.max(1, Math.min(MAX_THREADS, cores)) : 1;
    ort.env.wasm.wasmPaths = ASSETS;
    const options: ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
    const bytes = (name: string) => fetchOk(ASSETS + name).then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b));
    const [det, rec, keys] = await Promise.all([
      bytes('det.onnx').then((b) => ort.InferenceSession.create(b, options)),
      bytes('rec.onnx').then((b) => ort.InferenceSession.create(b, options)),
      fetchOk(ASSETS + 'keys.txt').then((r) => r.text()),
    ]);
    return { detect: runner(det), recognize: runner(rec), dictionary: parseDictionary(keys) };
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** How many threads onnxruntime runs on here (after the first reading). */
export function ocrThreads(): number {
  return ort.env.wasm.numThreads ?? 1;
}

function runner(session: ort.InferenceSession): RunModel {
  const [inputName] = session.inputNames;
  const [outputName] = session.outputNames;
  return async (input: Tensor): Promise<Tensor> => {
    const out = (await session.run({ [inputName!]: new ort.Tensor('float32', input.data, input.dims) }))[outputName!]!;
    return { data: out.data as Float32Array, dims: out.dims };
  };
}

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/**
 * The pixels of the page image at `src` (only its part `crop` when given): the image the page
 * showed, from the browser's cache where it has it (the page loaded it), decoded by the browser;
 * or a screenshot of the tab (a PNG data URL). Throws on an image that cannot be had or decoded.
 */
async function imagePixels(src: string, crop?: PixelRect): Promise<Raster> {
  let blob: Blob;
  if (src.startsWith('data:')) {
    blob = await (await fetch(src)).blob();
  } else {
    let response: Response;
    try {
      response = await fetchOk(src, { cache: 'force-cache', credentials: 'include' });
    } catch (error) {
      // A network failure, or a host outside the extension's host permissions that sends no CORS headers.
      throw new Error(`the page image could not be fetched from ${new URL(src).host} (${error instanceof Error ? error.message : String(error)})`);
    }
    blob = await response.blob();
  }
  const bitmap = crop ? await createImageBitmap(blob, crop.x, crop.y, crop.width, crop.height) : await createImageBitmap(blob);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context to read the image');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, bitmap.width, bitmap.height);
    ctx.drawImage(bitmap, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { data, width, height };
  } finally {
    bitmap.close();
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Reads the page image at `src`, or its part `crop` (one page at a time: the models run one input at a time). */
export function readPageImage(src: string, crop?: PixelRect): Promise<OcrReading> {
  const next = queue.then(async () => {
    const models = await loadModels();
    const image = await imagePixels(src, crop);
    const started = performance.now();
    const read = ocrText(await readPage(image, models));
    return { ...describeReading(read, image.width, image.height, performance.now() - started), threads: ocrThreads() };
  });
  queue = next.catch(() => undefined);
  return next;
}
