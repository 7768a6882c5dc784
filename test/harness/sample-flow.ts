import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-extension';
import type { PageStatus } from '../../src/messages';
import { highlightTextsInPage, readStoredClips, selectTextInPage } from './in-page';

/** Where the bundled sample 三七文档 page is served (under its real host name). */
export const SAMPLE_URL = 'http://m.777doc.com/p-231734.html';
export const SAMPLE_ROUTES = { 'm.777doc.com': { '/p-231734.html': 'demo/777doc/index.html' } };

/** Opens a page and waits until DocClip's UI is on it (the content script has cleaned and painted). */
export async function openWithDocClip(ext: ExtensionBrowser, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForSelector('docclip-ui', { state: 'attached', timeout: 20_000 });
  return page;
}

/** Asks the page's content script for its status, through the service worker (as the popup does). */
export async function pageStatus(ext: ExtensionBrowser, url: string): Promise<PageStatus> {
  const worker = ext.context.serviceWorkers()[0]!;
  return worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    const reply = await chrome.tabs.sendMessage(tab!.id!, { type: 'page/status' });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }, url);
}

/** Sends a page request to the tab showing `url` and returns the reply. */
export async function sendToPage(ext: ExtensionBrowser, url: string, message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  const worker = ext.context.serviceWorkers()[0]!;
  return worker.evaluate(
    async ([pageUrl, msg]) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl as string });
      return chrome.tabs.sendMessage(tab!.id!, msg);
    },
    [url, message] as const,
  );
}

/** Selects the first occurrence of `text` in the page's visible text nodes (as a reader's drag would). */
export async function selectText(page: Page, text: string): Promise<void> {
  if (!(await page.evaluate(selectTextInPage, text))) throw new Error(`text not found on page: ${text}`);
}

/** The strings covered by a CSS Custom Highlight on the page, in document order. */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate(highlightTextsInPage, name);
}

/** All clips in the extension's IndexedDB `docclip` / `clips`, read raw from an extension page. */
export async function storedClips(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(readStoredClips);
}

/** Clicks an export control and returns the downloaded file's name and parsed JSON. */
export async function downloadJson(page: Page, selector: string): Promise<{ name: string; path: string; json: unknown }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path, json: JSON.parse(await readFile(path, 'utf8')) };
}

/** The text a reader sees (rendered text, hidden clutter excluded). */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/** The browser's id of the tab showing `url` (the service worker can see it: host permission). */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  const worker = ext.context.serviceWorkers()[0]!;
  return worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error(`no tab shows ${pageUrl}`);
    return tab.id;
  }, url);
}

/** Opens the popup page in a tab of its own, talking to the tab that shows `url`. */
export async function openPopupFor(ext: ExtensionBrowser, url: string): Promise<Page> {
  return ext.openExtensionPage(`src/popup/index.html?tabId=${await tabIdOf(ext, url)}`);
}

/**
 * Stops the extension's service worker, as Chrome does when it is idle, through
 * chrome://serviceworker-internals; resolves once the page there says STOPPED.
 */
export async function stopServiceWorker(ext: ExtensionBrowser): Promise<void> {
  const internals = await ext.context.newPage();
  try {
    await internals.goto('chrome://serviceworker-internals/');
    const entry = internals.locator('.serviceworker-version', { hasText: ext.extensionId }).first();
    await entry.getByText('Stop', { exact: true }).click();
    await internals.waitForFunction(
      (id) => [...document.querySelectorAll('.serviceworker-version')].some((e) => e.textContent!.includes(id) && e.textContent!.includes('STOPPED')),
      ext.extensionId,
      { timeout: 10_000 },
    );
  } finally {
    await internals.close();
  }
}
