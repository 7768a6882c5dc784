import type { DocumentRecord } from '../documents/document-record';
import { localDateStamp } from '../local-date';
import type { Clip } from '../types';
import type { ReaderSettings } from './reader-settings';

/**
 * The export document (DESIGN.md "Export and import"), described for outside tools by
 * `schema/clips.v3.schema.json`. Export is pure: the caller gathers the clips and the time.
 */

export const EXPORT_FORMAT = 'docclip.clips';
/**
 * The version this build writes, and the newest it reads (older ones go through upgradeExport).
 * 2: the optional top-level `documents` (the reader's note, author and type per document,
 * src/core/documents/document-record.ts).
 * 3: the optional top-level `settings` of a full backup (the reader's categories, watch terms,
 * note template and citation style, src/core/export/reader-settings.ts); schema/clips.v3.schema.json.
 */
export const EXPORT_VERSION = 3;

export interface ClipsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  /** Rows of the clips' documents that say something; left out when there are none. */
  documents?: DocumentRecord[];
  /** The reader's settings, in a full backup (the library's export of every clip, the automatic backup). */
  settings?: ReaderSettings;
  clips: Clip[];
}

/**
 * The export of `clips`, in the order given (the library passes newest first), with the
 * `documents` rows given (documentsOf picks those of the clips). Copies the arrays, not the
 * clips: serialise it before the clips are changed.
 */
export function createExport(clips: readonly Clip[], now: Date, documents: readonly DocumentRecord[] = [], settings?: ReaderSettings): ClipsExport {
  return { ...envelopeOf(now, documents, settings), clips: [...clips] };
}

function envelopeOf(now: Date, documents: readonly DocumentRecord[], settings: ReaderSettings | undefined): Omit<ClipsExport, 'clips'> {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    ...(documents.length > 0 ? { documents: [...documents] } : {}),
    ...(settings ? { settings } : {}),
  };
}

/**
 * The export of `clips` as JSON text, in parts to be concatenated (or handed to a `Blob`): the
 * same text as `JSON.stringify(createExport(clips, now))`, without building it as one string.
 * A full backup is ≈ 100M characters: one string of that size (and its copy in the Blob) is
 * a large share of the page's memory, and near V8's longest string a little more would fail.
 * One part per clip, after the envelope's opening (which holds `documents`); no indentation (it
 * is a third of the size).
 */
export function writeExportJson(clips: readonly Clip[], now: Date, documents: readonly DocumentRecord[] = [], settings?: ReaderSettings): string[] {
  return writeExportJsonOf(clips.map(clipJson), now, documents, settings);
}

/** One clip as the export writes it in `clips`: its JSON, without indentation. */
export function clipJson(clip: Clip): string {
  return JSON.stringify(clip);
}

/**
 * writeExportJson from clips already written with clipJson, in the order given: for a caller
 * that serialises each clip while the rest are still being read (see mapAllClips).
 */
export function writeExportJsonOf(clipJsons: readonly string[], now: Date, documents: readonly DocumentRecord[] = [], settings?: ReaderSettings): string[] {
  const envelope = JSON.stringify(envelopeOf(now, documents, settings));
  const parts = [`${envelope.slice(0, -1)},"clips":[`];
  clipJsons.forEach((json, i) => parts.push(i === 0 ? json : `,${json}`));
  parts.push(']}');
  return parts;
}

/**
 * `docclip-clips-YYYY-MM-DD.<suffix>`, the date in the reader's local time zone (the day
 * they see on their calendar, not the UTC day). `suffix` defaults to `json`; other exports
 * pass theirs (`csv`, `figures.csv`, `md`, `jsonld`).
 */
export function exportFileName(now: Date, suffix = 'json'): string {
  return `docclip-clips-${localDateStamp(now)}.${suffix.replace(/^\.+/, '')}`;
}
