import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';

import { CLASSIC_CONTENT_SCRIPT } from '../src/content/classic-script-path';

interface ContentScript {
  js?: string[];
  [key: string]: unknown;
}

/**
 * The manifest crxjs gets: `entry` left out of every content script's `js`, so that crxjs
 * makes no loader for it (its loader imports the entry as an ES module graph through
 * web-accessible URLs). `classicContentScript` builds that entry and puts it back.
 */
export function withoutClassicEntry<M extends { content_scripts?: ContentScript[] }>(manifest: M, entry: string): M {
  return {
    ...manifest,
    content_scripts: manifest.content_scripts?.map((script) => ({ ...script, js: script.js?.filter((file) => file !== entry) })),
  };
}

/**
 * Builds `entry` (the content script) as one classic script — an IIFE with its lazy imports
 * inlined, no `import` statement and no loader — into CLASSIC_CONTENT_SCRIPT, and names it in the
 * built manifest's content scripts where `manifest` names `entry` (same order as crxjs writes
 * them). A classic script evaluates at once at `document_start`; a module graph would be fetched
 * and evaluated asynchronously, after the page has been drawn.
 */
export function classicContentScript(outDir: string, entry: string, manifest: { content_scripts?: ContentScript[] }): Plugin {
  return {
    name: 'docclip:classic-content-script',
    apply: 'build',
    enforce: 'post',
    async closeBundle() {
      await build({
        configFile: false,
        // 'error': vite's preload helper (unused: lazy imports are inlined) reads import.meta, which an IIFE warns of.
        logLevel: 'error',
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          // No preload helper (it reads import.meta, which a classic script has not): lazy imports are inlined.
          modulePreload: false,
          rollupOptions: {
            input: entry,
            output: { format: 'iife', entryFileNames: CLASSIC_CONTENT_SCRIPT },
          },
        },
      });
      const path = join(outDir, 'manifest.json');
      const built = JSON.parse(await readFile(path, 'utf8')) as { content_scripts?: ContentScript[] };
      const wanted = manifest.content_scripts ?? [];
      if ((built.content_scripts ?? []).length !== wanted.length) {
        throw new Error(`classic content script: the built manifest has ${built.content_scripts?.length ?? 0} content scripts, the source ${wanted.length}`);
      }
      built.content_scripts = built.content_scripts!.map((script, i) =>
        wanted[i]!.js?.includes(entry) ? { ...script, js: [CLASSIC_CONTENT_SCRIPT, ...(script.js ?? [])] } : script,
      );
      await writeFile(path, JSON.stringify(built, null, 2));
    },
  };
}
