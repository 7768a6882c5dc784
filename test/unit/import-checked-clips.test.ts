import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckedClips, ImportRefusedError } from '../../src/core/export/checked-clips';
import { createExport } from '../../src/core/export/clips-export';
import { parseClipsImport, readClipsImport } from '../../src/core/export/parse-clips-import';
import type { Clip } from '../../src/core/types';
import { DocClipDatabase } from '../../src/db/database';
import { allClips, countClips, importClips } from '../../src/db/clips-store';
import { importClipsAndDocuments } from '../../src/db/documents-store';
import { makeClip } from './helpers/make-clip';

/**
 * importClips of readClipsImport's CheckedClips (the library's import): each clip is checked as
 * it is written, in one transaction, so a bad clip late in the file must roll back every clip
 * written before it and refuse the file exactly as parseClipsImport does.
 */

const opened: DocClipDatabase[] = [];
function freshDb(): DocClipDatabase {
  const db = new DocClipDatabase('checked-' + Math.random().toString(36).slice(2));
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function seeded(): Promise<{ db: DocClipDatabase; clips: Clip[] }> {
  const db = freshDb();
  const clips = [makeClip({ note: '已保存' }), makeClip(), makeClip()];
  await importClips(db, clips);
  return { db, clips };
}

/** A file of `count` new clips, `edit` applied to its parsed JSON before it is written out. */
function fileOf(count: number, edit: (doc: { clips: Array<Record<string, unknown>> }) => void = () => {}, extra: Clip[] = []): string {
  const doc = JSON.parse(JSON.stringify(createExport([...Array.from({ length: count }, () => makeClip()), ...extra], new Date('2026-12-01T00:00:00Z'))));
  edit(doc);
  return JSON.stringify(doc);
}

function readOk(text: string): CheckedClips {
  const read = readClipsImport(text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  if (!(read.clips instanceof CheckedClips)) throw new Error('a DocClip file gives CheckedClips');
  return read.clips;
}

/** importClips' rejection, which must be an ImportRefusedError. */
async function refusal(db: DocClipDatabase, clips: CheckedClips): Promise<ImportRefusedError> {
  const error = await importClips(db, clips).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ImportRefusedError)) throw new Error(`expected an ImportRefusedError, got ${String(error)}`);
  return error;
}

describe('importClips of CheckedClips: a bad file', () => {
  const badFiles: Array<[string, number, (doc: { clips: Array<Record<string, unknown>> }) => void]> = [
    ['a bad time in the last clip of 1,600 (read past the key-lookup limit)', 1600, (doc) => void (doc.clips[1599]!.createdAt = '2026-02-30T00:00:00Z')],
    ['an unknown field in clip 1,500 of 1,600', 1600, (doc) => void (doc.clips[1499]!.colour = 'red')],
    ['seven bad clips from clip 1,200 on (five listed, two more)', 1600, (doc) => doc.clips.slice(1199, 1206).forEach((c) => void (c.page = 0))],
    ['a repeated id in clip 1,501 of 1,600', 1600, (doc) => void (doc.clips[1500]!.id = doc.clips[3]!.id)],
    ['a repeated id and, later, a bad clip (the bad clip is what is listed)', 1600, (doc) => {
      doc.clips[1100]!.id = doc.clips[2]!.id;
      doc.clips[1550]!.text = '';
    }],
    ['a bad clip among 40 (every clip checked before the first write)', 40, (doc) => void (doc.clips[39]!.url = 'not a url')],
  ];

  it.each(badFiles)('%s: refused as parseClipsImport refuses it, and the table is as it was', async (_name, count, edit) => {
    const { db } = await seeded();
    const before = await allClips(db);
    const text = fileOf(count, edit);
    const parsed = parseClipsImport(text);
    if (parsed.ok) throw new Error('the file must be bad');

    const error = await refusal(db, readOk(text));
    expect({ problems: error.problems, more: error.more }).toEqual({ problems: parsed.problems, more: parsed.more });
    expect(await allClips(db)).toEqual(before);
  });

  it('writes neither clips nor document rows when a late clip is bad (importClipsAndDocuments)', async () => {
    const { db } = await seeded();
    const before = await allClips(db);
    const doc = JSON.parse(fileOf(1300));
    doc.clips[1250].figures[0].kind = 'weight';
    doc.documents = [{ docId: '777doc:4411', note: '导入的笔记', updatedAt: '2026-12-01T00:00:00.000Z' }];
    const read = readClipsImport(JSON.stringify(doc));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    await expect(importClipsAndDocuments(db, read.clips, read.documents)).rejects.toBeInstanceOf(ImportRefusedError);
    expect(await allClips(db)).toEqual(before);
    expect(await db.documents.count()).toBe(0);
  });
});

describe('importClips of CheckedClips: a good file', () => {
  it('adds the clips parseClipsImport gives, normalised, and skips the stored ones (their stored version kept)', async () => {
    const { db, clips } = await seeded();
    const stored = [{ ...clips[0]!, note: '导入的版本' }, clips[1]!];
    const text = fileOf(1400, (doc) => {
      doc.clips[7]!.id = String(doc.clips[7]!.id).toUpperCase();
      doc.clips[8]!.createdAt = '2026-11-30T08:00:00+08:00';
    }, stored);
    const parsed = parseClipsImport(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

    expect(await importClips(db, readOk(text))).toEqual({ added: 1400, skipped: 2 });
    expect(await countClips(db)).toBe(1403);
    expect((await db.clips.get(clips[0]!.id))?.note).toBe('已保存');
    const fresh = parsed.clips.slice(0, 1400);
    expect(await db.clips.bulkGet(fresh.map((c) => c.id))).toEqual(fresh);
    expect(fresh[8]!.createdAt).toBe('2026-11-30T00:00:00.000Z');

    expect(await importClips(db, readOk(text))).toEqual({ added: 0, skipped: 1402 });
    expect(await countClips(db)).toBe(1403);
  });

  it('counts a small file the same way (ids looked up one by one)', async () => {
    const { db, clips } = await seeded();
    const text = fileOf(20, () => {}, [clips[2]!]);
    expect(await importClips(db, readOk(text))).toEqual({ added: 20, skipped: 1 });
    expect(await countClips(db)).toBe(23);
  });

  it('adds every clip of a large file into an empty library', async () => {
    const db = freshDb();
    expect(await importClips(db, readOk(fileOf(2500)))).toEqual({ added: 2500, skipped: 0 });
    expect(await countClips(db)).toBe(2500);
  });
});
