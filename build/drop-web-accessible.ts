import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Removes `files` from the built manifest's web_accessible_resources (and the key, when nothing
 * is left). crxjs lists every `?script` import there for all pages, but those scripts (the
 * content script the popup runs on demand, the content script's parts) are run with
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
      const kept = (manifest.web_accessible_resources ?? [])
        .map((entry) => ({ ...entry, resources: entry.resources.filter((r) => !files.includes(r)) }))
        .filter((entry) => entry.resources.length > 0);
      if (kept.length > 0) manifest.web_accessible_resources = kept;
      else delete manifest.web_accessible_resources;
      await writeFile(path, JSON.stringify(manifest, null, 2));
    },
  };
}
