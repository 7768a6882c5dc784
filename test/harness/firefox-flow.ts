import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { PageStatus } from '../../src/messages';
import type { FirefoxExtension } from './launch-firefox';
import { highlightTextsInPage, markTextsInPage, readStoredClips, selectTextInPage } from './in-page';

/** Opens a page and waits until DocClip's UI is on it (the content script has cleaned and painted). */
export async function openWithDocClip(ff: FirefoxExtension, url: string): Promise<Page> {
  const page = await ff.newPage(url);
  await page.waitForSelector('docclip-ui', { timeout: 20_000 });
  return page;
}

/** Sends a page request to the tab showing `url` (from an extension page, as the popup does) and returns the reply. */
export async function sendToPage(ff: FirefoxExtension, url: string, message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return ff.inExtension(
    async ([pageUrl, msg]) => {
      const [tab] = await browser.tabs.query({ url: pageUrl as string });
      if (tab?.id === undefined) throw new Error(`no tab shows ${pageUrl as string}`);
      return browser.tabs.sendMessage(tab.id, msg) as Promise<{ ok: boolean; value?: unknown; error?: string }>;
    },
    [url, message] as const,
  );
}

/** The page's status as its content script reports it. */
export async function pageStatus(ff: FirefoxExtension, url: string): Promise<PageStatus> {
  const reply = await sendToPage(ff, url, { type: 'page/status' });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as PageStatus;
}

/** The browser's ids of all tabs (no URLs needed: works without host permission). */
export async function tabIds(ff: FirefoxExtension): Promise<number[]> {
  return ff.inExtension(async () => (await browser.tabs.query({})).map((t) => t.id!).filter((id) => id !== undefined), null);
}

/** Opens `url` in a new tab and returns it with the browser's id of its tab (told apart as the one id that is new). */
export async function openTrackedTab(ff: FirefoxExtension, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(ff));
  const page = await ff.newPage(url);
  const fresh = (await tabIds(ff)).filter((id) => !before.has(id));
  if (fresh.length !== 1) throw new Error(`expected one new tab for ${url}, found ${fresh.length}`);
  return { page, tabId: fresh[0]! };
}

/** Brings the tab to the front (a background tab gets no animation frames) and selects `text` in it. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  if (!(await page.evaluate(selectTextInPage, text))) throw new Error(`text not found on page: ${text}`);
}

export const highlightTexts = (page: Page, name: string) => page.evaluate(highlightTextsInPage, name);
export const markTexts = (page: Page, name: string) => page.evaluate(markTextsInPage, name);
export const storedClips = (extensionPage: Page) => extensionPage.evaluate(readStoredClips);
export const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

/**
 * Clicks `selector` (real input, through WebDriver BiDi) and returns the file Firefox then saves
 * into the profile's download folder (see launchFirefox), once `complete` accepts its text
 * (Firefox may show the file before it has written all of it).
 */
export async function downloadText(
  ff: FirefoxExtension,
  page: Page,
  selector: string,
  complete: (text: string) => boolean,
): Promise<{ name: string; path: string; text: string }> {
  const before = new Set(await readdir(ff.downloads));
  await page.locator(selector).click();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const names = await readdir(ff.downloads);
    const done = names.filter((n) => !before.has(n) && !n.endsWith('.part'));
    const pending = names.some((n) => n.endsWith('.part'));
    if (done.length === 1 && !pending) {
      const path = join(ff.downloads, done[0]!);
      const text = await readFile(path, 'utf8');
      if (complete(text)) return { name: done[0]!, path, text };
    }
    if (Date.now() > deadline) throw new Error(`no download after clicking ${selector} (folder: ${names.join(', ') || 'empty'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** As downloadText, the file parsed as JSON. */
export async function downloadJson(ff: FirefoxExtension, page: Page, selector: string): Promise<{ name: string; path: string; json: unknown }> {
  const parses = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  const { name, path, text } = await downloadText(ff, page, selector, parses);
  return { name, path, json: JSON.parse(text) };
}

/** Polls `read` until `accept` holds, returning the last value; throws with it after `timeoutMs`. */
export async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
