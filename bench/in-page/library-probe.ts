/**
 * Bundled (IIFE, global `DocClipLibraryProbe`) and evaluated in a Chromium page by the
 * benchmark: DocClip's real store (Dexie `DocClipDatabase`; the library's search path
 * loadSearchIndex → ClipSearchIndex.search → clipsByIds; mapAllClips, importClips), its export
 * writer and import parser, timed against the raw IndexedDB floor — a bare put-all / getAll of
 * the same rows on a database of the same schema. runLibrary measures all but the import, which
 * runImport measures in a page of another origin (see bench/library.ts).
 */
import { makeClipRows, COMMON_TERM, RARE_TERM } from '../clip-rows';
import { clipJson } from '../../src/core/export/clips-export';
import { ImportRefusedError } from '../../src/core/export/checked-clips';
import { parseClipsImport, readClipsImport, MAX_IMPORT_CHARS } from '../../src/core/export/parse-clips-import';
import { compareClips } from '../../src/core/query/matches-query';
import type { Clip } from '../../src/core/types';
import { clipsByIds, importClips, loadSearchIndex, mapAllClips, recentClips } from '../../src/db/clips-store';
import { DocClipDatabase } from '../../src/db/database';
import { buildExportFile, buildJsonExportFile, exportText } from '../../src/ui/export-files';

