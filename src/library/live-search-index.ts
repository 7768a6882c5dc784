import { useRef } from 'preact/hooks';
import type { ClipSearchIndex } from '../core/query/clip-search-index';
import { searchTerms, type ClipQuery } from '../core/query/matches-query';
import type { Clip } from '../core/types';
import { loadSearchIndex, refreshSearchIndex } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';

/**
 * The library page's search index (ClipSearchIndex), loaded in the background as soon as the
 * page opens, so that the first search normally finds it ready (≈ 1–3 s for 100,000 clips;
 * a search made earlier waits for it). Every operation is chained on the latest load or
 * refresh, so a search never sees the index of an older generation.
 */
export class LiveSearchIndex {
  private current: Promise<ClipSearchIndex>;

  constructor(private readonly db: DocClipDatabase) {
    this.current = loadSearchIndex(db);
  }

  /** Brings the index up to date with the table (after writes; see refreshSearchIndex). A failed load is retried. */
  refresh(): void {
    this.current = this.current.then(
      (index) => refreshSearchIndex(this.db, index),
      () => loadSearchIndex(this.db),
    );
  }

  /** Records an edit saved by this page (no table read). */
  put(clip: Clip): void {
    this.current = this.current.then((index) => {
      index.put([clip]);
      return index;
    });
  }

  /** The ids of every clip matching `query`, in its sort order (ClipSearchIndex.search). */
  async search(query: ClipQuery): Promise<string[]> {
    return (await this.current).search(query);
  }
}

/**
 * True when the library answers `query` from the search index: search words, a site or tag
 * filter, or the title sort. The rest (no filter, or dates only, newest/oldest) is a range of
 * the createdAt index, which IndexedDB pages and counts without reading other rows.
 */
export function usesSearchIndex(query: ClipQuery): boolean {
  return searchTerms(query.text).length > 0 || Boolean(query.site || query.tag) || query.sort === 'title';
}

/** The page's LiveSearchIndex, refreshed whenever `generation` changes (a write, the tab shown again). */
export function useLiveSearchIndex(db: DocClipDatabase, generation: number): LiveSearchIndex {
  const live = useRef<LiveSearchIndex | null>(null);
  const seen = useRef(generation);
  live.current ??= new LiveSearchIndex(db);
  if (seen.current !== generation) {
    seen.current = generation;
    live.current.refresh();
  }
  return live.current;
}
