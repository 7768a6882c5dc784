import * as v from 'valibot';
import { DocumentRecordSchema, type DocumentRecord } from '../documents/document-record';
import type { Clip } from '../types';
import { annotationToClip, detectAnnotations, type AnnotationFormat, type ClipCandidate, type LocatedItem } from './annotations-to-clips';
import { CheckedClips, MAX_REPORTED_ISSUES, refuse, type ImportRefusal } from './checked-clips';
import { ClipSchema, IsoTimestampSchema } from './clip-schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from './clips-export';
import { describeIssue, fileProblem, issueToProblem, jsonTypeOf, problemAt, type ImportProblem } from './describe-issue';
import { ReaderSettingsSchema, type ReaderSettings } from './reader-settings';
import { upgradeExport } from './upgrade-export';

/**
 * Parses an export file for import. Pure: nothing is written; the caller writes the
 * returned clips with `importClips` (one transaction) only when `ok` is true.
 *
 * The WHOLE file is checked before anything is returned, in this order, stopping at the
 * first stage that fails: size → JSON syntax → envelope (`format`, `version`, upgrade of an
 * older version) → every clip against `ClipSchema` → ids unique within the file.
 * Never throws; every refusal is `{ ok: false, problems, more }`: structured problems naming
 * what (`code`, `params`) and where (`path`, `clip`), translated by the caller with
 * `formatImportProblems` (describe-issue.ts) — with the zh_CN messages
 * `第 18 条摘录 (clips[17].createdAt)：不是有效的 ISO 时间`. When several clips are bad, the
 * first `MAX_REPORTED_ISSUES` problems are listed and `more` counts the rest.
 *
 * On success, `version` is the version the file was written in; clips are normalised by
 * `ClipSchema` (ids lower-cased, timestamps as UTC ISO) and in file order; `documents` are the
 * file's per-document rows (export version 2, DocumentRecordSchema), [] when it has none;
 * `settings` the reader's settings of a full backup (version 3, ReaderSettingsSchema), when it has them.
 *
 * A file that is not DocClip's but a Hypothesis export or W3C Web Annotation JSON
 * (annotations-to-clips.ts) is read too: `format` says which. Its annotations are converted and
 * then checked exactly like DocClip's clips (a bad one refuses the file, with the place in
 * the file of the value that is wrong); annotations that are not clips (replies, page notes)
 * are left out and listed in `skipped`, so the reader sees what was not imported and why.
 */
export type ClipsImportFormat = 'docclip' | AnnotationFormat;

export type ClipsImportResult =
  | { ok: true; clips: Clip[]; documents: DocumentRecord[]; settings?: ReaderSettings; version: number; format: ClipsImportFormat; skipped: ImportProblem[] }
  | { ok: false; problems: ImportProblem[]; more: number };

/**
 * Largest file accepted, in UTF-16 code units of the text read. It must take DocClip's own
 * full backup: 100,000 clips of ordinary length export to about 100M characters. Near V8's
 * longest string (2^29 − 24 code units) reading the file would fail anyway, with a worse message.
 */
export const MAX_IMPORT_CHARS = 400 * 1024 * 1024;
/**
 * Largest file accepted before it is read, in bytes (`File#size`). Every UTF-16 code unit takes
 * at least one UTF-8 byte, so a file within this limit is also within MAX_IMPORT_CHARS.
 */
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS;
export { MAX_REPORTED_ISSUES };

/**
 * The refusal of a file of `bytes` bytes, or null when its size is accepted: checked on
 * `File#size` before reading, so that a huge file is not read into memory only to be refused.
 */
export function checkImportSize(bytes: number, maxBytes = MAX_IMPORT_BYTES): ImportProblem | null {
  if (bytes <= maxBytes) return null;
  return fileProblem('too-large', [(bytes / 1024 / 1024).toFixed(1), String(bytes), (maxBytes / 1024 / 1024).toFixed(0)]);
}

/** The envelope; its clips are checked one by one (validateClips). */
const EnvelopeSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: IsoTimestampSchema,
  documents: v.optional(v.array(v.unknown())),
  settings: v.optional(ReaderSettingsSchema),
  clips: v.array(v.unknown()),
});

