import * as v from 'valibot';
import type { Clip } from './core/types';

/**
 * The one catalogue of messages.
 *
 * To the background (runtime.sendMessage), `BackgroundRequest`:
 *   clip/create      content script or extension page → the stored Clip
 *   clips/forPage    content script → the clips of the sender's own page (found by the sender's URL)
 *   clips/anchored   content script → records, for the clips of its own page, which were found with
 *                    changed text (and what the page says) and which with the saved text → null
 *   ocr/page, ocr/count  content script → OCR of its own page images (src/ocr-messages.ts)
 *   backup/now       extension page → writes the automatic backup now, due or not → BackupOutcome
 *
 * To the offscreen document (Chrome only; runtime.sendMessage from the service worker), `OffscreenRequest`:
 *   offscreen/backup-blob → builds the backup file of the whole database as a Blob URL → BackupBlob
 *   offscreen/revoke      → revokes a Blob URL it made → null
 *   offscreen/ocr         → reads the page image at a URL with the OCR engine → OcrReading (src/ocr-messages.ts)
 *
 * To a tab's content script (tabs.sendMessage), `PageRequest`:
 *   page/status      → PageStatus
 *   page/selection   → the current selection as a clip preview, or null
 *   page/clip        → saves the current selection (with tags and note) → Clip
 *   page/set-enabled → turns DocClip on or off for this page or this whole site (off restores the page exactly) → PageStatus
 *   page/set-highlights → shows or hides a highlight category → PageStatus
 *   page/ocr         → starts reading the page images the page has shown (OCR) → the number of images
 *
 * Every reply is `Reply<T>`. Every message received is parsed from `unknown` before use. The
 * schemas of the requests to the background and to the offscreen document are in
 * src/background-messages.ts: the content script only sends those, and every page loads what it imports.
 */

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** The error of a reply when the browser's storage for DocClip is full (the UI says it in the reader's language). */
export const STORAGE_FULL = 'storage-full';

export const HighlightCategorySchema = v.picklist(['figure', 'target', 'watch', 'clip']);
export type HighlightCategory = v.InferOutput<typeof HighlightCategorySchema>;

export const PageRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('page/status') }),
  v.strictObject({ type: v.literal('page/selection') }),
  v.strictObject({
    type: v.literal('page/clip'),
    tags: v.optional(v.array(v.pipe(v.string(), v.maxLength(100))), []),
    note: v.optional(v.pipe(v.string(), v.maxLength(20_000)), ''),
    /** One of the reader's categories; absent for none. */
    category: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  }),
  v.strictObject({
    type: v.literal('page/set-enabled'),
    enabled: v.boolean(),
    /** 'page': this document only; 'site': every page of this site. */
    scope: v.optional(v.picklist(['page', 'site']), 'page'),
  }),
  v.strictObject({ type: v.literal('page/set-highlights'), category: HighlightCategorySchema, visible: v.boolean() }),
  v.strictObject({ type: v.literal('page/ocr') }),
]);
export type PageRequest = v.InferOutput<typeof PageRequestSchema>;

/** What the content script knows of its page, for the popup. */
export interface PageStatus {
  enabled: boolean;
  /** False when the reader turned DocClip off for the whole site. */
  siteEnabled: boolean;
  site: string;
  siteName: string;
  docId: string;
  docTitle: string;
  /** The page's text is drawn as images/canvas: nothing to highlight or clip. */
  drawn: boolean;
  hidden: number;
  repaired: number;
  /** Clutter spans recognised, by reason. */
  removedByReason: Record<string, number>;
  /** Must be 0: document characters that cleaning hid. */
  documentCharsHidden: number;
  figures: number;
  targets: number;
  highlights: Record<HighlightCategory, boolean>;
  clipsShown: number;
  /** Page images the page has shown (OCR can read them), and how many of them are read. */
  ocr?: { images: number; read: number };
  /** Saved clips of this page that could not be found again. */
  clipsNotFound: Array<{ id: string; text: string }>;
  /** Saved clips found again where the page's text now differs from the saved text: what the page says now. */
  clipsChanged: Array<{ id: string; saved: string; now: string }>;
}

export interface SelectionPreview {
  text: string;
  figures: number;
  page: number | null;
}

/** Parses `input` with `schema`; on failure the error names the path and the problem. */
export function parseMessage<S extends v.GenericSchema>(schema: S, input: unknown): Reply<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  return { ok: false, error: `invalid message${path ? ` at ${path}` : ''}: ${issue?.message ?? 'unknown shape'}` };
}

/** Turns anything thrown into a reply a sender can show. */
export function errorReply(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

/** Unwraps a reply, throwing its error (for callers that show errors in one place). */
export function unwrap<T>(reply: unknown): T {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    const r = reply as Reply<T>;
    if (r.ok) return r.value;
    throw new Error(r.error);
  }
  throw new Error('no reply (is DocClip running on this page?)');
}

