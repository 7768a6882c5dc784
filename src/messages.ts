import * as v from 'valibot';
import { ClipSchema } from './core/export/clip-schema';
import { ReaderSettingsSchema } from './core/export/reader-settings';
import type { Clip } from './core/types';
import { OcrBackgroundRequestSchemas, OcrOffscreenRequestSchema } from './ocr-messages';

/**
 * The one catalogue of messages.
 *
 * To the background (runtime.sendMessage), `BackgroundRequest`:
 *   clip/create      content script or extension page → the stored Clip
 *   clips/forPage    content script → the clips of the sender's own page (found by the sender's URL)
 *   clips/anchored   content script → records, for the clips of its own page, which were found with
 *                    changed text (and what the page says) and which with the saved text → null
 *   ocr/page, ocr/screen-shot, ocr/screen-read, ocr/count  content script → OCR of its own page images,
 *                    or of its pages as the reader sees them on the screen (src/ocr-messages.ts)
 *   part/load        content script → runs one of the content script's parts loaded on first use
 *                    (CONTENT_PARTS) in the sender's own frame → null once it has run
 *   backup/now       extension page → writes the automatic backup now, due or not → BackupOutcome
 *
 * To the offscreen document (Chrome only; runtime.sendMessage from the service worker), `OffscreenRequest`:
 *   offscreen/backup-blob → builds the backup file of the whole database as a Blob URL → BackupBlob
 *   offscreen/revoke      → revokes a Blob URL it made → null
 *   offscreen/ocr         → reads the page image at a URL (or a screenshot's crop) with the OCR engine → OcrReading (src/ocr-messages.ts)
 *
 * To a tab's content script (tabs.sendMessage), `PageRequest`:
 *   page/status      → PageStatus
 *   page/selection   → the current selection as a clip preview, or null
 *   page/clip        → saves the current selection (with tags and note) → Clip
 *   page/set-enabled → turns DocClip on or off for this page or this whole site (off restores the page exactly) → PageStatus
 *   page/set-highlights → shows or hides a highlight category → PageStatus
 *   page/full-text   → the cleaned page's text, where its saved clips lie in it and the pages shown → PageFullText
 *   page/ocr         → starts reading the drawn pages the page has shown (OCR: page images from their URL,
 *                    canvases without recorded text and unfetchable images off the screen) → the number queued
 *
 * Every reply is `Reply<T>`. Every message received is parsed from `unknown` before use.
 */

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** The error of a reply when the browser's storage for DocClip is full (the UI says it in the reader's language). */
export const STORAGE_FULL = 'storage-full';

const ClipDraftSchema = v.omit(ClipSchema, ['id', 'createdAt', 'updatedAt']);

/**
 * The parts of the content script that are not in its one classic script but loaded on first
 * use (src/content/parts/): the text layers over canvases, the figures panel, the <mark>
 * painter of browsers without the CSS Custom Highlight API, and the OCR of page images.
 */
export const CONTENT_PARTS = ['canvas-text-layer', 'figures-panel', 'mark-fallback', 'ocr-page-images'] as const;
export type ContentPart = (typeof CONTENT_PARTS)[number];

export const BackgroundRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('clip/create'), draft: ClipDraftSchema }),
  v.strictObject({ type: v.literal('clips/forPage') }),
  /** The in-page clip bubble: the note and category of a clip just saved (of the sender's own page). */
  v.strictObject({
    type: v.literal('clip/annotate'),
    id: v.pipe(v.string(), v.uuid()),
    note: v.pipe(v.string(), v.maxLength(20_000)),
    /** null: no category. */
    category: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  }),
  v.strictObject({
    type: v.literal('clips/anchored'),
    changed: v.pipe(v.array(v.strictObject({ id: v.pipe(v.string(), v.uuid()), now: v.pipe(v.string(), v.maxLength(100_000)) })), v.maxLength(100_000)),
    same: v.pipe(v.array(v.pipe(v.string(), v.uuid())), v.maxLength(100_000)),
  }),
  ...OcrBackgroundRequestSchemas,
  v.strictObject({ type: v.literal('part/load'), part: v.picklist(CONTENT_PARTS) }),
  /** The options page's and the library's "Back up now" (extension pages only). */
  v.strictObject({ type: v.literal('backup/now') }),
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

export const OffscreenRequestSchema = v.variant('type', [
  /** `at`: the backup's time (ISO), written as the file's `exportedAt`; `settings`: the reader's (the offscreen document cannot read storage). */
  v.strictObject({ type: v.literal('offscreen/backup-blob'), at: v.pipe(v.string(), v.isoTimestamp()), settings: v.optional(ReaderSettingsSchema) }),
  v.strictObject({ type: v.literal('offscreen/revoke'), url: v.pipe(v.string(), v.startsWith('blob:')) }),
  OcrOffscreenRequestSchema,
]);
export type OffscreenRequest = v.InferOutput<typeof OffscreenRequestSchema>;

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
  v.strictObject({ type: v.literal('page/full-text') }),
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

/** The longest page text the full-text export accepts (the big-page bench's 500 pages are about 1 M characters). */
export const FULL_TEXT_MAX_CHARS = 20_000_000;

const PageNumberSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000));
const OffsetSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(FULL_TEXT_MAX_CHARS));

/**
 * The cleaned page's text as DocClip reads it (clutter hidden, page markers repaired), for the
 * full-text export: the saved clips of the page found in it (offsets in `text`, start inclusive,
 * end exclusive, start < end ≤ text length; the popup lists the document's other clips from the
 * database), and the pages the site showed (its page markers, first ≤ last ≤ count), null when it
 * has none. The popup parses the
 * reply with this schema, so a reply of another shape (an older content script, a page that
 * meddled) is refused with where and why, and nothing is downloaded.
 */
export const PageFullTextSchema = v.pipe(
  v.strictObject({
    docId: v.pipe(v.string(), v.minLength(1), v.maxLength(100_000)),
    docTitle: v.pipe(v.string(), v.maxLength(10_000)),
    url: v.pipe(v.string(), v.minLength(1), v.maxLength(100_000)),
    siteName: v.pipe(v.string(), v.minLength(1), v.maxLength(1_000)),
    text: v.pipe(v.string(), v.maxLength(FULL_TEXT_MAX_CHARS)),
    found: v.pipe(
      v.array(
        v.pipe(
          v.strictObject({ id: v.pipe(v.string(), v.uuid()), start: OffsetSchema, end: OffsetSchema }),
          v.check((f) => f.start < f.end, 'a clip must end after it starts'),
        ),
      ),
      v.maxLength(100_000),
    ),
    pages: v.nullable(
      v.pipe(
        v.strictObject({ first: PageNumberSchema, last: PageNumberSchema, count: v.nullable(PageNumberSchema) }),
        v.check((p) => p.first <= p.last && (p.count === null || p.last <= p.count), 'the pages shown must run first ≤ last ≤ count'),
      ),
    ),
  }),
  v.forward(
    v.check((r) => r.found.every((f) => f.end <= r.text.length), 'a clip lies beyond the end of the text'),
    ['found'],
  ),
  v.forward(
    v.check((r) => new Set(r.found.map((f) => f.id)).size === r.found.length, 'a clip is found twice'),
    ['found'],
  ),
);
export type PageFullText = v.InferOutput<typeof PageFullTextSchema>;

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

