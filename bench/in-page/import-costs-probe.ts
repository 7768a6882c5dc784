/**
 * Bundled (IIFE, global `DocClipImportCosts`) by bench/import-costs.ts and evaluated in a page of
 * an origin of its own per case: the parts of the import of the library bench (bench/library.ts)
 * timed one at a time, beside the raw put-all floor of the same rows, so that the import's extra
 * time over the floor can be split into parse, validation, Dexie's work and IndexedDB's.
 */
import { makeClipRows } from '../clip-rows';
import { parseClipsImport, readClipsImport } from '../../src/core/export/parse-clips-import';
import { compareClips } from '../../src/core/query/matches-query';
import type { Clip } from '../../src/core/types';
import { importClips } from '../../src/db/clips-store';
import { DocClipDatabase } from '../../src/db/database';
import { buildExportFile, exportText } from '../../src/ui/export-files';

let rows: Clip[] = [];
let text = '';

/** The rows of runLibrary and the file runImport imports (the same clips, newest first). */
export function prepare(count: number, sentences: string[]): { rows: number; chars: number } {
  rows = makeClipRows(count, sentences);
  text = exportText(buildExportFile('json', [...rows].sort(compareClips('newest')), new Date()));
  return { rows: rows.length, chars: text.length };
}

async function createSchema(name: string): Promise<void> {
  await new DocClipDatabase(name).delete();
  const db = new DocClipDatabase(name);
  await db.open();
  db.close();
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function rawWrite(db: IDBDatabase, list: readonly Clip[], kind: 'put' | 'add'): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = db.transaction('clips', 'readwrite', { durability: 'default' });
    const store = tx.objectStore('clips');
    if (kind === 'put') for (const row of list) store.put(row);
    else for (const row of list) store.add(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** The floor as runLibrary measures it (rawPutAll), or with `add`, on the generated rows. */
export async function floor(name: string, kind: 'put' | 'add', order: 'generated' | 'newest'): Promise<{ ms: number }> {
  await createSchema(name);
  const db = await request(indexedDB.open(name));
  const list = order === 'generated' ? rows : [...rows].sort(compareClips('newest'));
  const t0 = performance.now();
  await rawWrite(db, list, kind);
  const ms = performance.now() - t0;
  db.close();
  return { ms };
}

/** JSON.parse of the file alone, then the whole parseClipsImport (JSON.parse + validation). */
export function parseSplit(): { jsonMs: number; parseMs: number } {
  const t0 = performance.now();
  const doc = JSON.parse(text) as unknown;
  const jsonMs = performance.now() - t0;
  void doc;
  const t1 = performance.now();
  const parsed = parseClipsImport(text);
  const parseMs = performance.now() - t1;
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { jsonMs, parseMs };
}

/**
 * The import, timed in two parts: `store` = readClipsImport, then importClips of its
 * CheckedClips (each clip checked as it is written: what the library does now); `before` =
 * parseClipsImport, then the store's former importClips (Dexie's bulkAdd of the checked clips,
 * importClipsBefore below); `raw-put` = parseClipsImport, then the floor's raw put loop on its
 * clips (same origin state and heap as the import). `lean` drops the page's generated rows first.
 */
export async function importCase(name: string, write: 'store' | 'before' | 'raw-put', lean = false): Promise<{ parseMs: number; writeMs: number; added: number }> {
  await createSchema(name);
  // lean: the page holds no copy of the generated rows (as the library page, which has only the file).
  if (lean) rows = [];
  const p0 = performance.now();
  const parsed = write === 'store' ? readClipsImport(text) : parseClipsImport(text);
  const parseMs = performance.now() - p0;
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  if (write === 'raw-put') {
    const db = await request(indexedDB.open(name));
    const w0 = performance.now();
    await rawWrite(db, [...parsed.clips], 'put');
    db.close();
    return { parseMs, writeMs: performance.now() - w0, added: parsed.clips.length };
  }
  const db = new DocClipDatabase(name);
  await db.open();
  const w0 = performance.now();
  const added = (write === 'store' ? await importClips(db, parsed.clips) : await importClipsBefore(db, [...parsed.clips])).added;
  db.close();
  return { parseMs, writeMs: performance.now() - w0, added };
}

/** src/db/clips-store.ts importClips as it was at 0ebbae4 (for clips.length > 1000). */
async function importClipsBefore(db: DocClipDatabase, clips: readonly Clip[]): Promise<{ added: number; skipped: number }> {
  return db.transaction('rw', db.clips, async () => {
    const stored = new Set(await db.clips.toCollection().primaryKeys());
    const fresh = clips.filter((clip) => {
      if (stored.has(clip.id)) return false;
      stored.add(clip.id);
      return true;
    });
    await db.clips.bulkAdd(fresh);
    return { added: fresh.length, skipped: clips.length - fresh.length };
  });
}
