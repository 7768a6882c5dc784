/**
 * Chrome's offscreen document (reason BLOBS): makes the automatic backup's Blob URL for the
 * service worker, which has no URL.createObjectURL (src/background/backup-blob-source.ts). Only
 * `runtime` is available here; the database is opened directly (same extension origin).
 */
import { browser } from '../browser';
import { openDatabase } from '../db/database';
import { OffscreenRequestSchema, errorReply, parseMessage, type OffscreenRequest, type Reply } from '../messages';
import { createBackupBlob, type BackupBlob } from '../background/backup-blob';

/** The Blob URLs made here and not yet revoked: only these may be revoked on request. */
const made = new Set<string>();

browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
  // Messages to the service worker (from extension pages) reach this document too: not ours, no reply.
  const parsed = parseMessage(OffscreenRequestSchema, message);
  if (!parsed.ok || sender.id !== browser.runtime.id) return undefined;
  return handle(parsed.value);
});

async function handle(request: OffscreenRequest): Promise<Reply<BackupBlob | null>> {
  try {
    if (request.type === 'offscreen/backup-blob') {
      const blob = await createBackupBlob(openDatabase(), new Date(request.at), request.settings);
      made.add(blob.url);
      return { ok: true, value: blob };
    }
    if (made.delete(request.url)) URL.revokeObjectURL(request.url);
    return { ok: true, value: null };
  } catch (error) {
    return errorReply(error);
  }
}
