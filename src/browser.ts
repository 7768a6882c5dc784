/**
 * The one seam for browser extension APIs: everything imports `browser` from here, so tests
 * can substitute a fake and a port to another browser touches one file.
 */
import browser from 'webextension-polyfill';

export type { Alarms, Runtime, Tabs, Menus } from 'webextension-polyfill';
export { browser };

/** Translated UI text (public/_locales, one messages.json per language); falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * t() for a message about `count` things, the count as $1 (and `more` as $2…): the message
 * `${key}_one` when the count is exactly 1, `key` otherwise — browser.i18n has no plural rules,
 * and English says “1 clip”, “2 clips”. Every such key has its `_one` twin in each language.
 */
export function tCount(key: string, count: number, more: string[] = []): string {
  const substitutions = [String(count), ...more];
  return (count === 1 && browser.i18n.getMessage(`${key}_one`, substitutions)) || browser.i18n.getMessage(key, substitutions) || key;
}
