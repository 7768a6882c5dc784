/**
 * The one seam for browser extension APIs: everything imports `browser` from here, so tests
 * can substitute a fake and a port to another browser touches one file.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Menus } from 'webextension-polyfill';
export { browser };

/** Translated UI text (public/_locales, one messages.json per language); falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
