import { browser } from '../browser';
import { CLASSIC_CONTENT_SCRIPT } from '../content/classic-script-path';

/** The stylesheet the manifest injects into supported sites (hidden clutter, highlight colours). */
const PAGE_CSS = 'src/content/page.css';

/**
 * Runs DocClip on a page of a site it has no profile for, when the reader asks from the popup.
 * Uses the `activeTab` grant of that click (no broad host permission): injects the stylesheet
 * and the content script (the same classic file the manifest names), which cleans with the
 * generic layer. Rejects with the browser's reason when the page cannot be scripted (browser
 * pages, the web store).
 */
export async function runOnPage(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [PAGE_CSS] });
  await browser.scripting.executeScript({ target: { tabId }, files: [CLASSIC_CONTENT_SCRIPT] });
}

/** True for pages a content script may run on. */
export function isScriptableUrl(url: string): boolean {
  return /^https?:\/\//.test(url);
}
