/**
 * Every released version of the `docclip` database schema, oldest first. A released entry is
 * never edited (browsers that opened it keep its shape): a change is a new entry with a higher
 * version and, where rows must change, an `upgrade`. test/unit/db-schema-history.test.ts pins
 * the released entries.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
  /** What changed and why. */
  note: string;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { clips: 'id, createdAt, updatedAt, url, site, docId, *tags' },
    note: 'clips keyed by UUID id; indexes for the library sort (createdAt, updatedAt) and filters (site, docId, tags).',
  },
  {
    version: 2,
    stores: { clips: 'id, createdAt, updatedAt, url, site, docId, *tags', anchorings: 'clipId, docId' },
    note: 'anchorings: for a clip found on its page where the text now differs from the saved text, what the page says (keyed by clipId; docId to check who may write it). Not part of the export: it describes the page, not the clip.',
  },
  {
    version: 3,
    stores: { clips: 'id, createdAt, updatedAt, url, site, docId, *tags, category', anchorings: 'clipId, docId' },
    note: 'clips: index on the optional `category` (the reader\'s own category name) for the library filter. No row changes: a clip without the field has no category and is simply absent from the index.',
  },
  {
    version: 4,
    stores: {
      clips: 'id, createdAt, updatedAt, url, site, docId, *tags, category',
      anchorings: 'clipId, docId',
      documents: 'docId, updatedAt',
    },
    note: 'documents: what the reader keeps per document (src/core/documents/document-record.ts: one note, the author and GB/T 7714 type its citation uses), keyed by the clips\' docId. A new table: no row changes; a document without a row has no note and the citation defaults.',
  },
  {
    version: 5,
    stores: {
      clips: 'id, createdAt, updatedAt, url, site, docId, *tags, category',
      anchorings: 'clipId, docId',
      documents: 'docId, updatedAt',
      ocrPages: '[docId+page], docId',
    },
    note: 'ocrPages: the OCR reading of a drawn page (text, per-character confidence, layer lines), keyed by document and page number, so a revisit does not read the pages again; docId to count and clear a document\'s cache. Not part of the export: it is derived from what the site shows.',
  },
];
