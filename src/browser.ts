/**
 * The one seam for browser extension APIs of the extension's pages and background: everything
 * there imports `browser` from here, so tests can substitute a fake and a port to another
 * browser touches one file. The content script, loaded by every page, uses the browser's own API
 * instead (src/content/extension-api.ts), without the polyfill's 9 KiB.
 */
import browser from 'webextension-polyfill';
import { textFunctions } from './i18n-text';

export type { Alarms, Runtime, Tabs, Menus } from 'webextension-polyfill';
export { browser };

/** Translated UI text, and the same for a message about a count of things (src/i18n-text.ts). */
export const { t, tCount } = textFunctions((key, substitutions) => browser.i18n.getMessage(key, substitutions));
