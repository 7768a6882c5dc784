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

export class DocClipDatabase extends Dexie {
  clips!: EntityTable<Clip, 'id'>;
  anchorings!: EntityTable<ClipAnchoring, 'clipId'>;
  documents!: EntityTable<DocumentRecord, 'docId'>;

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
