import { applyDocumentPatch, isBlankDocument, type DocumentPatch, type DocumentRecord } from '../core/documents/document-record';
import { importClips, type ImportedClips } from './clips-store';
import type { DocClipDatabase } from './database';

/**
 * The `documents` table (schema version 4): one row per document the reader said something
 * about. A row that says nothing any more (no note, author or type) is deleted, so the table
 * and the export hold only what the reader wrote.
 */

/** The row of `docId`, or undefined. */
export async function getDocument(db: DocClipDatabase, docId: string): Promise<DocumentRecord | undefined> {
  return db.documents.get(docId);
}

/** Every row, keyed by docId (few: one per annotated document). */
export async function allDocuments(db: DocClipDatabase): Promise<Map<string, DocumentRecord>> {
  const rows = await db.documents.toArray();
  return new Map(rows.map((row) => [row.docId, row]));
}

/**
 * Applies `patch` to the row of `docId` in one transaction (read, change, write) and returns
 * the row as stored, or undefined when the patch left it blank (and the row was deleted).
 */
export async function saveDocument(db: DocClipDatabase, docId: string, patch: DocumentPatch, now = new Date()): Promise<DocumentRecord | undefined> {
  return db.transaction('rw', db.documents, async () => {
    const next = applyDocumentPatch(docId, await db.documents.get(docId), patch, now);
    if (isBlankDocument(next)) {
      await db.documents.delete(docId);
      return undefined;
    }
    await db.documents.put(next);
    return next;
  });
}

/**
 * Writes the rows of an import: a document the reader has no row for gets the file's; one
 * they have keeps the newer of the two (by `updatedAt`), so an old backup never overwrites a
 * note written since. Returns how many rows were written.
 */
export async function importDocuments(db: DocClipDatabase, rows: readonly DocumentRecord[]): Promise<number> {
  if (rows.length === 0) return 0;
  return db.transaction('rw', db.documents, async () => {
    const stored = await db.documents.bulkGet(rows.map((row) => row.docId));
    const fresh = rows.filter((row, i) => {
      const have = stored[i];
      return !have || have.updatedAt < row.updatedAt;
    });
    await db.documents.bulkPut(fresh);
    return fresh.length;
  });
}

/** A document the clips came from, as the library's chooser lists it. */
export interface ClipDocument {
  docId: string;
  title: string;
  url: string;
}

/**
 * Every document of the stored clips (one per docId, in docId order), with the title and URL
 * of one of its clips: an index walk for the ids, then one clip per document.
 */
export async function listClipDocuments(db: DocClipDatabase): Promise<ClipDocument[]> {
  return db.transaction('r', db.clips, async () => {
    const ids = (await db.clips.orderBy('docId').uniqueKeys()).map(String);
    const firsts = await Promise.all(ids.map((docId) => db.clips.where('docId').equals(docId).first()));
    return ids.map((docId, i) => ({ docId, title: firsts[i]?.docTitle.trim() ?? '', url: firsts[i]?.url ?? '' }));
  });
}

/**
 * Writes an import's clips (importClips: those already stored are skipped) and its document
 * rows (importDocuments) in one transaction: a failure (a bad clip of a CheckedClips too) writes neither.
 */
export async function importClipsAndDocuments(
  db: DocClipDatabase,
  clips: ImportedClips,
  rows: readonly DocumentRecord[],
): Promise<{ added: number; skipped: number; documents: number }> {
  return db.transaction('rw', db.clips, db.documents, async () => {
    const { added, skipped } = await importClips(db, clips);
    return { added, skipped, documents: await importDocuments(db, rows) };
  });
}
