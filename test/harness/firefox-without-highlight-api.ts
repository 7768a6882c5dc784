import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The test-only script: in DocClip's content-script world there is no `Highlight` constructor. */
const HIDE_API = `// Test copy only (test/harness/firefox-without-highlight-api.ts): no CSS Custom Highlight API here.
Object.defineProperty(globalThis, 'Highlight', { value: undefined, configurable: true, writable: true });
`;

/**
 * A copy of the built add-on for a Firefox without the CSS Custom Highlight API (before 140,
 * where `Highlight` and `CSS.highlights` were missing). Firefox 153 has no pref that turns the
 * API off, so the copy adds one content script, first and at document_start on the same sites,
 * that removes `Highlight` from the content-script global — which every content script of an
 * add-on shares in a frame, modules it imports included. DocClip's own files are unchanged:
 * its feature test (`highlightApiAvailable`) then loads the <mark> painter, as an older Firefox
 * would make it. Returns the copy's folder.
 */
export async function addonWithoutHighlightApi(dist = 'dist-firefox'): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'docclip-ff-no-highlight-'));
  await cp(resolve(dist), copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { content_scripts: Array<{ matches: string[] }> };
  await writeFile(join(copy, 'test-no-highlight-api.js'), HIDE_API);
  manifest.content_scripts.unshift({
    matches: manifest.content_scripts[0]!.matches,
    js: ['test-no-highlight-api.js'],
    run_at: 'document_start',
  } as { matches: string[] });
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return copy;
}
