import { clipsToCslJson } from '../core/export/clips-to-csl-json';
import type { ReaderSettings } from '../core/export/reader-settings';
import { clipsToCsv } from '../core/export/clips-to-csv';
import { clipsToMarkdown } from '../core/export/clips-to-markdown';
import { clipsToObsidian, clipsToObsidianNotes, type NoteWriter } from '../core/export/clips-to-obsidian';
import { renderNoteTemplate } from '../core/export/note-template';
import { clipsToRis } from '../core/export/clips-to-ris';
import { clipsToWebAnnotation } from '../core/export/clips-to-web-annotation';
import { exportFileName, writeExportJson, writeExportJsonOf } from '../core/export/clips-export';
import { figuresToCsv } from '../core/export/figures-to-csv';
import { documentsOf } from '../core/documents/document-record';
import type { DocumentRecords } from '../core/export/group-documents';
import type { Clip } from '../core/types';

/**
 * The files the library can export; only `json` (docclip.clips) can be imported again. `ris`
 * and `csl-json` describe the clips' documents (one reference each), for reference managers.
 */
export type ExportKind = 'json' | 'csv' | 'figures-csv' | 'markdown' | 'obsidian' | 'web-annotation' | 'ris' | 'csl-json';

export const EXPORT_KINDS: readonly ExportKind[] = ['json', 'csv', 'figures-csv', 'markdown', 'obsidian', 'web-annotation', 'ris', 'csl-json'];

export interface ExportFile {
  name: string;
  mimeType: string;
  /** The file's text in parts, to concatenate (exportText) or to pass to `new Blob(parts)`. */
  parts: string[];
}

/** Settings an export follows. */
export interface ExportOptions {
  /** The reader's template of the Obsidian note (note-template.ts); absent or null: documentNote. */
  noteTemplate?: string | null;
  /**
   * The reader's rows of documents (note, author, type), by docId: the JSON export carries
   * those of its clips' documents, Markdown and the Obsidian notes write their notes and
   * authors, RIS and CSL-JSON their authors, types and notes.
   */
  documents?: DocumentRecords;
}

interface Format {
  suffix: string;
  mimeType: string;
  write: (clips: readonly Clip[], now: Date, options: ExportOptions) => string[];
  /** The file's name when it is not exportFileName(now, suffix). */
  name?: (clips: readonly Clip[], now: Date) => string | null;
}

const FORMATS: Record<ExportKind, Format> = {
  json: {
    suffix: 'json',
    mimeType: 'application/json',
    write: (clips, now, { documents }) => writeExportJson(clips, now, documentsOf(documents ?? new Map(), clips.map((c) => c.docId))),
  },
  csv: { suffix: 'csv', mimeType: 'text/csv;charset=utf-8', write: (clips) => [clipsToCsv(clips)] },
  'figures-csv': { suffix: 'figures.csv', mimeType: 'text/csv;charset=utf-8', write: (clips) => [figuresToCsv(clips)] },
  markdown: { suffix: 'md', mimeType: 'text/markdown;charset=utf-8', write: (clips, _now, { documents }) => [clipsToMarkdown(clips, documents)] },
  // One document: its note, named after it, to drop into a vault. Several: one file of notes,
  // each introduced by the name of its file (clipsToObsidian).
  obsidian: {
    suffix: 'notes.md',
    mimeType: 'text/markdown;charset=utf-8',
    write: (clips, _now, options) => [clipsToObsidian(clips, noteWriter(options), options.documents)],
    name: (clips) => {
      const notes = clipsToObsidianNotes(clips);
      return notes.length === 1 ? notes[0]!.fileName : null;
    },
  },
  'web-annotation': {
    suffix: 'jsonld',
    mimeType: 'application/ld+json',
    write: (clips) => [JSON.stringify(clipsToWebAnnotation(clips), null, 2)],
  },
  ris: { suffix: 'ris', mimeType: 'application/x-research-info-systems', write: (clips, _now, { documents }) => [clipsToRis(clips, documents)] },
  'csl-json': {
    suffix: 'csl.json',
    mimeType: 'application/vnd.citationstyles.csl+json',
    write: (clips, _now, { documents }) => [JSON.stringify(clipsToCslJson(clips, documents), null, 2)],
  },
};

/**
 * The file of `clips` in the format `kind`, named for the local day of `now` (exportFileName),
 * except the Obsidian note of a single document, named after it (noteFileName). Pure.
 */
export function buildExportFile(kind: ExportKind, clips: readonly Clip[], now: Date, options: ExportOptions = {}): ExportFile {
  const format = FORMATS[kind];
  const name = format.name?.(clips, now) ?? exportFileName(now, format.suffix);
  return { name, mimeType: format.mimeType, parts: format.write(clips, now, options) };
}

function noteWriter({ noteTemplate }: ExportOptions): NoteWriter | undefined {
  return noteTemplate ? (doc) => renderNoteTemplate(noteTemplate, doc) : undefined;
}

/**
 * The `json` file of clips already written with clipJson, in the order given (newest first
 * from `mapAllClips(db, clipJson)`), with every non-blank row of `documents` (a full backup
 * keeps the notes of all documents): the same file as buildExportFile('json', clips, now) of
 * all clips when every row belongs to one of them.
 */
export function buildJsonExportFile(clipJsons: readonly string[], now: Date, documents: DocumentRecords = new Map(), settings?: ReaderSettings): ExportFile {
  const { suffix, mimeType } = FORMATS.json;
  return { name: exportFileName(now, suffix), mimeType, parts: writeExportJsonOf(clipJsons, now, documentsOf(documents, documents.keys()), settings) };
}

/** The whole text of `file` as one string (tests, small files; a download passes the parts to a Blob). */
export function exportText(file: ExportFile): string {
  return file.parts.join('');
}
