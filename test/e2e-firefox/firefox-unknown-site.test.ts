import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxExtension } from '../harness/launch-firefox';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { highlightTexts, openTrackedTab, visibleText, waitFor } from '../harness/firefox-flow';
import { startXvfb, type VirtualDisplay } from '../harness/xvfb';
import { GENERIC_FIXTURE as FIXTURE, GENERIC_URL as fixtureUrl, UNKNOWN_URL as UNKNOWN, genericExpected as expected } from '../harness/generic-fixture';

/**
 * A page of a site DocClip has no profile for (test/fixtures/generic: a 范文 site), in Debian's
 * Firefox ESR: outside the manifest's match patterns the content script does not run; the popup
 * offers to run DocClip there, which needs Firefox's `activeTab` grant of a click on the toolbar
 * button or of its shortcut. Without it Firefox refuses and the popup says so, the page as it
 * was; after the real shortcut (Alt+Shift+D, `_execute_action`, pressed by xdotool in a headed
 * Firefox on Xvfb) "run here" cleans and highlights the page, and off restores it.
 */

const squeeze = (s: string) => s.replace(/\s+/g, '');
const outerHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
const count = (page: Page, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);

describe('DocClip on a site it has no profile for, in Firefox on Xvfb', () => {
  let server: FixtureServer;
  let screen: VirtualDisplay;
  let ff: FirefoxExtension;
  let unknown: { page: Page; tabId: number };
  let pristine: string;

  beforeAll(async () => {
    screen = await startXvfb('firefox');
    server = await startFixtureServer({ [fixtureUrl.hostname]: { [fixtureUrl.pathname]: FIXTURE } });
    ff = await launchFirefox({ proxy: server.proxy, display: screen.display });
    unknown = await openTrackedTab(ff, UNKNOWN);
    pristine = await outerHtml(unknown.page);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
    screen?.stop();
  });

  it('does not run by itself on the unknown host', async () => {
    // Give a content script every chance to arrive, then look.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await count(unknown.page, 'docclip-ui')).toBe(0);
    expect(await count(unknown.page, '[data-docclip-hidden]')).toBe(0);
    const seen = squeeze(await visibleText(unknown.page));
    for (const c of expected.clutter) expect(seen, `fixture lacks ${c}`).toContain(squeeze(c));
  });

  it('the popup offers "run here"; without the toolbar click Firefox refuses, the popup says so, the page is unchanged', async () => {
    const popup = await ff.openExtensionPage(`src/popup/index.html?tabId=${unknown.tabId}`);
    try {
      await popup.waitForSelector('#no-page-heading', { timeout: 10_000 });
      await (await popup.waitForSelector('[data-action="run-here"]', { timeout: 10_000 }))!.click();
      const alert = await waitFor(() => popup.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? ''), (t) => t.trim() !== '');
      // Said in plain words (what to do), with Firefox's own reason kept.
      expect(alert).toMatch(/toolbar button.*Alt\+Shift\+D.*Missing host permission|工具栏按钮.*Alt\+Shift\+D.*Missing host permission/s);
      await new Promise((r) => setTimeout(r, 500));
      expect(await count(unknown.page, '[data-docclip-hidden]')).toBe(0);
      expect(await count(unknown.page, 'docclip-ui')).toBe(0);
      expect(await outerHtml(unknown.page)).toBe(pristine);
    } finally {
      await popup.close();
    }
  });

  it('after the popup shortcut, run here cleans and highlights the page, and off restores it', async () => {
    await unknown.page.bringToFront();
    const before = await unknown.page.evaluate(() => document.body.innerHTML);
    screen.pressKeys('alt+shift+d');
    await new Promise((r) => setTimeout(r, 1_000));
    const popup = await ff.openExtensionPage(`src/popup/index.html?tabId=${unknown.tabId}`);
    await (await popup.waitForSelector('[data-action="run-here"]', { timeout: 10_000 }))!.click();
    await unknown.page.waitForSelector('docclip-ui', { timeout: 10_000 });
    const seen = squeeze(await visibleText(unknown.page));
    expect(expected.clutter.filter((c) => seen.includes(squeeze(c))), 'clutter still visible').toEqual([]);
    expect([...expected.content, ...expected.joins].filter((c) => !seen.includes(squeeze(c))), 'document text lost').toEqual([]);
    expect(await highlightTexts(unknown.page, 'docclip-figure')).toContain('85万元');
    await (await popup.waitForSelector('[data-action="set-enabled"]', { timeout: 10_000 }))!.click();
    await waitFor(() => unknown.page.evaluate(() => document.body.innerHTML), (html) => html === before);
    await popup.close();
  });
});
