import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export interface Probes {
  /** IIFE source defining `DocClipPipelineProbe`. */
  pipeline: string;
  /** IIFE source defining `DocClipLibraryProbe`. */
  library: string;
}

const ENTRIES = {
  pipeline: { file: 'bench/in-page/pipeline-probe.ts', name: 'DocClipPipelineProbe' },
  library: { file: 'bench/in-page/library-probe.ts', name: 'DocClipLibraryProbe' },
} as const;

/**
 * Bundles the in-page probes with vite's library mode (IIFE) into a temporary folder: the same
 * bundler as the extension, over the same source modules. Not part of the extension build.
 */
export async function buildProbes(): Promise<Probes> {
  const outDir = await mkdtemp(join(tmpdir(), 'docclip-bench-probes-'));
  const out: Partial<Probes> = {};
  for (const [key, { file, name }] of Object.entries(ENTRIES) as Array<[keyof Probes, { file: string; name: string }]>) {
    await build({
      configFile: false,
      logLevel: 'warn',
      resolve: { alias: { 'webextension-polyfill': resolve('bench/in-page/no-extension-api.ts') } },
      build: {
        outDir,
        emptyOutDir: false,
        minify: key === 'library', // the pipeline probe keeps its names for the CPU profile
        lib: { entry: resolve(file), formats: ['iife'], name, fileName: () => `${key}.js` },
      },
    });
    out[key] = await readFile(join(outDir, `${key}.js`), 'utf8');
  }
  return out as Probes;
}
