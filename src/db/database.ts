import Dexie, { type EntityTable } from 'dexie';
import type { DocumentRecord } from '../core/documents/document-record';
import type { Clip } from '../core/types';
import { SCHEMA_HISTORY } from './schema-history';

/**
 * The one Dexie database of DocClip, in the extension's own origin, built from every released
 * schema version in schema-history.ts (Dexie runs the upgrades a stored database still needs).
 */
/** A clip found again on its page, where the page's text now differs from the saved text. */
export interface ClipAnchoring {
  clipId: string;
  docId: string;
  /** The page's text of the clip when last seen. */
  now: string;
  /** ISO time it was seen. */
  seenAt: string;
}

/** One page of a document read by OCR (schema version 5): what the text layer and the analysis need. */
export interface OcrPage {
  docId: string;
  /** 1-based page number within the document. */
  page: number;
  /** What was read: the image's URL (or the canvas's place) and pixel size. Another image at this page is read again. */
  imageKey: string;
  text: string;
  /** A confidence per UTF-16 unit of `text`, in thousandths (0..1000). */
  confidences: number[];
  /** The layer's lines in image pixels (canvas-text reading-order's TextLine). */
  lines: Array<{ top: number; bottom: number; items: Array<{ text: string; left: number; right: number }> }>;
  width: number;
  height: number;
  /** Read off the screen: the part of the page that was visible then, in its pixels (absent: the whole image was read). */
  region?: { left: number; top: number; right: number; bottom: number };
  /** ISO time it was read, and the models it was read with. */
  readAt: string;
  model: string;
}

export class DocClipDatabase extends Dexie {
  clips!: EntityTable<Clip, 'id'>;
  anchorings!: EntityTable<ClipAnchoring, 'clipId'>;
  documents!: EntityTable<DocumentRecord, 'docId'>;
  ocrPages!: Dexie.Table<OcrPage, [string, number]>;

  constructor(name = 'docclip') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_HISTORY) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}

let shared: DocClipDatabase | undefined;

/** The database `docclip`, opened lazily (so importing this module has no side effect). */
export function openDatabase(): DocClipDatabase {
  shared ??= new DocClipDatabase();
  return shared;
}