export { makeClipRows };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens an existing database with the raw API (its current version). */
export function rawOpen(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

/** The floor of a bulk write: every row put in one readwrite transaction, raw API. */
export async function rawPutAll(name: string, rows: readonly Clip[]): Promise<number> {
  const db = await rawOpen(name);
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('clips', 'readwrite', { durability: 'default' });
    const store = tx.objectStore('clips');
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

/** The floor of a full read: one getAll, raw API. */
export async function rawGetAll(name: string): Promise<{ ms: number; rows: number }> {
  const db = await rawOpen(name);
  const t0 = performance.now();
  const rows = await request(db.transaction('clips').objectStore('clips').getAll());
  const ms = performance.now() - t0;
  db.close();
  return { ms, rows: rows.length };
}

/**
 * The floor of a full read as the store reads it: one `getAll` per primary-key range, the same
 * ranges as mapAllClips (split at the first hex digit of the UUIDs), asked for at once in one
 * readonly transaction, raw API.
 */
export async function rawGetAllRanges(name: string): Promise<{ ms: number; rows: number }> {
  const db = await rawOpen(name);
  const splits = [...'123456789abcdef'];
  const ranges = [
    IDBKeyRange.upperBound(splits[0]!, true),
    ...splits.slice(1).map((upper, i) => IDBKeyRange.bound(splits[i]!, upper, false, true)),
    IDBKeyRange.lowerBound(splits[splits.length - 1]!),
  ];
  const t0 = performance.now();
  const store = db.transaction('clips').objectStore('clips');
  const parts = await Promise.all(ranges.map((range) => request(store.getAll(range))));
  const ms = performance.now() - t0;
  db.close();
  return { ms, rows: parts.reduce((n, part) => n + part.length, 0) };
}

/** The floor of the popup's read: open the database and read the newest `n` rows by createdAt (raw cursor). */
export async function rawNewest(name: string, n: number): Promise<number> {
  const t0 = performance.now();
  const db = await rawOpen(name);
  await new Promise<void>((resolve, reject) => {
    let left = n;
    const req = db.transaction('clips').objectStore('clips').index('createdAt').openCursor(null, 'prev');
    req.onsuccess = () => {
      const cursor = req.result;
      if (cursor && --left > 0) cursor.continue();
      else resolve();
    };
    req.onerror = () => reject(req.error);
  });
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

/** Creates `name` with DocClip's schema (Dexie), empty. */
async function createSchema(name: string): Promise<DocClipDatabase> {
  await new DocClipDatabase(name).delete();
  const db = new DocClipDatabase(name);
  await db.open();
  return db;
}

/** Inserts `count` generated rows into an existing DocClip database with the raw API (setup, not timed). */
export async function fillRaw(name: string, count: number, sentences: string[]): Promise<number> {
  const rows = makeClipRows(count, sentences);
  return rawPutAll(name, rows);
}

export interface LibraryResult extends ImportResult {
  rows: number;
  floorPutAllMs: number;
  floorGetAllMs: number;
  /** rawGetAllRanges: the read the export does, raw (median of 3). */
  floorGetAllRangesMs: number;
  recentMs: number;
  /** loadSearchIndex: the library page's index, built once when the page opens. */
  indexLoadMs: number;
  search: Record<string, { firstBlockMs: number; countMs: number; bothMs: number; found: number; total: number }>;
  exportMs: number;
  /** mapAllClips(db, clipJson): the read, with each clip serialised as its range arrives. */
  exportReadMs: number;
  exportChars: number;
}

export interface ImportResult {
  /** readClipsImport: the file's JSON.parse and every check but the clips' own. */
  importParseMs: number | null;
  /** importClips of readClipsImport's CheckedClips: each clip checked as it is written, one transaction. */
  importWriteMs: number | null;
  importAdded: number | null;
  importRefused: string | null;
  maxImportChars: number;
  partsImport: { parts: number; parseMs: number; writeMs: number; added: number } | null;
  /** Length of the file imported: the export's (runImport writes the same clips in the same order). */
  importChars: number;
}

/** The library measurements on `count` rows but the import (runImport), see BENCHMARKS.md. */
export async function runLibrary(count: number, sentences: string[]): Promise<Omit<LibraryResult, keyof ImportResult>> {
  const rows = makeClipRows(count, sentences);
  const db = await createSchema('docclip');
  db.close();
  const floorPutAllMs = await rawPutAll('docclip', rows);
  const floorGetAllMs = median([(await rawGetAll('docclip')).ms, (await rawGetAll('docclip')).ms, (await rawGetAll('docclip')).ms]);
  const floorGetAllRangesMs = median(await repeat(3, async () => (await rawGetAllRanges('docclip')).ms));
  await db.open();

  const recentMs = median(await repeat(3, async () => (await timed(() => recentClips(db, 10))).ms));

  // The library's search: its index is loaded once when the page opens; a query is then one
  // pass over the index (ids in order = count) plus the rows of the first block of 100.
  const indexed = await timed(() => loadSearchIndex(db));
  const index = indexed.value;
  const search: LibraryResult['search'] = {};
  for (const term of [COMMON_TERM, RARE_TERM]) {
    const runs = await repeat(3, async () => {
      const query = { text: term };
      const counted = await timed(async () => index.search(query));
      const first = await timed(() => clipsByIds(db, counted.value.slice(0, 100)));
      const both = await timed(async () => clipsByIds(db, index.search(query).slice(0, 100)));
      return { firstBlockMs: first.ms, countMs: counted.ms, bothMs: both.ms, found: first.value.length, total: counted.value.length };
    });
    const pick = (k: 'firstBlockMs' | 'countMs' | 'bothMs') => median(runs.map((r) => r[k]));
    search[term] = { firstBlockMs: pick('firstBlockMs'), countMs: pick('countMs'), bothMs: pick('bothMs'), found: runs[0]!.found, total: runs[0]!.total };
  }

  // Export as the library does it (ExportBar, scope "all", JSON): every clip serialised as it is
  // read, newest first, written as docclip.clips JSON parts and handed to a Blob (what
  // downloadText does before the click).
  const t0 = performance.now();
  const jsons = await mapAllClips(db, clipJson);
  const exportReadMs = performance.now() - t0;
  const file = buildJsonExportFile(jsons, new Date());
  const blob = new Blob(file.parts, { type: file.mimeType });
  const exportMs = performance.now() - t0;
  void blob;
  db.close();

  return {
    rows: rows.length,
    floorPutAllMs,
    floorGetAllMs,
    floorGetAllRangesMs,
    recentMs,
    indexLoadMs: indexed.ms,
    search,
    exportMs,
    exportReadMs,
    exportChars: file.parts.reduce((n, part) => n + part.length, 0),
  };
}

/**
 * Import of the file runLibrary exports (the same `count` rows, newest first) into an empty
 * library, as the library page does it: readClipsImport (JSON, envelope), then importClips in one
 * transaction, each clip checked (CheckedClips) as it is written. Run in a page of an origin of its own,
 * so that it writes into an IndexedDB backing store as empty as the one the put-all floor wrote
 * into (Chromium keeps one store per origin; the export's 100,000 rows in it slow every write).
 */
export async function runImport(count: number, sentences: string[]): Promise<ImportResult> {
  const clips = makeClipRows(count, sentences).sort(compareClips('newest'));
  const text = exportText(buildExportFile('json', clips, new Date()));
  const target = await createSchema('docclip-import');
  let importParseMs: number | null = null;
  let importWriteMs: number | null = null;
  let importAdded: number | null = null;
  let importRefused: string | null = null;
  // As the library's ImportButton: the file read (JSON and all but the clips' checks), then each
  // clip checked as importClips writes it, in its one transaction.
  const p0 = performance.now();
  const parsed = readClipsImport(text);
  importParseMs = performance.now() - p0;
  if (parsed.ok) {
    try {
      const w = await timed(() => importClips(target, parsed.clips));
      importWriteMs = w.ms;
      importAdded = w.value.added;
    } catch (e) {
      if (!(e instanceof ImportRefusedError)) throw e;
      importRefused = JSON.stringify(e.problems).slice(0, 200);
    }
  } else {
    importRefused = JSON.stringify(parsed.problems).slice(0, 200);
  }

  // When the whole file is refused, the same rows in files under the import limit.
  let partsImport: ImportResult['partsImport'] = null;
  if (!parsed.ok) {
    const parts = Math.ceil(text.length / (MAX_IMPORT_CHARS * 0.9));
    const size = Math.ceil(clips.length / parts);
    let parseMs = 0;
    let writeMs = 0;
    let added = 0;
    for (let i = 0; i < parts; i++) {
      const partText = exportText(buildExportFile('json', clips.slice(i * size, (i + 1) * size), new Date()));
      const q0 = performance.now();
      const part = parseClipsImport(partText);
      parseMs += performance.now() - q0;
      if (!part.ok) throw new Error(`part ${i}: ${JSON.stringify(part.problems)}`);
      const w = await timed(() => importClips(target, part.clips));
      writeMs += w.ms;
      added += w.value.added;
    }
    partsImport = { parts, parseMs, writeMs, added };
  }
  target.close();
  return { importParseMs, importWriteMs, importAdded, importRefused, maxImportChars: MAX_IMPORT_CHARS, partsImport, importChars: text.length };
}

async function repeat<T>(n: number, fn: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}
