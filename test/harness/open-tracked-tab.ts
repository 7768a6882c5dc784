import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-extension';

/**
 * Opens `url` in a new tab and returns the page with the browser's id of its tab. Unlike
 * `tabIdOf`, works for sites DocClip has no host permission for: without it (and without the
 * `tabs` permission) the service worker cannot see a tab's URL, so the new tab is told apart
 * by its id, which no tab had before.
 */
export async function openTrackedTab(ext: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const worker = ext.context.serviceWorkers()[0]!;
  const ids = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!).filter((id) => id !== undefined));
  const before = new Set(await ids());
  const page = await ext.context.newPage();
  await page.goto(url);
  const fresh = (await ids()).filter((id) => !before.has(id));
  if (fresh.length !== 1) throw new Error(`expected one new tab for ${url}, found ${fresh.length}`);
  return { page, tabId: fresh[0]! };
}
