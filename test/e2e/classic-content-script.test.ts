import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_ROUTES, SAMPLE_URL, openWithDocClip } from '../harness/sample-flow';

/**
 * The content script is one classic script (no module loader, no chunks to fetch) that the
 * browser runs at document_start, before the page's own first script; what most pages never
 * need is loaded on first use by the background, so nothing of DocClip is web-accessible.
 */
interface ContentScriptEntry {
  js?: string[];
  css?: string[];
  run_at?: string;
  world?: string;
}
const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as {
  content_scripts: ContentScriptEntry[];
  web_accessible_resources?: unknown;
};
const isolated = manifest.content_scripts.filter((c) => (c.world ?? 'ISOLATED') === 'ISOLATED');

/** The sample page with a first script of its own at the top of <head>, noting when it ran. */
const samplePage = readFileSync(SAMPLE_ROUTES['m.777doc.com']['/p-231734.html'], 'utf8');
const withFirstScript = samplePage.replace(/<head>/i, '<head><script>window.__pageFirstScript = performance.now();</script>');

describe('the content script, as built and as Chromium runs it', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer({ 'm.777doc.com': { '/p-231734.html': () => withFirstScript } });
    ext = await launchWithExtension({ proxy: server.proxy });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the manifest names one classic script at document_start, and nothing web-accessible', () => {
    expect(withFirstScript).not.toBe(samplePage);
    expect(isolated).toHaveLength(1);
    const [entry] = isolated;
    expect(entry!.run_at).toBe('document_start');
    expect(entry!.js).toHaveLength(1);
    expect(entry!.css).toEqual(['src/content/page.css']);
    const code = readFileSync(`dist/${entry!.js![0]}`, 'utf8');
    // Compiles as a classic script (an import or export declaration would not), and loads nothing else.
    expect(() => new Script(code)).not.toThrow();
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/chrome\.runtime\.getURL\(/);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it("runs before the page's first script, and starts DocClip on the page", async () => {
    const page = await openWithDocClip(ext, SAMPLE_URL);
    const [script, pageFirst] = await page.evaluate(() => [
      performance.getEntriesByName('docclip:script', 'mark')[0]?.startTime ?? null,
      (window as unknown as { __pageFirstScript: number }).__pageFirstScript,
    ]);
    expect(script).not.toBeNull();
    expect(script!).toBeLessThan(pageFirst!);
    expect(await page.locator('[data-docclip-hidden]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('loads the figures panel on first use, through the background', async () => {
    const page = await openWithDocClip(ext, SAMPLE_URL);
    await page.locator('docclip-ui [data-action="panel"]').click();
    await page.locator('docclip-ui .panel h2').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('docclip-ui .panel [data-kind] li').count()).toBeGreaterThan(0);
    await page.close();
  });
});