type Issue = v.BaseIssue<unknown>;
/* Messages come from issueToProblem once the path is complete, so valibot's own are not used. */
const PARSE_CONFIG = { abortEarly: false } as const;

export function parseClipsImport(json: string, maxChars = MAX_IMPORT_CHARS, now = new Date()): ClipsImportResult {
  const read = readClipsImport(json, maxChars, now);
  if (!read.ok) return read;
  if (!(read.clips instanceof CheckedClips)) return { ...read, clips: read.clips };
  const { clips, issues, duplicates } = read.clips.check();
  if (issues.length > 0) return fail(issues.map(issueToProblem));
  if (duplicates.length > 0) return fail(duplicates);
  return { ...read, clips };
}

/**
 * What importing a file needs, read for the library's import: every check of parseClipsImport
 * but the clips' own, which are made as the store writes them. On success `clips` are a
 * CheckedClips (DocClip's file: each clip is checked as it is iterated, and a bad clip or a
 * repeated id throws an ImportRefusedError with the refusal parseClipsImport would give), or the
 * already checked clips of another tool's file. A refusal is parseClipsImport's, whole.
 */
export type ClipsImportRead =
  | { ok: true; clips: CheckedClips | Clip[]; documents: DocumentRecord[]; settings?: ReaderSettings; version: number; format: ClipsImportFormat; skipped: ImportProblem[] }
  | ImportRefusal;

export function readClipsImport(json: string, maxChars = MAX_IMPORT_CHARS, now = new Date()): ClipsImportRead {
  if (json.length > maxChars) {
    const mb = (json.length / 1024 / 1024).toFixed(1);
    return fail([fileProblem('too-large-chars', [mb, String(json.length), (maxChars / 1024 / 1024).toFixed(0)])]);
  }
  const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json; // BOM from Windows editors
  if (text.trim() === '') return fail([fileProblem('empty')]);

  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return fail([describeJsonError(text, e)]);
  }

  const isEnvelope = typeof doc === 'object' && doc !== null && !Array.isArray(doc) && (doc as Record<string, unknown>).format === EXPORT_FORMAT;
  if (!isEnvelope) {
    const annotations = detectAnnotations(doc);
    if (annotations !== null) return annotations.ok ? parseAnnotations(annotations.format, annotations.items, now) : fail([annotations.problem]);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return fail([problemAt('', 'not-object', [jsonTypeOf(doc)])]);
  }
  const envelope = doc as Record<string, unknown>;
  if (envelope.format !== EXPORT_FORMAT) {
    const expected = JSON.stringify(EXPORT_FORMAT);
    return fail([
      envelope.format === undefined
        ? problemAt('format', 'missing-format', [expected])
        : problemAt('format', 'wrong-format', [expected, JSON.stringify(envelope.format)]),
    ]);
  }
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([
      version === undefined
        ? problemAt('version', 'missing-version')
        : problemAt('version', 'bad-version', [JSON.stringify(version)]),
    ]);
  }
  const upgraded = upgradeExport({ ...envelope, version });
  if (!upgraded.ok) return fail([upgraded.problem]);

  const checked = v.safeParse(EnvelopeSchema, upgraded.doc, PARSE_CONFIG);
  const items: readonly unknown[] = Array.isArray(upgraded.doc.clips) ? upgraded.doc.clips : [];
  const documents = Array.isArray(upgraded.doc.documents) ? validateDocuments(upgraded.doc.documents) : { output: [], issues: [] };
  if (!checked.success || documents.issues.length > 0) {
    // The order of one strict-object parse of the whole file: its own fields (format, version,
    // exportedAt, clips), the clips' problems, then fields it does not allow.
    const own = checked.issues ?? [];
    const known = own.filter((issue) => Object.hasOwn(EnvelopeSchema.entries, String(issue.path?.[0]?.key)));
    const unknown = own.filter((issue) => !known.includes(issue));
    return fail([...known, ...documents.issues, ...CheckedClips.issuesOf(items), ...unknown].map(issueToProblem));
  }

  const clips = new CheckedClips(items);
  const duplicateDocuments = findDuplicateDocuments(documents.output);
  if (duplicateDocuments.length > 0) {
    // Repeated ids come after the clips' own problems, repeated documents before repeated clip ids.
    const all = clips.check();
    return fail(all.issues.length > 0 ? all.issues.map(issueToProblem) : [...duplicateDocuments, ...all.duplicates]);
  }
  const settings = checked.output.settings;
  return { ok: true, clips, documents: documents.output, ...(settings ? { settings } : {}), version, format: 'docclip', skipped: [] };
}

