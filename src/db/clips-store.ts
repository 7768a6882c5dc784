import { ClipSearchIndex } from '../core/query/clip-search-index';
import { applyQuery, compareClips, matchesQuery, searchTerms, type ClipQuery } from '../core/query/matches-query';
import type { Clip, ClipDraft } from '../core/types';
import type { DocClipDatabase } from './database';

/**
 * Queries and writes on the `clips` table. Only the store modules (this one and
 * anchorings-store.ts) and database.ts touch Dexie;
 * UIs and the background call these functions with the database they opened.
 */

export type { ClipQuery } from '../core/query/matches-query';

/** Adds a clip made from a draft; returns the stored clip with its new UUID and timestamps. */
export async function createClip(db: DocClipDatabase, draft: ClipDraft, now = new Date()): Promise<Clip> {
  const iso = now.toISOString();
  const clip: Clip = { ...draft, id: crypto.randomUUID(), createdAt: iso, updatedAt: iso };
  await db.clips.add(clip);
  return clip;
}

/** The clips saved from one document (matched by docId), oldest first. */
export async function clipsForDocument(db: DocClipDatabase, docId: string): Promise<Clip[]> {
  const rows = await db.clips.where('docId').equals(docId).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The most recent clips, newest first. */
export async function recentClips(db: DocClipDatabase, limit: number): Promise<Clip[]> {
  return db.clips.orderBy('createdAt').reverse().limit(limit).toArray();
}

/** Every clip, newest first (compareClips('newest')); read as mapAllClips reads. */
export async function allClips(db: DocClipDatabase): Promise<Clip[]> {
  return (await readIdRanges(db, (clip) => clip)).flat().sort(compareClips('newest'));
}

/**
 * `map` of every clip, in the order of allClips (newest first). `map` runs on each range of rows
 * as soon as it is read, while IndexedDB still reads the next ones: the full JSON export passes
 * clipJson, so that serialising overlaps reading. A `map` that throws rejects the whole read.
 *
 * The table is read in one readonly transaction (one snapshot) as ID_SPLITS.length + 1 `getAll`s
 * of primary-key ranges asked for at once. Chromium reads them one after another in its storage
 * thread while the page deserialises (and maps) those already read; one `getAll` of the table
 * makes the page wait for the whole read first. A cursor walking the createdAt index costs a
 * round trip per row (≈ 3× slower), and a `getAll` on that index reads each row through the
 * index (≈ 1.6× slower). Measurements: bench/findings.md, "Export and import".
 */
export async function mapAllClips<T>(db: DocClipDatabase, map: (clip: Clip) => T): Promise<T[]> {
  const newest = compareClips('newest');
  const mapped = (await readIdRanges(db, (clip) => ({ clip, value: map(clip) }))).flat();
  return mapped.sort((a, b) => newest(a.clip, b.clip)).map((entry) => entry.value);
}

/** Every row, by primary-key range (idRanges), `map` applied to each range as it arrives. */
function readIdRanges<T>(db: DocClipDatabase, map: (clip: Clip) => T): Promise<T[][]> {
  return db.transaction('r', db.clips, () => Promise.all(idRanges(db).map((range) => range.toArray().then((rows) => rows.map(map)))));
}

/**
 * Where readIdRanges splits the primary keys. Ids are lower-case UUIDs (createClip, ClipSchema), so
 * their first hex digit splits the table into 16 ranges of about the same size; any other key
 * still falls in one of the ranges, which cover every string.
 */
const ID_SPLITS = [...'123456789abcdef'];

/** The table as consecutive primary-key ranges: below ID_SPLITS[0], between splits, from the last split on. */
function idRanges(db: DocClipDatabase) {
  const last = ID_SPLITS[ID_SPLITS.length - 1]!;
  return [
    db.clips.where(':id').below(ID_SPLITS[0]!),
    ...ID_SPLITS.slice(1).map((upper, i) => db.clips.where(':id').between(ID_SPLITS[i]!, upper, true, false)),
    db.clips.where(':id').aboveOrEqual(last),
  ];
}

/** The stored clips with these ids, in the order of `ids`; ids no longer stored are left out. */
export async function clipsByIds(db: DocClipDatabase, ids: readonly string[]): Promise<Clip[]> {
  return (await db.clips.bulkGet([...ids])).filter((c): c is Clip => c !== undefined);
}

/** Sets tags, note and/or category (null removes it); returns the updated clip, or undefined when no clip has that id. */
export async function updateClip(
  db: DocClipDatabase,
  id: string,
  patch: Partial<Pick<Clip, 'tags' | 'note'>> & { category?: string | null },
  now = new Date(),
): Promise<Clip | undefined> {
  return db.transaction('rw', db.clips, async () => {
    const clip = await db.clips.get(id);
    if (!clip) return undefined;
    const { category, ...rest } = patch;
    const next: Clip = { ...clip, ...rest, updatedAt: now.toISOString() };
    // null (or '') removes the category: a stored clip never holds an empty one.
    if (category === null || category === '') delete next.category;
    else if (category !== undefined) next.category = category;
    await db.clips.put(next);
    return next;
  });
}

/** Deletes a clip; returns it (so the UI can undo with restoreClips), or undefined if absent. */
export async function deleteClip(db: DocClipDatabase, id: string): Promise<Clip | undefined> {
  return db.transaction('rw', db.clips, db.anchorings, async () => {
    const clip = await db.clips.get(id);
    if (clip) await db.clips.delete(id);
    // What its page said goes with it (a later visit records it again if the clip is restored).
    await db.anchorings.delete(id);
    return clip;
  });
}


/** Every category used by some clip, once, in zh collation order (names no longer in the reader's list too). */
export async function listCategories(db: DocClipDatabase): Promise<string[]> {
  const names = (await db.clips.orderBy('category').uniqueKeys()).map(String);
  return names.sort(new Intl.Collator('zh-Hans-CN', { numeric: true }).compare);
}

/**
 * The clips matching `query` (see ClipQuery in src/core/query/matches-query.ts), sorted and
 * paged. The same result as `applyQuery(allClips, query)`; an index narrows the rows read:
 * the tag or site index when given, else the createdAt index (in order, so the popup's
 * "newest 20" reads only the rows it returns).
 */
export async function searchClips(db: DocClipDatabase, query: ClipQuery = {}): Promise<Clip[]> {
  const sort = query.sort ?? 'newest';
  if (sort !== 'title' && !query.tag && !query.site && !query.category) {
    let rows = createdAtRange(db, query);
    if (sort === 'newest') rows = rows.reverse();
    // Without search words the createdAt index alone answers the query: leaving out the filter
    // lets IndexedDB skip (offset) and count without reading rows — the library's deep scroll.
    if (searchTerms(query.text ?? '').length > 0) rows = rows.filter((c) => matchesQuery(c, query));
    if (query.offset) rows = rows.offset(Math.max(0, query.offset));
    if (query.limit !== undefined) rows = rows.limit(Math.max(0, query.limit));
    return rows.toArray();
  }
  return applyQuery(await candidates(db, query).toArray(), query);
}

/** How many clips match `query` (limit and offset ignored). */
export async function countClips(db: DocClipDatabase, query: ClipQuery = {}): Promise<number> {
  const rows = candidates(db, query);
  if (!query.tag && !query.site && !query.category && searchTerms(query.text ?? '').length === 0) return rows.count();
  return rows.filter((c) => matchesQuery(c, query)).count();
}

/** The site ids that have clips, in code-point order. */
export async function listSites(db: DocClipDatabase): Promise<string[]> {
  return (await db.clips.orderBy('site').uniqueKeys()).map(String);
}

/** Every tag used by some clip, once, in zh collation order (Han by pinyin, then Latin). */
export async function listTags(db: DocClipDatabase): Promise<string[]> {
  const tags = (await db.clips.orderBy('tags').uniqueKeys()).map(String);
  return tags.sort(new Intl.Collator('zh-Hans-CN', { numeric: true }).compare);
}

/**
 * Clips to import: the checked clips of parseClipsImport (an array), or readClipsImport's
 * CheckedClips, which checks each clip as it is iterated and throws at a bad one.
 */
export type ImportedClips = Iterable<Clip> & { readonly length: number };

/**
 * Writes imported clips in one `rw` transaction. A clip whose id is already stored (or
 * repeated earlier in `clips`) is skipped and the stored one kept, so importing the same
 * file twice adds nothing. Any failure — a write, or `clips` throwing as it is iterated (a bad
 * clip of a CheckedClips) — rejects with that error and rolls back the whole import.
 *
 * Which ids are stored is read as keys only (no row is read): the keys of `clips` when they
 * are few (then every clip is taken from `clips` before anything is written), else every key of
 * the table (one getAllKeys), whichever costs fewer cursor steps. Then each clip is added
 * through the transaction's own IDBObjectStore as it comes from `clips`, so that a CheckedClips
 * checks the next clips while the browser writes the first ones (Dexie's bulkAdd wants them all
 * first). An `add` of a stored id fails, so nothing stored is ever overwritten.
 */
export async function importClips(db: DocClipDatabase, clips: ImportedClips): Promise<{ added: number; skipped: number }> {
  return db.transaction('rw', db.clips, async (tx) => {
    const few = clips.length <= KEY_LOOKUP_LIMIT ? [...clips] : null;
    const stored = new Set(await (few ? storedAmong(db, few) : db.clips.toCollection().primaryKeys()));
    const store = tx.idbtrans.objectStore(db.clips.name);
    let added = 0;
    let skipped = 0;
    for (const clip of few ?? clips) {
      if (stored.has(clip.id)) {
        skipped++;
        continue;
      }
      stored.add(clip.id);
      store.add(clip);
      added++;
    }
    return { added, skipped };
  });
}

/** Above this many clips, importClips reads every key of the table instead of looking each id up. */
const KEY_LOOKUP_LIMIT = 1000;

/** The ids of `clips` that are stored (keys only). */
function storedAmong(db: DocClipDatabase, clips: readonly Clip[]): Promise<string[]> {
  if (clips.length === 0) return Promise.resolve([]);
  return db.clips.where(':id').anyOf(clips.map((c) => c.id)).primaryKeys();
}

/**
 * Loads the library's in-memory search index (see ClipSearchIndex) from every stored clip,
 * read in blocks of `blockSize` rows by primary key, so that at most one block of full rows is
 * held at a time besides the index.
 */
export async function loadSearchIndex(db: DocClipDatabase, blockSize = 10_000): Promise<ClipSearchIndex> {
  const index = new ClipSearchIndex();
  for (let last: string | null = null; ; ) {
    const rows: Clip[] = await (last === null ? db.clips.orderBy(':id') : db.clips.where(':id').above(last)).limit(blockSize).toArray();
    index.put(rows);
    if (rows.length < blockSize) return index;
    last = rows[rows.length - 1]!.id;
  }
}

/**
 * Brings `index` up to date with the table after writes it was not told of (another page,
 * the background, a raw clear): drops ids no longer stored, adds stored ids it lacks, and
 * re-reads clips updated after the latest `updatedAt` it saw (edits bump updatedAt). Reads
 * keys only, plus the rows that changed. Returns the same index, or a new one when most of
 * the table is new to it.
 */
export async function refreshSearchIndex(db: DocClipDatabase, index: ClipSearchIndex): Promise<ClipSearchIndex> {
  const { keys, updated } = await db.transaction('r', db.clips, async () => ({
    keys: await db.clips.toCollection().primaryKeys(),
    updated: await db.clips.where('updatedAt').above(index.latestUpdate).toArray(),
  }));
  const stored = new Set(keys);
  index.remove([...index.ids()].filter((id) => !stored.has(id)));
  index.put(updated);
  const missing = keys.filter((id) => !index.has(id));
  // Many new rows (an import): reading them in blocks beats one `get` per row.
  if (missing.length > REFRESH_READ_LIMIT) return loadSearchIndex(db);
  index.put(await clipsByIds(db, missing));
  return index;
}

/** Above this many rows missing from the index, refreshSearchIndex loads a new one. */
const REFRESH_READ_LIMIT = 2000;

/** Deletes the clips with these ids in one transaction; returns those that existed (for undo with restoreClips). */
export async function bulkDeleteClips(db: DocClipDatabase, ids: readonly string[]): Promise<Clip[]> {
  return db.transaction('rw', db.clips, db.anchorings, async () => {
    const found = (await db.clips.bulkGet([...ids])).filter((c): c is Clip => c !== undefined);
    await db.clips.bulkDelete(found.map((c) => c.id));
    await db.anchorings.bulkDelete([...ids]);
    return found;
  });
}

/** Puts deleted clips back exactly as they were, in one transaction. */
export async function restoreClips(db: DocClipDatabase, clips: readonly Clip[]): Promise<void> {
  await db.transaction('rw', db.clips, async () => {
    await db.clips.bulkPut([...clips]);
  });
}

/** The rows `query` can match, narrowed by one index; callers still apply matchesQuery. */
function candidates(db: DocClipDatabase, query: ClipQuery) {
  if (query.tag) return db.clips.where('tags').equals(query.tag);
  if (query.site) return db.clips.where('site').equals(query.site);
  if (query.category) return db.clips.where('category').equals(query.category);
  return createdAtRange(db, query);
}

/** Clips in createdAt order, bounded by from/to (`to` is a prefix bound: see ClipQuery). */
function createdAtRange(db: DocClipDatabase, query: ClipQuery) {
  if (!query.from && !query.to) return db.clips.orderBy('createdAt');
  return db.clips.where('createdAt').between(query.from || '', query.to ? `${query.to}\uffff` : '\uffff', true, true);
}
