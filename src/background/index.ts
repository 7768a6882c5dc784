/**
 * Service worker. Listeners are registered synchronously at top level (so a message or click
 * that wakes the worker is delivered); nothing that must survive the worker stopping is kept in
 * memory — the database is reopened on demand.
 */
import { browser, t } from '../browser';
import { openDatabase } from '../db/database';
import { registerBackupListeners, runBackup } from './backup-schedule';
import { classifySender, handleRequest, type SenderInfo } from './handle-request';
import { createReadImage } from './ocr-host';
import { createCaptureTab } from './capture-tab';
import { ScreenReads } from './ocr-screen';
import { injectPart } from './content-parts';

const MENU_SAVE = 'docclip-save-clip';
const extensionOrigin = browser.runtime.getURL('');
const readImage = createReadImage();
const screenReads = new ScreenReads(createCaptureTab());

browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) =>
  handleRequest(openDatabase, message, classifySender(sender, browser.runtime.id, extensionOrigin), {
    backupNow: () => runBackup(true),
    injectPart,
    readImage,
    screenReads,
  }),
);

registerBackupListeners();

// Firefox for Android has neither context menus nor keyboard commands: there the reader clips
// with the in-page button and the popup, and the worker must still start to store the clips.
// https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Differences_between_desktop_and_Android
const { contextMenus, commands } = browser as Partial<Pick<typeof browser, 'contextMenus' | 'commands'>>;

if (contextMenus) {
  browser.runtime.onInstalled.addListener(() => {
    contextMenus.create({ id: MENU_SAVE, title: t('menuSaveClip'), contexts: ['selection'] });
  });
  contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE && tab?.id !== undefined) void clipInTab(tab.id);
  });
}

// The keyboard commands (manifest.json; Chrome takes at most four suggested keys). Pressing one
// grants activeTab for the tab, as the toolbar button does: OCR may then read its pages off the
// screen (capture-tab.ts).
commands?.onCommand.addListener(async (command) => {
  if (command !== 'save-clip' && command !== 'read-pages') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (command === 'save-clip') await clipInTab(tab.id);
  else await readPagesInTab(tab.id);
});

/** Asks the tab's content script to read its drawn pages shown (OCR), as its notice's button does (it shows the progress itself). */
async function readPagesInTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'page/ocr' });
  } catch (error) {
    console.warn('DocClip: could not start OCR in this tab', error);
  }
}

/** Asks the tab's content script to save its current selection (it shows the result itself). */
async function clipInTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'page/clip', tags: [], note: '' });
  } catch (error) {
    console.warn('DocClip: no content script in this tab', error);
  }
}
