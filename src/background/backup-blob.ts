import { clipJson } from '../core/export/clips-export';
import { documentsOf } from '../core/documents/document-record';
import { mapAllClips } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';
import { allDocuments } from '../db/documents-store';
import type { ReaderSettings } from '../core/export/reader-settings';
import { buildJsonExportFile } from '../ui/export-files';

/** The backup file as a Blob URL (revoke it once the download has read it), and what it holds. */
export interface BackupBlob {
  url: string;
  clips: number;
  documents: number;
}

/**
 * Builds the backup of every clip and every document row, with the reader's `settings` (read
 * by the caller: the offscreen document has no storage API) — the same file as the library's
 * "Export JSON" of all clips (buildJsonExportFile over mapAllClips, so parseClipsImport reads
 * it back) — as a Blob URL. Runs where `URL.createObjectURL` exists: Chrome's offscreen document
 * or Firefox's background page, never a service worker. The Blob is made from the file's parts
 * (one per clip), never one string: 100,000 clips are ≈ 67M characters.
 */
export async function createBackupBlob(db: DocClipDatabase, now: Date, settings?: ReaderSettings): Promise<BackupBlob> {
  const jsons = await mapAllClips(db, clipJson);
  const documents = await allDocuments(db);
  const file = buildJsonExportFile(jsons, now, documents, settings);
  const url = URL.createObjectURL(new Blob(file.parts, { type: file.mimeType }));
  return { url, clips: jsons.length, documents: documentsOf(documents, documents.keys()).length };
}
