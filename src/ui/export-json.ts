import { browser } from '../browser';
import type { Clip } from '../core/types';
import { downloadText } from './download-file';
import { buildExportFile, type ExportKind } from './export-files';

/** `browser.storage.local` key: ISO time of the last full JSON export (the library's backup reminder reads it). */
export const LAST_EXPORT_KEY = 'lastExportAt';

/**
 * Downloads `clips` in the format `kind`. A JSON export of every clip (`complete`) is a
 * backup: its time is stored under LAST_EXPORT_KEY. Partial exports and the other formats
 * (which cannot be imported again) are not backups and leave it alone.
 */
export async function downloadExport(kind: ExportKind, clips: readonly Clip[], complete: boolean, now = new Date()): Promise<void> {
  const file = buildExportFile(kind, clips, now);
  downloadText(file.name, file.parts, file.mimeType);
  if (kind === 'json' && complete) await browser.storage.local.set({ [LAST_EXPORT_KEY]: now.toISOString() });
}

/** The stored time of the last full export, or null. */
export async function readLastExportAt(): Promise<string | null> {
  const stored = await browser.storage.local.get(LAST_EXPORT_KEY);
  const value = stored[LAST_EXPORT_KEY];
  return typeof value === 'string' ? value : null;
}
