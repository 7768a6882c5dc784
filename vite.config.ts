import { defineConfig, type UserConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { createManifest, type TargetBrowser } from './manifest.config';
import { classicContentScript, withoutClassicEntry } from './build/classic-content-script';

/** The content script's entry: built as one classic script (build/classic-content-script.ts), not by crxjs. */
const CONTENT_ENTRY = 'src/content/index.ts';

/**
 * The extension build for one browser (`vite build` → dist/ for Chrome; vite.firefox.config.ts
 * → dist-firefox/). crxjs bundles what the manifest names but the content script; the library
 * page is not named there, so it is an extra input.
 */
export function extensionConfig(browser: TargetBrowser): UserConfig {
  const outDir = browser === 'chrome' ? 'dist' : 'dist-firefox';
  const manifest = createManifest(browser);
  return {
    plugins: [
      preact(),
      crx({ manifest: withoutClassicEntry(manifest, CONTENT_ENTRY), browser }),
      classicContentScript(outDir, CONTENT_ENTRY, manifest),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: { library: 'src/library/index.html' } },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
}

export default defineConfig(extensionConfig('chrome'));
