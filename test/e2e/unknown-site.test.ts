import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_ROUTES, SAMPLE_URL, highlightTexts, openWithDocClip, pageStatus, selectText, storedClips, visibleText } from '../harness/sample-flow';
import { openTrackedTab } from '../harness/open-tracked-tab';
import { startXvfb, type VirtualDisplay } from '../harness/xvfb';
import { createSiteProfile } from '../../src/core/sites/create-site-profile';
import { GENERIC_FIXTURE as FIXTURE, GENERIC_URL as fixtureUrl, UNKNOWN_URL as UNKNOWN, genericExpected as expected } from '../harness/generic-fixture';

/**
 * A page of a site DocClip has no profile for (test/fixtures/generic: a 范文 site).
 * 1. At its own host, outside the manifest's match patterns, the content script does not run;
 *    the popup offers to run DocClip there, which needs the `activeTab` grant of a click on the
 *    toolbar button or its shortcut. Without that grant Chrome refuses, and the popup must say so
 *    while the page stays as it was (the last describe block below has the grant).
 * 2. The cleaning "run here" would do is the generic layer: a site profile only adds hints, and
 *    the 三七文档 profile adds none (no selectors, no drawn pages) — so the same page served under
 *    m.777doc.com, at a path that profile gives no meaning to, is cleaned by exactly the phrase
 *    and pattern detectors that the generic profile uses, through the manifest's content script.
 */
/** A supported host whose profile has no selectors, at a path that profile does not treat specially. */
const SUPPORTED = 'http://m.777doc.com/fanwen/jihua/28391.html';

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('DocClip on a site it has no profile for, in Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let unknown: { page: Page; tabId: number };
  let pristine: string;

  beforeAll(async () => {
    server = await startFixtureServer({
      [fixtureUrl.hostname]: { [fixtureUrl.pathname]: FIXTURE },
      'm.777doc.com': { '/fanwen/jihua/28391.html': FIXTURE },
    });
    ext = await launchWithExtension({ proxy: server.proxy });
    unknown = await openTrackedTab(ext, UNKNOWN);
    pristine = await unknown.page.evaluate(() => document.documentElement.outerHTML);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the URLs are what the test means: one unknown host, one selector-less supported profile', () => {
    expect(createSiteProfile(UNKNOWN).id).toBe('generic');
    const doc777 = createSiteProfile(SUPPORTED);
    expect(doc777.id).toBe('777doc');
    expect([doc777.documentSelectors, doc777.clutterSelectors, doc777.drawnPageSelectors]).toEqual([[], [], []]);
    // A path the profile reads no document number from: its id is the path, as the generic profile's would be.
    expect(doc777.documentId(new URL(SUPPORTED))).toContain('/fanwen/jihua/28391.html');
  });

  it('does not run by itself on the unknown host', async () => {
    // Give a content script every chance to arrive (run_at document_end, then a frame), then look.
    await unknown.page.waitForLoadState('load');
    await unknown.page.waitForTimeout(1_000);
    expect(await unknown.page.locator('docclip-ui').count()).toBe(0);
    expect(await unknown.page.locator('[data-docclip-hidden]').count()).toBe(0);
    const seen = squeeze(await visibleText(unknown.page));
    for (const c of expected.clutter) expect(seen, `fixture lacks ${c}`).toContain(squeeze(c));
  });

  it('the popup for that tab says DocClip is not running there', async () => {
    const popup = await ext.openExtensionPage(`src/popup/index.html?tabId=${unknown.tabId}`);
    try {
      await popup.locator('#no-page-heading').waitFor({ state: 'visible', timeout: 10_000 });
    } finally {
      await popup.close();
    }
  });

  it('the popup offers "run here"; without the toolbar click Chrome refuses, the popup says so, the page is unchanged', async () => {
    const popup = await ext.openExtensionPage(`src/popup/index.html?tabId=${unknown.tabId}`);
    try {
      const run = popup.locator('[data-action="run-here"]');
      await run.waitFor({ state: 'visible', timeout: 10_000 });
      await run.click();
      const alert = popup.locator('[role="alert"]');
      await alert.waitFor({ state: 'visible', timeout: 10_000 });
      // Said in plain words (what to do), with Chrome's own reason kept.
      expect(await alert.textContent()).toMatch(/toolbar button.*Alt\+Shift\+D.*\(The browser said: .+\)|工具栏按钮.*Alt\+Shift\+D.*（浏览器的说明：.+）/s);
      await unknown.page.waitForTimeout(500);
      expect(await unknown.page.locator('[data-docclip-hidden]').count()).toBe(0);
      expect(await unknown.page.locator('docclip-ui').count()).toBe(0);
      expect(await unknown.page.evaluate(() => document.documentElement.outerHTML)).toBe(pristine);
    } finally {
      await popup.close();
    }
  });

  it('the generic layer cleans the same page under a supported host with no selectors', async () => {
    const page = await openWithDocClip(ext, SUPPORTED);
    try {
      const seen = squeeze(await visibleText(page));
      expect(expected.clutter.filter((c) => seen.includes(squeeze(c))), 'clutter still visible').toEqual([]);
      expect([...expected.content, ...expected.joins].filter((c) => !seen.includes(squeeze(c))), 'document text lost').toEqual([]);
      const status = await pageStatus(ext, SUPPORTED);
      expect(status.site).toBe('777doc');
      expect(status.documentCharsHidden).toBe(0);
      expect(status.drawn).toBe(false);
      expect(status.hidden).toBeGreaterThan(0);
      const figures = await highlightTexts(page, 'docclip-figure');
      expect(figures).toEqual(expect.arrayContaining(['85万元', expect.stringContaining('120人次')]));
    } finally {
      await page.close();
    }
  });
});

