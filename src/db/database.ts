import Dexie, { type EntityTable } from 'dexie';
import type { Clip } from '../core/types';

/**
 * The one Dexie database of DocClip, in the extension's own origin.
 * Schema history: never edit a released version; add version(n+1) with an upgrade.
 *
 * v1: clips keyed by UUID `id`; indexes for the library's sort and filters.
 */
export class DocClipDatabase extends Dexie {
  clips!: EntityTable<Clip, 'id'>;

  constructor(name = 'docclip') {
    super(name);
    this.version(1).stores({
      clips: 'id, createdAt, updatedAt, url, site, docId, *tags',
    });
  }
}

let shared: DocClipDatabase | undefined;

/** The database `docclip`, opened lazily (so importing this module has no side effect). */
export function openDatabase(): DocClipDatabase {
  shared ??= new DocClipDatabase();
  return shared;
}
