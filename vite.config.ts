import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

// The extension: crxjs reads manifest.json and bundles what it names; the library page is
// not named in the manifest, so it is an extra input.
export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { library: 'src/library/index.html' } },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
