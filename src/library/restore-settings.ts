import { browser } from '../browser';
import { SETTINGS_STORAGE_KEYS, mergeSettings, type ReaderSettingName, type ReaderSettings } from '../core/export/reader-settings';

/**
 * Brings back the reader's settings of an imported backup (mergeSettings: what the reader has
 * now is kept, what is missing is added) and returns which settings changed.
 */
export async function restoreSettings(settings: ReaderSettings | undefined): Promise<ReaderSettingName[]> {
  if (!settings) return [];
  const stored = await browser.storage.local.get([...SETTINGS_STORAGE_KEYS]);
  const { writes, restored } = mergeSettings(stored, settings);
  if (restored.length > 0) await browser.storage.local.set(writes);
  return restored;
}
