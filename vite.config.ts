import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { supportedHosts } from './src/core/sites/site-registry';

// The content script's match patterns and the host permissions come from the site-profile
// registry (one place names the supported sites); manifest.json holds everything else.
const matches = supportedHosts().map((host) => `*://*.${host}/*`);
const manifest = {
  ...baseManifest,
  host_permissions: matches,
  content_scripts: baseManifest.content_scripts.map((script) => ({ ...script, matches })),
} as ManifestV3Export;

// crxjs bundles what the manifest names; the library page is not named there, so it is an extra input.
export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { library: 'src/library/index.html' } },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
