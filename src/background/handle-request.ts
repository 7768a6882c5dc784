import { recordAnchorings } from '../db/anchorings-store';
import { createClip, clipsForDocument, updateClip } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';
import { createSiteProfile } from '../core/sites/create-site-profile';
import { BackgroundRequestSchema, STORAGE_FULL, errorReply, parseMessage, type ContentPart, type Reply } from '../messages';
import { isQuotaError } from '../db/storage-error';
import { cachedOcrPage, canvasKey, countOcrPages, readOcrPage, type ReadImage } from './ocr-pages';
import type { ScreenReads } from './ocr-screen';
import type { BackupOutcome } from '../core/backup/backup-status';

/** Writes the automatic backup now (createBackupRunner's run, forced). */
export type BackupNow = () => Promise<BackupOutcome>;

const noBackups: BackupNow = async () => ({ kind: 'failed', message: 'backups are not available here' });
const noParts: InjectPart = () => Promise.reject(new Error('parts cannot be loaded here'));

/**
 * Who sent a message: a content script in a web page (in which tab and frame, when the browser
 * says), or one of our own extension pages.
 */
export type Sender = { kind: 'content'; url: string; tabId?: number; frameId?: number } | { kind: 'extension' } | { kind: 'unknown' };

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** Runs a part of the content script (CONTENT_PARTS) in a frame of a tab (background/content-parts.ts). */
export type InjectPart = (part: ContentPart, tabId: number, frameId: number) => Promise<void>;

/** What the background does beyond the database, handed in (background/index.ts) so tests can stand in for it. */
export interface BackgroundServices {
  backupNow?: BackupNow;
  injectPart?: InjectPart;
  readImage?: ReadImage;
  /** Pages read off the screen (ocr/screen-shot, ocr/screen-read), with `readImage`. */
  screenReads?: ScreenReads;
}

/** Classifies a runtime message sender; anything not ours or not from a tab is `unknown`. */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): Sender {
  if (sender.id !== extensionId) return { kind: 'unknown' };
  if (sender.url?.startsWith(extensionOrigin)) return { kind: 'extension' };
  const url = sender.tab?.url ?? sender.url;
  if (url && /^https?:/.test(url)) {
    const { id: tabId } = sender.tab ?? {};
    return { kind: 'content', url, ...(tabId !== undefined ? { tabId } : {}), ...(sender.frameId !== undefined ? { frameId: sender.frameId } : {}) };
  }
  return { kind: 'unknown' };
}

/**
 * Handles one message to the background. Content scripts may only create clips of their own
 * page (url, site and document id are taken from the sender, not the message), read the
 * clips of their own page, set the note and category of one of them, record how those were found
 * on it, have a part of the content script run in their own frame (`services.injectPart`), and
 * have the images of their own document's pages read by OCR (`services.readImage`; cached per
 * page), or those pages as their tab shows them (`services.screenReads`: a screenshot of the
 * sender's own tab). Only extension pages may ask for a backup (`services.backupNow`). Never throws: failures
 * become `{ok:false, error}`.
 */
export async function handleRequest(
  db: () => DocClipDatabase,
  input: unknown,
  sender: Sender,
  services: BackgroundServices = {},
): Promise<Reply<unknown>> {
  const { backupNow = noBackups, injectPart = noParts, readImage, screenReads } = services;
  const parsed = parseMessage(BackgroundRequestSchema, input);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  if (sender.kind === 'unknown') return { ok: false, error: 'sender not allowed' };
  try {
    switch (request.type) {
      case 'clip/create': {
        let draft = request.draft;
        if (sender.kind === 'content') {
          const profile = createSiteProfile(sender.url);
          draft = { ...draft, url: sender.url, site: profile.id, docId: profile.documentId(new URL(sender.url)) };
        }
        return { ok: true, value: await createClip(db(), draft) };
      }
      case 'clips/forPage': {
        if (sender.kind !== 'content') return { ok: false, error: 'clips/forPage is for content scripts' };
        const docId = createSiteProfile(sender.url).documentId(new URL(sender.url));
        return { ok: true, value: await clipsForDocument(db(), docId) };
      }
      case 'clip/annotate': {
        if (sender.kind !== 'content') return { ok: false, error: 'clip/annotate is for content scripts' };
        const docId = createSiteProfile(sender.url).documentId(new URL(sender.url));
        const stored = await db().clips.get(request.id);
        // A page may annotate only clips of its own document.
        if (!stored || stored.docId !== docId) return { ok: false, error: 'no such clip on this page' };
        return { ok: true, value: await updateClip(db(), request.id, { note: request.note, category: request.category }) };
      }
      case 'clips/anchored': {
        if (sender.kind !== 'content') return { ok: false, error: 'clips/anchored is for content scripts' };
        const docId = createSiteProfile(sender.url).documentId(new URL(sender.url));
        await recordAnchorings(db(), docId, request.changed, request.same);
        return { ok: true, value: null };
      }
      case 'ocr/page': {
        if (sender.kind !== 'content') return { ok: false, error: 'ocr/page is for content scripts' };
        if (!readImage) return { ok: false, error: 'OCR is not available here' };
        const docId = createSiteProfile(sender.url).documentId(new URL(sender.url));
        return { ok: true, value: await readOcrPage(db(), readImage, docId, request) };
      }
      case 'ocr/canvas': {
        if (sender.kind !== 'content') return { ok: false, error: 'ocr/canvas is for content scripts' };
        if (!readImage) return { ok: false, error: 'OCR is not available here' };
        const docId = createSiteProfile(sender.url).documentId(new URL(sender.url));
        const key = canvasKey(request.width, request.height);
        if (!request.png) return { ok: true, value: await cachedOcrPage(db(), docId, request.page, key) };
        return { ok: true, value: await readOcrPage(db(), readImage, docId, { page: request.page, src: request.png, width: request.width, height: request.height }, { key, keepEmpty: false }) };
      }
      case 'ocr/screen-shot':
      case 'ocr/screen-read': {
        if (sender.kind !== 'content' || sender.tabId === undefined) return { ok: false, error: `${request.type} is for content scripts in a tab` };
        if (!readImage || !screenReads) return { ok: false, error: 'OCR is not available here' };
        const docId = createSiteProfile(sender.url).documentId(new URL(sender.url));
        if (request.type === 'ocr/screen-read') return { ok: true, value: await screenReads.read(db(), readImage, docId, sender.tabId, request.token) };
        const { type: _type, ...page } = request;
        return { ok: true, value: await screenReads.shoot(db(), docId, sender.tabId, page) };
      }
      case 'ocr/count': {
        if (sender.kind !== 'content') return { ok: false, error: 'ocr/count is for content scripts' };
        return { ok: true, value: await countOcrPages(db(), createSiteProfile(sender.url).documentId(new URL(sender.url))) };
      }
      case 'part/load': {
        if (sender.kind !== 'content' || sender.tabId === undefined || sender.frameId === undefined) {
          return { ok: false, error: 'part/load is for content scripts in a tab' };
        }
        await injectPart(request.part, sender.tabId, sender.frameId);
        return { ok: true, value: null };
      }
      case 'backup/now': {
        if (sender.kind !== 'extension') return { ok: false, error: 'backup/now is for extension pages' };
        return { ok: true, value: await backupNow() };
      }
    }
  } catch (error) {
    // A full disk: the transaction was aborted, so nothing saved before is touched.
    return isQuotaError(error) ? { ok: false, error: STORAGE_FULL } : errorReply(error);
  }
}
