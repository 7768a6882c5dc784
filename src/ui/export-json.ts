import { browser } from '../browser';
import type { DocumentRecords } from '../core/export/group-documents';
import type { Clip } from '../core/types';
import { downloadText } from './download-file';
import { NOTE_TEMPLATE_KEY, readNoteTemplate } from '../core/export/note-template';
import { SETTINGS_STORAGE_KEYS, settingsOf, type ReaderSettings } from '../core/export/reader-settings';
import { buildExportFile, buildJsonExportFile, type ExportKind, type ExportOptions } from './export-files';

/** `browser.storage.local` key: ISO time of the last full JSON export (the library's backup reminder reads it). */
export const LAST_EXPORT_KEY = 'lastExportAt';

/**
 * Downloads `clips` in the format `kind`. Not a backup, even of every clip: a full JSON backup
 * goes through downloadBackup, which records its time.
 */
export function downloadExport(kind: ExportKind, clips: readonly Clip[], options: ExportOptions = {}, now = new Date()): void {
  const file = buildExportFile(kind, clips, now, options);
  downloadText(file.name, file.parts, file.mimeType);
}

/** The reader's settings as stored now, for a full backup (settingsOf). */
export async function readReaderSettings(): Promise<ReaderSettings | undefined> {
  return settingsOf(await browser.storage.local.get([...SETTINGS_STORAGE_KEYS]));
}

/**
 * Downloads the backup of every clip, given as `mapAllClips(db, clipJson)` returns it (each
 * clip's JSON, newest first), with the documents' rows and the reader's settings, and stores
 * its time under LAST_EXPORT_KEY (the library's backup reminder reads it). Partial exports and
 * the other formats (which cannot be imported again) are not backups and leave it alone.
 */
export async function downloadBackup(clipJsons: readonly string[], documents: DocumentRecords = new Map(), now = new Date()): Promise<void> {
  const file = buildJsonExportFile(clipJsons, now, documents, await readReaderSettings());
  downloadText(file.name, file.parts, file.mimeType);
  await browser.storage.local.set({ [LAST_EXPORT_KEY]: now.toISOString() });
}

/** The stored time of the last full export, or null. */
export async function readLastExportAt(): Promise<string | null> {
  const stored = await browser.storage.local.get(LAST_EXPORT_KEY);
  const value = stored[LAST_EXPORT_KEY];
  return typeof value === 'string' ? value : null;
}

/** The settings of an export of `kind`, read from storage: the note template for `obsidian`. */
export async function readExportOptions(kind: ExportKind): Promise<ExportOptions> {
  if (kind !== 'obsidian') return {};
  const stored = await browser.storage.local.get(NOTE_TEMPLATE_KEY);
  return { noteTemplate: readNoteTemplate(stored[NOTE_TEMPLATE_KEY]) };
}
