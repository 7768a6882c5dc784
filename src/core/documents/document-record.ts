import * as v from 'valibot';
import { DOCUMENT_TYPES, type CitedDocument, type DocumentType } from '../export/cite-clip';
import { IsoTimestampSchema } from '../export/clip-schema';

/**
 * What the reader keeps about one document (all clips of a `docId`), beyond its clips: one
 * note, and the author and document type its citation uses (the site's uploader is not the
 * author, so DocClip never fills them itself). Stored in the Dexie table `documents` (schema
 * version 4), keyed by `docId`; exported as the optional top-level `documents` of a
 * docclip.clips file (export version 2).
 *
 * `author` and `docType` are absent when not stated (never an empty string), like a clip's
 * `category`.
 */
export interface DocumentRecord {
  docId: string;
  note: string;
  /** 主要责任者 as the reader wrote it (several separated by ，or ,). */
  author?: string;
  /** GB/T 7714 type code (cite-clip.ts DOCUMENT_TYPES). */
  docType?: DocumentType;
  /** ISO 8601, UTC: when the reader last changed it. */
  updatedAt: string;
}

export const DOCUMENT_LIMITS = { docId: 8_192, note: 20_000, author: 500 } as const;

const bounded = (max: number) => v.pipe(v.string(), v.maxLength(max, `过长（上限 ${max} 个字符）`));
const nonEmpty = (max: number) => v.pipe(v.string(), v.minLength(1, '不能为空'), v.maxLength(max, `过长（上限 ${max} 个字符）`));

/** The runtime schema of a stored DocumentRecord (import checks every row of `documents` with it). */
export const DocumentRecordSchema = v.strictObject({
  docId: nonEmpty(DOCUMENT_LIMITS.docId),
  note: bounded(DOCUMENT_LIMITS.note),
  author: v.optional(nonEmpty(DOCUMENT_LIMITS.author)),
  docType: v.optional(v.picklist(Object.keys(DOCUMENT_TYPES) as DocumentType[])),
  updatedAt: IsoTimestampSchema,
});

/* Compile-time guard: the schema's output and DocumentRecord stay the same shape both ways. */
type Output = v.InferOutput<typeof DocumentRecordSchema>;
const _recordFitsSchema = (r: DocumentRecord): Output => r;
const _schemaFitsRecord = (r: Output): DocumentRecord => r;
void _recordFitsSchema;
void _schemaFitsRecord;

/** What the reader may change of a document; `null` or '' removes author / docType. */
export interface DocumentPatch {
  note?: string;
  author?: string | null;
  docType?: DocumentType | null;
}

/**
 * The record of `docId` after `patch`, at `now`. Author is trimmed; an empty author or a null
 * type leaves the field out. Pure: `previous` is not changed.
 */
export function applyDocumentPatch(docId: string, previous: DocumentRecord | undefined, patch: DocumentPatch, now: Date): DocumentRecord {
  const next: DocumentRecord = { ...(previous ?? { docId, note: '' }), docId, updatedAt: now.toISOString() };
  if (patch.note !== undefined) next.note = patch.note;
  if (patch.author !== undefined) {
    const author = patch.author?.trim() ?? '';
    if (author) next.author = author;
    else delete next.author;
  }
  if (patch.docType !== undefined) {
    if (patch.docType) next.docType = patch.docType;
    else delete next.docType;
  }
  return next;
}

/** True when the record says nothing (no note, author or type): the store deletes such a row. */
export function isBlankDocument(record: Pick<DocumentRecord, 'note' | 'author' | 'docType'>): boolean {
  return record.note.trim() === '' && record.author === undefined && record.docType === undefined;
}

/** What citeClip needs of the record (none: the defaults, no author and type EB). */
export function citedDocument(record: DocumentRecord | undefined): CitedDocument {
  if (!record) return {};
  return { ...(record.author ? { author: record.author } : {}), ...(record.docType ? { docType: record.docType } : {}) };
}

/**
 * The rows of `records` that belong to documents of `docIds`, in the order of `docIds`, blank
 * ones left out: what an export of some clips carries.
 */
export function documentsOf(records: ReadonlyMap<string, DocumentRecord>, docIds: Iterable<string>): DocumentRecord[] {
  const out: DocumentRecord[] = [];
  const seen = new Set<string>();
  for (const id of docIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const record = records.get(id);
    if (record && !isBlankDocument(record)) out.push(record);
  }
  return out;
}
