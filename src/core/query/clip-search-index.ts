import type { Clip } from '../types';
import { clipHaystack, compareTitles, haystackHasTerms, matchesFields, searchTerms, type ClipQuery } from './matches-query';

/**
 * An in-memory search index of the library: per clip, the fields the filters read and its
 * search haystack (clipHaystack: text, note, title and tags, NFKC + lower-cased once), kept in
 * createdAt order. A search is then one pass of `includes` over those strings, with no database
 * read and no normalisation per query: ≈ 20 ms for 100,000 clips where a Dexie `.filter()`
 * reading every row took seconds.
 *
 * It answers with ids, in the query's order; the caller reads the rows of the page it shows.
 * The results are exactly `applyQuery` over the same clips (the same predicates of
 * matches-query.ts; test/unit/clip-search-index.test.ts compares them on random data).
 *
 * Why in memory and not a bigram index in IndexedDB: a multi-entry index of every clip's
 * character bigrams would hold ≈ 300 keys per clip (30 million for 100,000 clips), multiplying
 * the cost of every import and clip write, and an index query still reads and checks each
 * candidate row. One haystack string per clip is ≈ 60 MB for 100,000 clips of 300 characters.
 */

interface Entry {
  id: string;
  createdAt: string;
  site: string;
  tags: readonly string[];
  category?: string;
  docTitle: string;
  haystack: string;
}

/** Above this many clips in one put/remove, the createdAt order is rebuilt instead of patched. */
const PATCH_LIMIT = 64;

export class ClipSearchIndex {
  private readonly byId = new Map<string, Entry>();
  /** Oldest first by (createdAt, id), or null when it must be rebuilt. */
  private byCreated: Entry[] | null = [];
  /** Title order (sort 'title'), or null when it must be rebuilt. */
  private byTitle: Entry[] | null = null;
  /** The latest `updatedAt` put (ISO string), '' before any: see refreshSearchIndex. */
  latestUpdate = '';

  constructor(clips: Iterable<Clip> = []) {
    this.put(clips);
  }

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The ids indexed, in no particular order. */
  ids(): IterableIterator<string> {
    return this.byId.keys();
  }

  /** Adds clips, or replaces those whose id is indexed (an edit, an import, an undo). */
  put(clips: Iterable<Clip>): void {
    const list = [...clips];
    const patch = list.length <= PATCH_LIMIT && this.byCreated !== null;
    for (const clip of list) {
      if (clip.updatedAt > this.latestUpdate) this.latestUpdate = clip.updatedAt;
      const entry: Entry = {
        id: clip.id,
        createdAt: clip.createdAt,
        site: clip.site,
        tags: [...clip.tags],
        category: clip.category, // undefined too: an edit that removes it must clear the old entry
        docTitle: clip.docTitle,
        haystack: clipHaystack(clip),
      };
      const old = this.byId.get(clip.id);
      if (old && old.createdAt === entry.createdAt && old.docTitle === entry.docTitle) {
        Object.assign(old, entry); // same place in both orders: an edit of tags or note
        continue;
      }
      if (old && patch) this.byCreated!.splice(this.positionOf(old), 1);
      this.byId.set(clip.id, entry);
      if (patch) this.byCreated!.splice(this.positionOf(entry), 0, entry);
      this.byTitle = null;
    }
    if (!patch && list.length > 0) this.byCreated = null;
  }

  /** Forgets these ids (absent ones are ignored). */
  remove(ids: Iterable<string>): void {
    const list = [...ids];
    const patch = list.length <= PATCH_LIMIT && this.byCreated !== null;
    for (const id of list) {
      const old = this.byId.get(id);
      if (!old) continue;
      if (patch) this.byCreated!.splice(this.positionOf(old), 1);
      this.byId.delete(id);
      this.byTitle = null;
    }
    if (!patch && list.length > 0) this.byCreated = null;
  }

  /**
   * The ids of every indexed clip matching `query` (matchesQuery), in `query.sort` order
   * (compareClips), `offset`/`limit` NOT applied: the length is the count, a slice is a page.
   */
  search(query: ClipQuery): string[] {
    const terms = searchTerms(query.text);
    const fields = Boolean(query.site || query.tag || query.category || query.from || query.to);
    const sort = query.sort ?? 'newest';
    const order = sort === 'title' ? this.titleOrder() : this.createdOrder();
    const out: string[] = [];
    const last = order.length - 1;
    for (let k = 0; k <= last; k++) {
      const entry = order[sort === 'newest' ? last - k : k]!;
      if (fields && !matchesFields(entry, query)) continue;
      if (terms.length > 0 && !haystackHasTerms(entry.haystack, terms)) continue;
      out.push(entry.id);
    }
    return out;
  }

  private createdOrder(): Entry[] {
    this.byCreated ??= [...this.byId.values()].sort(byCreated);
    return this.byCreated;
  }

  /**
   * compareClips('title') order. The collator runs over the distinct titles only (a library
   * has far fewer documents than clips); the entries are then sorted by that rank.
   */
  private titleOrder(): Entry[] {
    if (this.byTitle) return this.byTitle;
    const titles = [...new Set([...this.byId.values()].map((e) => e.docTitle))].sort(compareTitles);
    const rank = new Map<string, number>();
    titles.forEach((title, i) => {
      // Titles the collator holds equal share a rank, so that createdAt orders them as in compareClips.
      const previous = titles[i - 1];
      rank.set(title, previous !== undefined && compareTitles(previous, title) === 0 ? rank.get(previous)! : i);
    });
    this.byTitle = [...this.createdOrder()].sort((a, b) => rank.get(a.docTitle)! - rank.get(b.docTitle)! || byCreated(a, b));
    return this.byTitle;
  }

  /** Index of `entry` in byCreated (present or where it belongs), by binary search. */
  private positionOf(entry: Entry): number {
    const order = this.byCreated!;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byCreated(order[mid]!, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** compareClips('oldest') on entries: createdAt, then id. */
function byCreated(a: Entry, b: Entry): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
