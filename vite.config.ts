import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { createManifest, type TargetBrowser } from './manifest.config';
import { dropWebAccessible } from './build/drop-web-accessible';
import { copyOcrAssets } from './build/copy-ocr-assets';

/**
 * The content script: one classic script (crxjs builds a `standaloneFiles` entry as a
 * self-contained IIFE, no module loader), run at document_start. Its parts loaded on first use
 * are classic scripts of their own, run by the background (src/content/content-parts.ts).
 */
const CONTENT_SCRIPT = 'src/content/index.ts';
/** The built classic scripts that are run with scripting.executeScript, which needs no web-accessible entry. */
const CLASSIC_SCRIPTS = ['src/content/index.js', 'src/content/parts/canvas-text-layer.js', 'src/content/parts/figures-panel.js', 'src/content/parts/mark-fallback.js', 'src/content/parts/ocr-page-images.js'];

/**
 * The extension build for one browser (`vite build` → dist/ for Chrome; vite.firefox.config.ts
 * → dist-firefox/). crxjs bundles what the manifest names; the library page and the offscreen
 * document (Chrome: the backup's Blob URLs and the OCR engine) are not named there, so they are extra inputs.
 */
export function extensionConfig(browser: TargetBrowser): UserConfig {
  const outDir = browser === 'chrome' ? 'dist' : 'dist-firefox';
  return {
    plugins: [
      preact(),
      crx({ manifest: createManifest(browser), browser, contentScripts: { standaloneFiles: [CONTENT_SCRIPT] } }),
      dropWebAccessible(outDir, CLASSIC_SCRIPTS),
      copyOcrAssets(outDir),
    ],
    resolve: {
      // onnxruntime-web's build that loads its wasm and loader from files (copied into ocr/ by
      // copyOcrAssets) instead of inlining them into the chunk that imports it.
      alias: [{ find: /^onnxruntime-web\/wasm$/, replacement: fileURLToPath(new URL('./node_modules/onnxruntime-web/dist/ort.wasm.min.mjs', import.meta.url)) }],
    },
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: {
        // The offscreen document (Chrome only) makes the automatic backup's Blob URL for the worker and runs the OCR engine.
        input: { library: 'src/library/index.html', ...(browser === 'chrome' ? { offscreen: 'src/offscreen/index.html' } : {}) },
        // Preact in a chunk of its own (assets/preact-*.js): Mozilla's linter warns about the one
        // `innerHTML` assignment in the bundle, Preact's support of `dangerouslySetInnerHTML`
        // (which DocClip's code never uses: test/unit/firefox-lint-report.test.ts), and the
        // warning then names Preact's file, not one of ours. onnxruntime-web likewise (its dynamic
        // import of its own WASM loader from the extension's ocr/ folder: build/firefox-lint-report.ts).
        output: {
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
              { name: 'onnxruntime', test: /node_modules[\\/]onnxruntime-web[\\/]/ },
            ],
          },
        },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
}

export default defineConfig(extensionConfig('chrome'));
