import { browser } from '../browser';
import contentScript from '../content/on-demand.ts?script&iife';

/** The stylesheet the manifest injects into supported sites (hidden clutter, highlight colours). */
const PAGE_CSS = 'src/content/page.css';

/**
 * Runs DocClip on a page of a site it has no profile for, when the reader asks from the popup.
 * Uses the `activeTab` grant of that click (no broad host permission): injects the stylesheet
 * and a self-contained build of the content script, which cleans with the generic layer.
 * Rejects with the browser's reason when the page cannot be scripted (browser pages, the web store).
 */
export async function runOnPage(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [PAGE_CSS] });
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
}

/** True for pages a content script may run on. */
export function isScriptableUrl(url: string): boolean {
  return /^https?:\/\//.test(url);
}
