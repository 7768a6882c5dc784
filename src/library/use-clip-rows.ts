import { useRef, useState } from 'preact/hooks';
import { clipsByIds, countClips, searchClips, type ClipQuery } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';
import type { Clip } from '../core/types';
import { useAsync } from '../ui/use-async';
import { BlockCache, type LoadRows } from './block-cache';
import { usesSearchIndex, type LiveSearchIndex } from './live-search-index';

/**
 * The rows and count of `query`, loaded block by block. `generation` changes after a write
 * that adds or removes rows (delete, undo, import): the blocks are reloaded, the old rows
 * staying visible meanwhile. `resetKey` changes whenever the cache was reset.
 *
 * A query the search index answers (usesSearchIndex) is searched once per query and
 * generation: the count is the number of ids, a block reads the rows of its slice of them.
 */
export function useClipRows(db: DocClipDatabase, index: LiveSearchIndex, query: ClipQuery, generation: number) {
  const [, rerender] = useState(0);
  const key = JSON.stringify(query);
  const found = useRef<{ key: string; generation: number; ids: () => Promise<string[]> } | null>(null);
  if (found.current?.key !== key || found.current.generation !== generation) {
    found.current = { key, generation, ids: once(() => index.search(query)) };
  }
  const indexed = usesSearchIndex(query);
  const ids = found.current.ids;
  const loader = (q: ClipQuery): LoadRows<Clip> =>
    indexed
      ? async (offset, limit) => clipsByIds(db, (await ids()).slice(offset, offset + limit))
      : (offset, limit) => searchClips(db, { ...q, offset, limit });
  const cache = useRef<BlockCache<Clip> | null>(null);
  const seen = useRef({ key, generation });
  cache.current ??= new BlockCache(loader(query), () => rerender((n) => n + 1));
  if (seen.current.key !== key || seen.current.generation !== generation) {
    cache.current.reset(loader(query), seen.current.key === key);
    seen.current = { key, generation };
  }
  const count = useAsync(async () => (indexed ? (await ids()).length : countClips(db, query)), [db, key, generation]);
  return { cache: cache.current, count, resetKey: `${key}#${generation}` };
}

/** `make()`, called at most once; later calls return the first promise. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= make());
}
