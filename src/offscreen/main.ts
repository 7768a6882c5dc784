/**
 * Chrome's offscreen document (reasons BLOBS and WORKERS; src/background/offscreen-api.ts holds
 * it): makes the automatic backup's Blob URL for the service worker, which has no
 * URL.createObjectURL (src/background/backup-blob-source.ts), and runs the OCR engine, loaded on
 * the first reading (src/background/ocr-host.ts). Only `runtime` is available here; the database
 * is opened directly (same extension origin).
 */
import { browser } from '../browser';
import { openDatabase } from '../db/database';
import { OffscreenRequestSchema, errorReply, parseMessage, type OffscreenRequest, type Reply } from '../messages';
import { createBackupBlob, type BackupBlob } from '../background/backup-blob';
import type { OcrReading } from '../core/ocr/ocr-reading';

/** The Blob URLs made here and not yet revoked: only these may be revoked on request. */
const made = new Set<string>();

browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
  // Messages to the service worker (from extension pages and content scripts) reach this
  // document too: not ours, no reply. Only the extension's own pages may ask (never a tab's content script).
  const parsed = parseMessage(OffscreenRequestSchema, message);
  if (!parsed.ok || sender.id !== browser.runtime.id || sender.tab) return undefined;
  return handle(parsed.value);
});

async function handle(request: OffscreenRequest): Promise<Reply<BackupBlob | OcrReading | null>> {
  try {
    switch (request.type) {
      case 'offscreen/backup-blob': {
        const blob = await createBackupBlob(openDatabase(), new Date(request.at), request.settings);
        made.add(blob.url);
        return { ok: true, value: blob };
      }
      case 'offscreen/revoke':
        if (made.delete(request.url)) URL.revokeObjectURL(request.url);
        return { ok: true, value: null };
      case 'offscreen/ocr': {
        const { readPageImage } = await import('../ocr/ocr-engine');
        return { ok: true, value: await readPageImage(request.src, request.crop) };
      }
    }
  } catch (error) {
    return errorReply(error);
  }
}
