import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Removes `files` from the built manifest's web_accessible_resources. crxjs lists every
 * `?script` import there for all pages, but the on-demand content script is injected with
 * `scripting.executeScript({files})`, which needs no such entry — and a web-accessible file at a
 * pinned extension id lets any site detect that DocClip is installed.
 */
export function dropWebAccessible(outDir: string, files: string[]): Plugin {
  return {
    name: 'docclip:drop-web-accessible',
    apply: 'build',
    enforce: 'post',
    async writeBundle() {
      const path = join(outDir, 'manifest.json');
      const manifest = JSON.parse(await readFile(path, 'utf8')) as {
        web_accessible_resources?: Array<{ resources: string[] }>;
      };
      manifest.web_accessible_resources = (manifest.web_accessible_resources ?? [])
        .map((entry) => ({ ...entry, resources: entry.resources.filter((r) => !files.includes(r)) }))
        .filter((entry) => entry.resources.length > 0);
      await writeFile(path, JSON.stringify(manifest, null, 2));
    },
  };
}
