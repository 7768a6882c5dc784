import { useRef, useState } from 'preact/hooks';
import { countClips, searchClips, type ClipQuery } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';
import type { Clip } from '../core/types';
import { useAsync } from '../ui/use-async';
import { BlockCache, type LoadRows } from './block-cache';

/**
 * The rows and count of `query`, loaded block by block. `generation` changes after a write
 * that adds or removes rows (delete, undo, import): the blocks are reloaded, the old rows
 * staying visible meanwhile. `resetKey` changes whenever the cache was reset.
 */
export function useClipRows(db: DocClipDatabase, query: ClipQuery, generation: number) {
  const [, rerender] = useState(0);
  const key = JSON.stringify(query);
  const loader = (q: ClipQuery): LoadRows<Clip> => (offset, limit) => searchClips(db, { ...q, offset, limit });
  const cache = useRef<BlockCache<Clip> | null>(null);
  const seen = useRef({ key, generation });
  cache.current ??= new BlockCache(loader(query), () => rerender((n) => n + 1));
  if (seen.current.key !== key || seen.current.generation !== generation) {
    cache.current.reset(loader(query), seen.current.key === key);
    seen.current = { key, generation };
  }
  const count = useAsync(() => countClips(db, query), [db, key, generation]);
  return { cache: cache.current, count, resetKey: `${key}#${generation}` };
}
