/** browser.i18n.getMessage: the message for `key` in the browser's language, '' when there is none. */
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

/**
 * The UI's text functions over one getMessage (src/browser.ts: the polyfill's, for the extension's
 * pages and the background; src/content/extension-api.ts: the browser's own, for the content script).
 */
export function textFunctions(getMessage: GetMessage) {
  return {
    /** Translated UI text (public/_locales, one messages.json per language); falls back to the key so a missing string is visible, not blank. */
    t: (key: string, substitutions?: string | string[]): string => getMessage(key, substitutions) || key,
    /**
     * t() for a message about `count` things, the count as $1 (and `more` as $2…): the message
     * `${key}_one` when the count is exactly 1, `key` otherwise — browser.i18n has no plural rules,
     * and English says “1 clip”, “2 clips”. Every such key has its `_one` twin in each language.
     */
    tCount: (key: string, count: number, more: string[] = []): string => {
      const substitutions = [String(count), ...more];
      return (count === 1 && getMessage(`${key}_one`, substitutions)) || getMessage(key, substitutions) || key;
    },
  };
}
