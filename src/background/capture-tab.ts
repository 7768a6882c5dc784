import { browser, t } from '../browser';
import type { CaptureTab } from './ocr-screen';

/**
 * Chrome takes at most two screenshots a second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND):
 * one screenshot every this many ms at most.
 */
const MIN_GAP_MS = 600;

/**
 * A screenshot of what tab `tabId` shows (tabs.captureVisibleTab, PNG: no JPEG noise on the
 * text). The browser captures the active tab of a window, so a tab the reader left is not
 * captured (that would read another page). Chrome and Firefox allow the screenshot only with
 * `activeTab` granted — the reader pressed DocClip's toolbar button, a DocClip shortcut or its
 * menu item in this tab — or `<all_urls>`, which DocClip does not ask for: the host permissions
 * of the supported sites are not enough. Without it the reader is told what to press.
 */
export function createCaptureTab(): CaptureTab {
  let last = 0;
  return async (tabId) => {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active || tab.windowId === undefined) throw new Error(t('ocrScreenNotShown'));
    const wait = last + MIN_GAP_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    last = Date.now();
    try {
      return await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/activeTab|all_urls|permission/i.test(message)) throw new Error(await gestureNeeded());
      throw error;
    }
  };
}

/** What the reader may press: the toolbar button, and the OCR shortcut as the reader has it now (none if unassigned). */
async function gestureNeeded(): Promise<string> {
  const { commands } = browser as Partial<Pick<typeof browser, 'commands'>>;
  const shortcut = (await commands?.getAll().catch(() => []))?.find((c) => c.name === 'read-pages')?.shortcut;
  return shortcut ? t('ocrScreenNeedsGesture', shortcut) : t('ocrScreenNeedsButton');
}
