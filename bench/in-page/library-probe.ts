/**
 * Bundled (IIFE, global `DocClipLibraryProbe`) and evaluated in a Chromium page by the
 * benchmark: DocClip's real store (Dexie `DocClipDatabase`; the library's search path
 * loadSearchIndex → ClipSearchIndex.search → clipsByIds; allClips, importClips), its export
 * writer and import parser, timed against the raw IndexedDB floor — a bare put-all / getAll of
 * the same rows on a database of the same schema.
 */
import { makeClipRows, COMMON_TERM, RARE_TERM } from '../clip-rows';
import { parseClipsImport, MAX_IMPORT_CHARS } from '../../src/core/export/parse-clips-import';
import type { Clip } from '../../src/core/types';
import { allClips, clipsByIds, importClips, loadSearchIndex, recentClips } from '../../src/db/clips-store';
import { DocClipDatabase } from '../../src/db/database';
import { buildExportFile, exportText } from '../../src/ui/export-files';

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

export interface LibraryResult {
  rows: number;
  floorPutAllMs: number;
  floorGetAllMs: number;
  recentMs: number;
  /** loadSearchIndex: the library page's index, built once when the page opens. */
  indexLoadMs: number;
  search: Record<string, { firstBlockMs: number; countMs: number; bothMs: number; found: number; total: number }>;
  exportMs: number;
  exportReadMs: number;
  exportChars: number;
  importParseMs: number | null;
  importWriteMs: number | null;
  importAdded: number | null;
  importRefused: string | null;
  maxImportChars: number;
  partsImport: { parts: number; parseMs: number; writeMs: number; added: number } | null;
}

/** The library measurements on `count` rows (see BENCHMARKS.md). */
export async function runLibrary(count: number, sentences: string[]): Promise<LibraryResult> {
  const rows = makeClipRows(count, sentences);
  const db = await createSchema('docclip');
  db.close();
  const floorPutAllMs = await rawPutAll('docclip', rows);
  const floorGetAllMs = median([(await rawGetAll('docclip')).ms, (await rawGetAll('docclip')).ms, (await rawGetAll('docclip')).ms]);
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

  // Export as the library does it: every clip, newest first, written as docclip.clips JSON
  // parts and handed to a Blob (what downloadText does before the click).
  const t0 = performance.now();
  const clips = await allClips(db);
  const exportReadMs = performance.now() - t0;
  const file = buildExportFile('json', clips, new Date());
  const blob = new Blob(file.parts, { type: file.mimeType });
  const exportMs = performance.now() - t0;
  const text = exportText(file);
  void blob;
  db.close();

  // Import of that file into an empty library: validate the whole file, then one transaction.
  const target = await createSchema('docclip-import');
  let importParseMs: number | null = null;
  let importWriteMs: number | null = null;
  let importAdded: number | null = null;
  let importRefused: string | null = null;
  const p0 = performance.now();
  const parsed = parseClipsImport(text);
  importParseMs = performance.now() - p0;
  if (parsed.ok) {
    const w = await timed(() => importClips(target, parsed.clips));
    importWriteMs = w.ms;
    importAdded = w.value.added;
  } else {
    importRefused = JSON.stringify(parsed.problems).slice(0, 200);
  }

  // When the whole file is refused, the same rows in files under the import limit.
  let partsImport: LibraryResult['partsImport'] = null;
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

  return {
    rows: rows.length,
    floorPutAllMs,
    floorGetAllMs,
    recentMs,
    indexLoadMs: indexed.ms,
    search,
    exportMs,
    exportReadMs,
    exportChars: text.length,
    importParseMs,
    importWriteMs,
    importAdded,
    importRefused,
    maxImportChars: MAX_IMPORT_CHARS,
    partsImport,
  };
}

async function repeat<T>(n: number, fn: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}
