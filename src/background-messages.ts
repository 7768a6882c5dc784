import * as v from 'valibot';
import { ClipSchema } from './core/export/clip-schema';
import { OcrBackgroundRequestSchemas, OcrOffscreenRequestSchema } from './ocr-messages';

/**
 * The schemas of the requests to the background (`BackgroundRequest`) and to Chrome's offscreen
 * document (`OffscreenRequest`), which src/messages.ts catalogues; apart from it because only
 * their receivers parse them (the content script, which sends some, need not load them).
 */

const ClipDraftSchema = v.omit(ClipSchema, ['id', 'createdAt', 'updatedAt']);

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
  /** The options page's and the library's "Back up now" (extension pages only). */
  v.strictObject({ type: v.literal('backup/now') }),
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

export const OffscreenRequestSchema = v.variant('type', [
  /** `at`: the backup's time (ISO), written as the file's `exportedAt`. */
  v.strictObject({ type: v.literal('offscreen/backup-blob'), at: v.pipe(v.string(), v.isoTimestamp()) }),
  v.strictObject({ type: v.literal('offscreen/revoke'), url: v.pipe(v.string(), v.startsWith('blob:')) }),
  OcrOffscreenRequestSchema,
]);
export type OffscreenRequest = v.InferOutput<typeof OffscreenRequestSchema>;
