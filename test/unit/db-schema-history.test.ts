import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DocClipDatabase } from '../../src/db/database';
import { SCHEMA_HISTORY } from '../../src/db/schema-history';
import { makeClip } from './helpers/make-clip';

/** Released schema versions, exactly as they shipped. Editing one of these is a bug: add a version. */
const RELEASED: Array<{ version: number; stores: Record<string, string> }> = [
  { version: 1, stores: { clips: 'id, createdAt, updatedAt, url, site, docId, *tags' } },
  { version: 2, stores: { clips: 'id, createdAt, updatedAt, url, site, docId, *tags', anchorings: 'clipId, docId' } },
  { version: 3, stores: { clips: 'id, createdAt, updatedAt, url, site, docId, *tags, category', anchorings: 'clipId, docId' } },
  {
    version: 4,
    stores: { clips: 'id, createdAt, updatedAt, url, site, docId, *tags, category', anchorings: 'clipId, docId', documents: 'docId, updatedAt' },
  },
  {
    version: 5,
    stores: {
      clips: 'id, createdAt, updatedAt, url, site, docId, *tags, category',
      anchorings: 'clipId, docId',
      documents: 'docId, updatedAt',
      ocrPages: '[docId+page], docId',
    },
  },
];

describe('database schema history', () => {
  it.each(RELEASED)('version $version is unchanged', ({ version, stores }) => {
    expect(SCHEMA_HISTORY.find((v) => v.version === version)?.stores).toEqual(stores);
  });

  it('versions only grow', () => {
    const versions = SCHEMA_HISTORY.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('opens a database written by the first released version and keeps its rows', async () => {
    const name = `history-${Math.random()}`;
    const first = new Dexie(name);
    first.version(RELEASED[0]!.version).stores(RELEASED[0]!.stores);
    const clip = makeClip();
    await first.table('clips').add(clip);
    first.close();
    const current = new DocClipDatabase(name);
    expect(await current.clips.get(clip.id)).toEqual(clip);
    expect(current.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
    current.close();
  });
});
