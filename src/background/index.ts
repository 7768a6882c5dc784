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
import { injectPart } from './content-parts';

const MENU_SAVE = 'docclip-save-clip';
const extensionOrigin = browser.runtime.getURL('');
const readImage = createReadImage();

browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) =>
  handleRequest(openDatabase, message, classifySender(sender, browser.runtime.id, extensionOrigin), {
    backupNow: () => runBackup(true),
    injectPart,
    readImage,
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

commands?.onCommand.addListener(async (command) => {
  if (command !== 'save-clip') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await clipInTab(tab.id);
});

/** Asks the tab's content script to save its current selection (it shows the result itself). */
async function clipInTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'page/clip', tags: [], note: '' });
  } catch (error) {
    console.warn('DocClip: no content script in this tab', error);
  }
}
