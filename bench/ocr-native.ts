/**
 * The bench's reference floor, never part of the extension (which must run in the browser):
 * the same PP-OCRv4 models on onnxruntime-node, ONNX Runtime's native CPU build, in the form
 * src/cli/node-ocr.ts gives for onnxruntime-web. onnxruntime-node is no dependency of DocClip:
 * it is resolved from DOCCLIP_OCR_PEER_DIR (where `npm i --ignore-scripts onnxruntime-node@1.31.1`
 * put it), or from the project.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { modelDir } from '../src/cli/node-ocr';
import { parseDictionary } from '../src/core/ocr/ctc-decode';
import type { OcrModels, RunModel, Tensor } from '../src/core/ocr/read-page';

interface NativeSession {
  inputNames: readonly string[];
  outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, { data: unknown; dims: readonly number[] }>>;
}
interface NativeOrt {
  InferenceSession: { create(model: Uint8Array, options: object): Promise<NativeSession> };
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => unknown;
}

/** onnxruntime-node where it can be had, else the reason it cannot. */
export function nativeRuntime(): NativeOrt | string {
  const peerDir = process.env.DOCCLIP_OCR_PEER_DIR;
  try {
    return createRequire(peerDir ? join(peerDir, 'package.json') : import.meta.url)('onnxruntime-node') as NativeOrt;
  } catch (error) {
    return (error as Error).message.split('\n')[0]!;
  }
}

/** The PP-OCRv4 models on onnxruntime-node with `threads` intra-op threads. */
export async function loadNativeModels(threads: number): Promise<OcrModels> {
  const ort = nativeRuntime();
  if (typeof ort === 'string') throw new Error(`onnxruntime-node: ${ort}`);
  const dir = modelDir();
  const options = { executionProviders: ['cpu'], graphOptimizationLevel: 'all', intraOpNumThreads: threads };
  const runner = (session: NativeSession): RunModel => async (input: Tensor) => {
    const out = (await session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', input.data, input.dims) }))[session.outputNames[0]!]!;
    return { data: out.data as Float32Array, dims: out.dims };
  };
  const [det, rec, keys] = await Promise.all([
    readFile(join(dir, 'ch_PP-OCRv4_det_infer.onnx')).then((b) => ort.InferenceSession.create(b, options)),
    readFile(join(dir, 'ch_PP-OCRv4_rec_infer.onnx')).then((b) => ort.InferenceSession.create(b, options)),
    readFile(join(dir, 'ppocr_keys_v1.txt'), 'utf8'),
  ]);
  return { detect: runner(det), recognize: runner(rec), dictionary: parseDictionary(keys) };
}
