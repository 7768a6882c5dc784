import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DocClipDatabase, type OcrPage } from '../../src/db/database';
import { clearOcrPages, countOcrPages, getOcrPage, ocrCacheBytes, putOcrPage } from '../../src/db/ocr-pages-store';
import { SCHEMA_HISTORY } from '../../src/db/schema-history';
import { makeClip } from './helpers/make-clip';

const page = (docId: string, n: number, over: Partial<OcrPage> = {}): OcrPage => ({
  docId,
  page: n,
  imageKey: `https://max.book118.com/img/${n}.jpg 1240x1754`,
  text: '投资438万元',
  confidences: [998, 997, 999, 999, 990, 995, 996],
  lines: [{ top: 10, bottom: 40, items: [{ text: '投资438万元', left: 60, right: 300 }] }],
  width: 1240,
  height: 1754,
  readAt: '2026-12-04T06:00:00.000Z',
  model: 'PP-OCRv4',
  ...over,
});

describe('ocrPages cache (schema version 5)', () => {
  it('opens a version 3 database, keeps its rows and adds the cache', async () => {
    const name = `ocr-${Math.random()}`;
    const v3 = SCHEMA_HISTORY.find((v) => v.version === 3)!;
    const old = new Dexie(name);
    old.version(3).stores(v3.stores);
    const clip = makeClip();
    await old.table('clips').add(clip);
    old.close();
    const db = new DocClipDatabase(name);
    expect(await db.clips.get(clip.id)).toEqual(clip);
    await putOcrPage(db, page('doc-a', 1));
    expect(await countOcrPages(db, 'doc-a')).toBe(1);
    db.close();
  });

  it('gives a page back only for the image it was read from, counts and clears per document', async () => {
    const db = new DocClipDatabase(`ocr-${Math.random()}`);
    await putOcrPage(db, page('doc-a', 1));
    await putOcrPage(db, page('doc-a', 2));
    await putOcrPage(db, page('doc-b', 1));
    expect(await getOcrPage(db, 'doc-a', 1, page('doc-a', 1).imageKey)).toEqual(page('doc-a', 1));
    expect(await getOcrPage(db, 'doc-a', 1, 'https://max.book118.com/img/other.jpg 1240x1754')).toBeUndefined();
    expect(await getOcrPage(db, 'doc-a', 3, page('doc-a', 3).imageKey)).toBeUndefined();
    await putOcrPage(db, page('doc-a', 2, { text: '增长', confidences: [900, 910] }));
    expect(await countOcrPages(db, 'doc-a')).toBe(2);
    expect(await ocrCacheBytes(db)).toBeGreaterThan(0);
    expect(await clearOcrPages(db, 'doc-a')).toBe(2);
    expect(await countOcrPages(db, 'doc-b')).toBe(1);
    expect(await clearOcrPages(db)).toBe(1);
    expect(await ocrCacheBytes(db)).toBe(0);
    db.close();
  });

  it.each<{ name: string; row: OcrPage; error: RegExp }>([
    { name: 'no page number', row: page('doc-a', 0), error: /page number ≥ 1/ },
    { name: 'no document', row: page('', 1), error: /needs a docId/ },
    { name: 'confidences that do not match the text', row: page('doc-a', 1, { confidences: [1] }), error: /7 characters and 1 confidences/ },
  ])('refuses a row with $name and keeps what was stored', async ({ row, error }) => {
    const db = new DocClipDatabase(`ocr-${Math.random()}`);
    await putOcrPage(db, page('doc-a', 1));
    await expect(putOcrPage(db, row)).rejects.toThrow(error);
    expect(await countOcrPages(db, 'doc-a')).toBe(1);
    db.close();
  });
});