/**
 * The whole path a reader takes on an unknown site: the keyboard shortcut that opens DocClip's
 * popup (Alt+Shift+D, `_execute_action`) is a real user gesture, so Chrome grants `activeTab` for
 * the tab as a toolbar click would. A headed Chromium on an Xvfb display receives the key press
 * from xdotool; the popup page (opened for that tab) then runs DocClip there.
 */
describe('running DocClip on an unknown site after the popup shortcut, in Chromium on Xvfb', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let screen: VirtualDisplay;

  beforeAll(async () => {
    screen = await startXvfb();
    server = await startFixtureServer({ [fixtureUrl.hostname]: { [fixtureUrl.pathname]: FIXTURE }, ...SAMPLE_ROUTES });
    ext = await launchWithExtension({ proxy: server.proxy, display: screen.display });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    screen?.stop();
  });

  it('run here cleans and highlights the page, and off restores it', async () => {
    const { page, tabId } = await openTrackedTab(ext, UNKNOWN);
    await page.bringToFront();
    const before = await page.evaluate(() => document.body.innerHTML);
    screen.pressKeys('alt+shift+d');
    const popup = await ext.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.locator('[data-action="run-here"]').click();
    await page.waitForSelector('docclip-ui', { state: 'attached', timeout: 10_000 });
    const seen = squeeze(await visibleText(page));
    expect(expected.clutter.filter((c) => seen.includes(squeeze(c))), 'clutter still visible').toEqual([]);
    expect([...expected.content, ...expected.joins].filter((c) => !seen.includes(squeeze(c))), 'document text lost').toEqual([]);
    expect(await highlightTexts(page, 'docclip-figure')).toContain('85万元');
    const enabled = popup.locator('[data-action="set-enabled"]');
    await enabled.waitFor({ state: 'visible', timeout: 10_000 });
    await enabled.click(); // a controlled switch: it shows the page's answer, so click and watch the page
    await expect.poll(() => page.evaluate(() => document.body.innerHTML)).toBe(before);
    await popup.close();
  });

  it('Alt+Shift+S saves the selection as a clip (the keyboard command)', async () => {
    const page = await openWithDocClip(ext, SAMPLE_URL);
    await page.bringToFront();
    const excerpt = '花卉苗木基地建设目前已完成1800亩';
    await selectText(page, excerpt);
    screen.pressKeys('alt+shift+s');
    const library = await ext.openExtensionPage('src/library/index.html');
    await expect.poll(async () => (await storedClips(library)).map((c) => c.text), { timeout: 10_000 }).toContain(excerpt);
    await Promise.all([library.close(), page.close()]);
  });
});