/**
 * The clips of a Hypothesis or W3C file: each annotation converted (annotationToClip), the
 * convertible ones checked with ClipSchema, a problem placed at the value of the file it came
 * from (`annotations[2].created`). Two annotations with one id: the second is skipped.
 */
function parseAnnotations(format: AnnotationFormat, items: readonly LocatedItem[], now: Date): ClipsImportResult {
  const clips: Clip[] = [];
  const problems: ImportProblem[] = [];
  const skipped: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const converted = annotationToClip(format, item, now);
    if (!converted.ok) {
      skipped.push(converted.skipped);
      continue;
    }
    const parsed = v.safeParse(ClipSchema, converted.candidate.clip, PARSE_CONFIG);
    if (!parsed.success) {
      problems.push(...parsed.issues.map((issue) => candidateProblem(converted.candidate, issue)));
      continue;
    }
    if (seen.has(parsed.output.id)) {
      skipped.push(problemAt(item.path, 'skipped-duplicate', [parsed.output.id]));
      continue;
    }
    seen.add(parsed.output.id);
    clips.push(parsed.output);
  }
  if (problems.length > 0) return fail(problems);
  return { ok: true, clips, documents: [], version: EXPORT_VERSION, format, skipped };
}

/** A problem of a converted annotation, at the file's value its field came from. */
function candidateProblem(candidate: ClipCandidate, issue: Issue): ImportProblem {
  const field = issue.path?.[0]?.key;
  const path = (typeof field === 'string' && candidate.fieldPaths[field]) || candidate.path;
  const { code, params } = describeIssue(issue);
  return problemAt(path, code, params);
}

/** Checks each row of `documents` against DocumentRecordSchema (paths `documents[i].…`). */
function validateDocuments(items: readonly unknown[]): { output: DocumentRecord[]; issues: Issue[] } {
  const output: DocumentRecord[] = [];
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    const parsed = v.safeParse(DocumentRecordSchema, item, PARSE_CONFIG);
    if (parsed.success) {
      output.push(parsed.output);
      return;
    }
    const prefix: v.IssuePathItem[] = [
      { type: 'object', origin: 'value', input: {}, key: 'documents', value: items },
      { type: 'array', origin: 'value', input: items, key: i, value: item },
    ];
    for (const issue of parsed.issues) issues.push({ ...issue, path: [...prefix, ...(issue.path ?? [])] as Issue['path'] });
  });
  return { output, issues };
}

/** One problem per document row whose docId already appeared earlier in the file. */
function findDuplicateDocuments(documents: readonly DocumentRecord[]): ImportProblem[] {
  const firstIndex = new Map<string, number>();
  const lines: ImportProblem[] = [];
  documents.forEach((doc, i) => {
    const first = firstIndex.get(doc.docId);
    if (first === undefined) firstIndex.set(doc.docId, i);
    else lines.push(problemAt(`documents[${i}].docId`, 'duplicate-document', [`documents[${first}].docId`, doc.docId]));
  });
  return lines;
}

/** The refusal: the first MAX_REPORTED_ISSUES problems, and how many more there are. */
const fail = refuse;

/**
 * JSON.parse's message, with line and column where the engine gives a position.
 * V8 (Node 22+, Chrome) says "… at position N"; Firefox says "at line L column C";
 * older V8 (Node 20) gives neither, and the message is passed on as it is.
 */
function describeJsonError(text: string, error: unknown): ImportProblem {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  if (lineColumn) return fileProblem('not-json-at', [lineColumn[1]!, lineColumn[2]!, message]);
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return fileProblem('not-json-at-offset', [String(line), String(column), String(offset), message]);
  }
  return fileProblem('not-json', [message]);
}
