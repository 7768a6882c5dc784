import { browser } from '../browser';
import { unwrap, type PageRequest } from '../messages';

/**
 * The tab the popup talks to: the active tab of the popup's window, or the tab named by
 * `?tabId=` (when the popup page is opened in a tab of its own, as end-to-end tests do).
 * Returns null when there is none.
 */
export async function findTargetTab(search = location.search): Promise<{ id: number; url: string } | null> {
  const named = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(named) && named > 0) {
    const tab = await browser.tabs.get(named);
    return { id: named, url: tab.url ?? '' };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
}

/**
 * Sends one request to the tab's content script and returns the reply's value.
 * Rejects with the content script's error, or with the browser's when no content script
 * listens in that tab (unsupported site, browser page, or a tab opened before DocClip).
 */
export async function sendToPage<T>(tabId: number, request: PageRequest): Promise<T> {
  return unwrap<T>(await browser.tabs.sendMessage(tabId, request));
}
