import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_ROUTES, SAMPLE_URL, openWithDocClip } from '../harness/sample-flow';
import { seedGold } from '../harness/seed-gold';
import { loadFirstFrames } from '../../bench/first-frame';

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
    server = await startFixtureServer({
      'm.777doc.com': { '/p-231734.html': () => withFirstScript },
      'www.doc88.com': { '/p-7738747366069.html': 'test/fixtures/doc88/page.html' },
    });
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

  it('cleans before the first paint: no frame the page draws shows recognised clutter in the viewport', async () => {
    // The rAF probe runs from the document's creation and reads the viewport's text in every frame (test/harness/first-frame-probe.ts).
    const frames = await loadFirstFrames(ext.context, `${SAMPLE_URL}?first-frame`, { clutter: seedGold.clutter, content: seedGold.content }, 1500);
    expect(frames.firstContentful, 'the page drew its text').not.toBeNull();
    expect(frames.firstContentful!.content.length).toBeGreaterThan(0);
    expect(frames.firstContentful!.clutter).toEqual([]);
    expect(frames.worstClutterChars).toBe(0);
    // Cleaned while the parser inserted it: before DOMContentLoaded, when the first pass starts.
    expect(frames.marks['docclip:start']).toBeGreaterThanOrEqual(frames.dcl);
    expect(frames.firstPainted, 'figures were painted in the window').not.toBeNull();
  });

  it("hides what the profile's selectors name from the first frame that draws it (道客巴巴's side box; off, it shows again: site-fixtures.test.ts)", async () => {
    const page = await ext.context.newPage();
    // At every frame from the document's creation: the side box's display, once the parser has made it.
    await page.addInitScript(() => {
      const w = window as unknown as { __boxDisplays: string[] };
      w.__boxDisplays = [];
      const tick = () => {
        const box = document.getElementById('boxright');
        if (box) w.__boxDisplays.push(getComputedStyle(box).display);
        if (w.__boxDisplays.length < 5) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto('http://www.doc88.com/p-7738747366069.html');
    await page.waitForFunction(() => (window as unknown as { __boxDisplays: string[] }).__boxDisplays.length >= 5, null, { timeout: 10_000 });
    const displays = await page.evaluate(() => (window as unknown as { __boxDisplays: string[] }).__boxDisplays);
    expect(displays).toEqual(Array(5).fill('none'));
    // The stylesheet hides it by itself (before the cleaning marks it): without the mark, still not drawn.
    const unmarked = await page.evaluate(() => {
      const box = document.getElementById('boxright')!;
      const mark = box.getAttribute('data-docclip-hidden');
      box.removeAttribute('data-docclip-hidden');
      const display = getComputedStyle(box).display;
      if (mark !== null) box.setAttribute('data-docclip-hidden', mark);
      return { mark, display };
    });
    expect(unmarked).toEqual({ mark: 'profile', display: 'none' });
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
