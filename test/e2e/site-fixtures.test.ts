import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer, type Routes } from '../harness/fixture-server';
import { loadSiteFixtures, type SiteFixtureExpectation } from '../harness/site-fixtures';
import { highlightTexts, openWithDocClip, pageStatus, sendToPage, visibleText } from '../harness/sample-flow';

/**
 * Every site fixture (test/fixtures/<site>/page.html + expected.json, except `generic`, which
 * belongs to no supported host: see unknown-site.test.ts) served under its real host name in
 * Chromium with DocClip loaded: the manifest's content script cleans it by itself.
 *
 * The fixtures' URLs are https; the fixture server is a plain HTTP proxy (no CONNECT), so each page
 * is opened as http:// on the same host, path, query and fragment. The manifest's match patterns
 * (`*://*.HOST/*`) and the site profiles (http and https alike) treat both schemes the same.
 */
const fixtures = loadSiteFixtures()
  .filter(({ id }) => id !== 'generic')
  .map(({ id, expected, file }) => {
    const url = new URL(expected.url);
    return {
      id,
      expected,
      file,
      host: url.hostname,
      path: url.pathname,
      /** What the browser opens. */
      open: `http://${url.hostname}${url.pathname}${url.search}${url.hash}`,
      /** A tabs.query match pattern for that tab (query and fragment are not part of the route). */
      tab: `http://${url.hostname}${url.pathname}*`,
    };
  });

/** One text site, one mobile-template site, one drawn site: looked at by a person after the run. */
const SCREENSHOTS = new Set(['777doc', 'mobile-template', 'baidu-wenku']);

const squeeze = (s: string) => s.replace(/\s+/g, '');
const hasFigures = (e: SiteFixtureExpectation) => e.content.some((c) => /[0-9０-９]/.test(c));

/** The in-page notice of DocClip's UI (shadow root), as the reader sees it. */
function notice(page: Page) {
  return page.evaluate(() => {
    const note = document.querySelector('docclip-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="note"]');
    if (!note) return { exists: false, visible: false, text: '' };
    const box = note.getBoundingClientRect();
    const style = getComputedStyle(note);
    return {
      exists: true,
      visible: !note.hidden && style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0,
      text: note.textContent ?? '',
    };
  });
}

describe('DocClip cleans every site fixture under its real host, in Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    const routes: Routes = {};
    for (const f of fixtures) (routes[f.host] ??= {})[f.path] = f.file;
    server = await startFixtureServer(routes);
    ext = await launchWithExtension({ proxy: server.proxy });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('has the fixtures it is meant to cover', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    expect(new Set(fixtures.map((f) => f.host + f.path)).size, 'two fixtures share a URL').toBe(fixtures.length);
  });

  it.each(fixtures)('$id ($expected.kind) at $open', async ({ id, expected, open, tab }) => {
    const page = await openWithDocClip(ext, open);
    try {
      // Polled: a page may re-create clutter after DocClip hid it (lazy/ does), and the watcher
      // that hides it again waits for the page to be quiet (debounced).
      const clutterShown = async () => {
        const text = squeeze(await visibleText(page));
        return expected.clutter.filter((c) => text.includes(squeeze(c)));
      };
      await expect.poll(clutterShown, { timeout: 3_000, message: `${id}: clutter still visible` }).toEqual([]);
      const seen = squeeze(await visibleText(page));
      const lost = [...expected.content, ...expected.joins].filter((c) => !seen.includes(squeeze(c)));
      expect(lost, `${id}: document text or join missing`).toEqual([]);

      const status = await pageStatus(ext, tab);
      expect(status.documentCharsHidden, `${id}: document characters hidden`).toBe(0);
      expect(status.hidden, `${id}: nothing hidden`).toBeGreaterThan(0);
      if (expected.joins.length > 0) expect(status.repaired, `${id}: no marker join repaired`).toBeGreaterThan(0);

      const shown = await notice(page);
      if (expected.kind === 'drawn') {
        expect(status.drawn, `${id}: status.drawn`).toBe(true);
        expect(shown.visible, `${id}: drawn-page notice not visible`).toBe(true);
        expect(shown.text).toMatch(/图片|画布|image|canvas/i);
      } else {
        expect(status.drawn, `${id}: status.drawn`).toBe(false);
        expect(shown.visible, `${id}: drawn-page notice shown on a text page`).toBe(false);
        if (hasFigures(expected)) {
          const figures = await highlightTexts(page, 'docclip-figure');
          expect(figures.length, `${id}: no figure highlighted`).toBeGreaterThan(0);
          expect(status.figures).toBe(figures.length);
        }
      }
      if (SCREENSHOTS.has(id)) await page.screenshot({ path: `/tmp/site-${id}.png` });

      // The clutter strings are real rendered text of the page: with DocClip off each one shows.
      await sendToPage(ext, tab, { type: 'page/set-enabled', enabled: false });
      const raw = squeeze(await visibleText(page));
      expect(expected.clutter.filter((c) => !raw.includes(squeeze(c))), `${id}: clutter not on the page at all`).toEqual([]);
      const on = await sendToPage(ext, tab, { type: 'page/set-enabled', enabled: true });
      expect(on.ok).toBe(true);
      expect(squeeze(await visibleText(page))).toBe(seen);
    } finally {
      await page.close();
    }
  });
});
