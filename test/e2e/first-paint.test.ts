import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_URL } from '../harness/sample-flow';
import { seedGold } from '../harness/seed-gold';
import { clutterChars, withFirstFrameProbe, type FirstFrame } from '../harness/first-frame-probe';

const sample = withFirstFrameProbe(readFileSync('demo/777doc/index.html', 'utf8'));
/** The same page under a host DocClip has no profile for: the manifest's script does not run there. */
const PLAIN_URL = 'http://plain.example/p-231734.html';

async function firstFrame(page: Page, url: string): Promise<FirstFrame> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstFrame?: FirstFrame }).__firstFrame?.viewportText !== undefined);
  return page.evaluate(() => (window as unknown as { __firstFrame: FirstFrame }).__firstFrame);
}

describe('the content script: one classic file at document_start; the first frame already clean (Chromium)', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer({
      'm.777doc.com': { '/p-231734.html': () => sample },
      'plain.example': { '/p-231734.html': () => sample },
    });
    ext = await launchWithExtension({ proxy: server.proxy });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('is one classic script (no import, no loader) the manifest runs at document_start', () => {
    const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as { content_scripts: Array<{ js: string[]; run_at: string }> };
    const [script] = manifest.content_scripts;
    expect(script!.run_at).toBe('document_start');
    expect(script!.js).toHaveLength(1);
    const code = readFileSync(`dist/${script!.js[0]}`, 'utf8');
    // A module's `import`/`export` statements are a syntax error in a classic script.
    expect(() => new Script(code, { filename: script!.js[0] })).not.toThrow();
    expect(code).not.toMatch(/\bimport\s*\(/); // no loader: nothing is fetched as a module
  });

  it('runs before the page\'s first script, and the first frame shows no recognised clutter in the viewport', async () => {
    const page = await ext.context.newPage();
    const frame = await firstFrame(page, SAMPLE_URL);
    const early = await page.evaluate(() => performance.getEntriesByName('docclip:early')[0]?.startTime ?? null);
    expect(early, 'the content script made no docclip:early mark').not.toBeNull();
    expect(early!).toBeLessThan(frame.scriptAt);
    // The viewport shows the document at that frame…
    const content = seedGold.content.filter((c) => clutterChars(frame.viewportText, [c]) > 0);
    expect(content.length, `no document text visible at the first frame: ${frame.viewportText.slice(0, 300)}`).toBeGreaterThan(0);
    // …and none of the gold clutter.
    expect(clutterChars(frame.viewportText, seedGold.clutter), frame.viewportText).toBe(0);
    await page.close();
  });

  it('the probe sees the clutter where DocClip does not run (same page, a host it has no profile for)', async () => {
    const page = await ext.context.newPage();
    const frame = await firstFrame(page, PLAIN_URL);
    expect(clutterChars(frame.viewportText, seedGold.clutter)).toBeGreaterThan(0);
    await page.close();
  });
});
