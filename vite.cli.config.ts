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
  ssr: { external: ['happy-dom'] },
});
