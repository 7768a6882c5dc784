import { browser } from '../browser';

/**
 * The content script and stylesheet the manifest runs on supported sites, as built (one classic
 * script: vite.config.ts). Read from the built manifest rather than imported with `?script`: an
 * import would bundle a second, module copy of the content script, and crxjs then points the
 * service worker loader at that chunk (both are named index.ts).
 */
function manifestContentScript(): { js: string[]; css: string[] } {
  // The page-world recorder (world MAIN) is the manifest's other content script; it is not run on demand.
  const scripts = browser.runtime.getManifest().content_scripts as Array<{ js?: string[]; css?: string[]; world?: string }> | undefined;
  const entry = scripts?.find((c) => c.js?.length && (c.world ?? 'ISOLATED') === 'ISOLATED');
  if (!entry?.js) throw new Error('DocClip: the manifest names no content script');
  return { js: entry.js, css: entry.css ?? [] };
}

/**
 * Runs DocClip on a page of a site it has no profile for, when the reader asks from the popup.
 * Uses the `activeTab` grant of that click (no broad host permission): injects the stylesheet
 * and the content script (the same classic script the manifest names), which cleans with the generic layer.
 * Rejects with the browser's reason when the page cannot be scripted (browser pages, the web store).
 */
export async function runOnPage(tabId: number): Promise<void> {
  const { js, css } = manifestContentScript();
  if (css.length) await browser.scripting.insertCSS({ target: { tabId }, files: css });
  await browser.scripting.executeScript({ target: { tabId }, files: js });
}

/** True for pages a content script may run on. */
export function isScriptableUrl(url: string): boolean {
  return /^https?:\/\//.test(url);
}
