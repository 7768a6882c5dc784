import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { clipJson, createExport } from '../../src/core/export/clips-export';
import { parseClipsImport } from '../../src/core/export/parse-clips-import';
import { applyQuery, type ClipQuery } from '../../src/core/query/matches-query';
import type { Clip } from '../../src/core/types';
import { DocClipDatabase } from '../../src/db/database';
import {
  allClips,
  bulkDeleteClips,
  clipsByIds,
  countClips,
  importClips,
  loadSearchIndex,
  mapAllClips,
  refreshSearchIndex,
  listSites,
  listTags,
  restoreClips,
  searchClips,
  updateClip,
} from '../../src/db/clips-store';
import { makeClip } from './helpers/make-clip';

const opened: DocClipDatabase[] = [];
function freshDb(): DocClipDatabase {
  const db = new DocClipDatabase('test-' + Math.random().toString(36).slice(2));
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function library(): Clip[] {
  return [
    makeClip({ text: '2025年碳排放量下降18%', docTitle: '北京市碳达峰方案', site: 'baidu-wenku', tags: ['碳排放'], createdAt: '2026-11-01T01:00:00.000Z' }),
    makeClip({ text: 'GDP 增长 6.5%', docTitle: '安徽省政府工作报告', site: '777doc', tags: ['经济', 'GDP'], createdAt: '2026-11-02T01:00:00.000Z' }),
    makeClip({ text: '新建污水管网 120 公里', note: '与碳排放无关', docTitle: '张家口城建计划', site: '777doc', tags: [], createdAt: '2026-11-03T23:59:59.999Z' }),
    makeClip({ text: 'ＧＤＰ占比', docTitle: '重庆统计公报', site: 'doc88', tags: ['经济'], createdAt: '2026-11-04T00:00:00.000Z' }),
    makeClip({ text: '确保完成', docTitle: '北京市碳达峰方案', site: 'baidu-wenku', tags: ['目标'], createdAt: '2026-11-05T00:00:00.000Z' }),
  ];
}

async function seeded(): Promise<{ db: DocClipDatabase; clips: Clip[] }> {
  const db = freshDb();
  const clips = library();
  await importClips(db, clips);
  return { db, clips };
}

const ids = (clips: Clip[]) => clips.map((c) => c.text);

describe('searchClips', () => {
  const cases: { query: ClipQuery; expected: string[] }[] = [
    { query: {}, expected: ['确保完成', 'ＧＤＰ占比', '新建污水管网 120 公里', 'GDP 增长 6.5%', '2025年碳排放量下降18%'] },
    { query: { sort: 'oldest', limit: 2 }, expected: ['2025年碳排放量下降18%', 'GDP 增长 6.5%'] },
    { query: { sort: 'newest', offset: 1, limit: 2 }, expected: ['ＧＤＰ占比', '新建污水管网 120 公里'] },
    { query: { text: '碳排放' }, expected: ['新建污水管网 120 公里', '2025年碳排放量下降18%'] },
    { query: { text: 'gdp' }, expected: ['ＧＤＰ占比', 'GDP 增长 6.5%'] },
    { query: { text: 'gdp 增长' }, expected: ['GDP 增长 6.5%'] },
    { query: { text: 'gdp', offset: 1, limit: 1 }, expected: ['GDP 增长 6.5%'] },
    { query: { text: '碳', sort: 'oldest', offset: 1 }, expected: ['新建污水管网 120 公里', '确保完成'] },
    { query: { text: '北京 完成' }, expected: ['确保完成'] },
    { query: { text: '达峰' }, expected: ['确保完成', '2025年碳排放量下降18%'] },
    { query: { text: '不存在的词' }, expected: [] },
    { query: { site: '777doc' }, expected: ['新建污水管网 120 公里', 'GDP 增长 6.5%'] },
    { query: { tag: '经济', sort: 'oldest' }, expected: ['GDP 增长 6.5%', 'ＧＤＰ占比'] },
    { query: { tag: '经济', text: '占比' }, expected: ['ＧＤＰ占比'] },
    { query: { from: '2026-11-02', to: '2026-11-03' }, expected: ['新建污水管网 120 公里', 'GDP 增长 6.5%'] },
    { query: { from: '2026-11-04T00:00:00.000Z' }, expected: ['确保完成', 'ＧＤＰ占比'] },
    { query: { sort: 'title' }, expected: ['安徽省政府工作报告', '北京市碳达峰方案', '北京市碳达峰方案', '重庆统计公报', '张家口城建计划'] },
    { query: { sort: 'title', site: 'baidu-wenku', limit: 1 }, expected: ['北京市碳达峰方案'] },
  ];

  it.each(cases)('$query', async ({ query, expected }) => {
    const { db, clips } = await seeded();
    const found = await searchClips(db, query);
    const shown = query.sort === 'title' ? found.map((c) => c.docTitle) : ids(found);
    expect(shown).toEqual(expected);
    expect(found).toEqual(applyQuery(clips, query));
    expect(await countClips(db, query)).toBe(applyQuery(clips, { ...query, limit: undefined, offset: undefined }).length);
  });
});

describe('listSites and listTags', () => {
  it('lists each site and tag once', async () => {
    const { db } = await seeded();
    expect(await listSites(db)).toEqual(['777doc', 'baidu-wenku', 'doc88']);
    // zh collation: Han in pinyin order (jing, mu, tan), then Latin.
    expect(await listTags(db)).toEqual(['经济', '目标', '碳排放', 'GDP']);
  });

  it('lists nothing for an empty library', async () => {
    const db = freshDb();
    expect(await listSites(db)).toEqual([]);
    expect(await listTags(db)).toEqual([]);
  });
});

describe('importClips', () => {
  it('round-trips export → parse → import, and a second import adds nothing', async () => {
    const source = await seeded();
    const file = JSON.stringify(createExport(await allClips(source.db), new Date()));
    const parsed = parseClipsImport(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

    const target = freshDb();
    expect(await importClips(target, parsed.clips)).toEqual({ added: 5, skipped: 0 });
    expect(await importClips(target, parsed.clips)).toEqual({ added: 0, skipped: 5 });
    expect(await allClips(target)).toEqual(await allClips(source.db));
  });

  it('keeps the stored clip when an imported one has the same id', async () => {
    const { db, clips } = await seeded();
    const edited = { ...clips[0]!, note: '导入的版本' };
    const extra = makeClip();
    expect(await importClips(db, [edited, extra, extra])).toEqual({ added: 1, skipped: 2 });
    expect((await db.clips.get(edited.id))?.note).toBe(clips[0]!.note);
  });

  it('leaves the table exactly as it was when the file is refused', async () => {
    const { db } = await seeded();
    const before = await allClips(db);
    const doc = JSON.parse(JSON.stringify(createExport([makeClip(), makeClip()], new Date())));
    doc.clips[1].createdAt = 'not a time';
    const parsed = parseClipsImport(JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) await importClips(db, parsed.clips);
    expect(await allClips(db)).toEqual(before);
  });

  it('rolls back every clip when one write fails', async () => {
    const { db } = await seeded();
    const before = await allClips(db);
    const good = makeClip();
    const unstorable = { ...makeClip(), createdAt: (() => 1) as unknown as string }; // a function cannot be cloned
    await expect(importClips(db, [good, unstorable])).rejects.toThrow();
    expect(await allClips(db)).toEqual(before);
    expect(await db.clips.get(good.id)).toBeUndefined();
  });
});

describe('bulkDeleteClips and restoreClips', () => {
  it('deletes clips, returns those that existed, and restores them exactly', async () => {
    const { db, clips } = await seeded();
    const before = await allClips(db);
    const deleted = await bulkDeleteClips(db, [clips[0]!.id, clips[2]!.id, '00000000-0000-4000-8000-ffffffffffff']);
    expect(deleted).toEqual([clips[0], clips[2]]);
    expect(await countClips(db, {})).toBe(3);
    await restoreClips(db, deleted);
    expect(await allClips(db)).toEqual(before);
  });
});

describe('importClips with many clips', () => {
  it('skips stored and repeated ids when more ids are given than are looked up one by one', async () => {
    const { db, clips } = await seeded();
    const many = Array.from({ length: 1500 }, () => makeClip());
    const file = [...many, clips[0]!, many[3]!, { ...clips[1]!, note: '导入的版本' }];
    expect(await importClips(db, file)).toEqual({ added: 1500, skipped: 3 });
    expect(await countClips(db)).toBe(1505);
    expect((await db.clips.get(clips[1]!.id))?.note).toBe(clips[1]!.note);
  });
});

describe('allClips and clipsByIds', () => {
  it('lists every clip newest first, ties by id, and reads clips by id in the order asked', async () => {
    const db = freshDb();
    const same = '2026-11-09T00:00:00.000Z';
    const clips = [makeClip({ createdAt: same }), makeClip(), makeClip({ createdAt: same })];
    await importClips(db, clips);
    expect(await allClips(db)).toEqual(applyQuery(clips, {}));
    expect(await clipsByIds(db, [clips[2]!.id, '00000000-0000-4000-8000-fffffffffff0', clips[0]!.id])).toEqual([clips[2], clips[0]]);
  });

  it('reads every id whatever its first character (allClips reads ranges of ids)', async () => {
    const db = freshDb();
    const firsts = [...'0123456789abcdef'];
    const clips = firsts.flatMap((c, i) => [
      makeClip({ id: `${c}0000000-0000-4000-8000-00000000000${i % 10}`, createdAt: `2026-11-${String(10 + i).padStart(2, '0')}T00:00:00.000Z` }),
      makeClip({ id: `${c}fffffff-ffff-4fff-bfff-ffffffffffff` }),
    ]);
    // Keys no UUID has: at the range bounds, below and above every split, between digits and letters.
    const odd = ['', '1', 'f', '00', 'A0000000', 'g', '~', '\uffff'].map((id) => makeClip({ id }));
    await db.clips.bulkAdd([...clips, ...odd]);
    expect(await allClips(db)).toEqual(applyQuery([...clips, ...odd], {}));
  });
});

describe('mapAllClips', () => {
  it('maps every clip once and returns the results in the order of allClips', async () => {
    const { db } = await seeded();
    await importClips(db, [makeClip({ id: 'f0000000-0000-4000-8000-000000000000' }), makeClip({ id: '90000000-0000-4000-8000-000000000000' })]);
    const seen: string[] = [];
    const jsons = await mapAllClips(db, (clip) => {
      seen.push(clip.id);
      return clipJson(clip);
    });
    const all = await allClips(db);
    expect(jsons).toEqual(all.map(clipJson));
    expect([...seen].sort()).toEqual(all.map((c) => c.id).sort());
  });

  it('returns nothing for an empty library', async () => {
    expect(await mapAllClips(freshDb(), clipJson)).toEqual([]);
  });

  it('rejects when the map throws', async () => {
    const { db } = await seeded();
    await expect(
      mapAllClips(db, () => {
        throw new Error('map failed');
      }),
    ).rejects.toThrow('map failed');
  });
});

describe('loadSearchIndex and refreshSearchIndex', () => {
  const queries: ClipQuery[] = [{ text: '碳排放' }, { text: 'gdp', sort: 'oldest' }, { sort: 'title' }, { tag: '经济' }, { text: '改过' }];
  const expectSame = async (db: DocClipDatabase, index: { search(q: ClipQuery): string[] }) => {
    const stored = await allClips(db);
    for (const query of queries) expect(index.search(query)).toEqual(applyQuery(stored, query).map((c) => c.id));
  };

  it('loads every clip, in blocks', async () => {
    const { db } = await seeded();
    const index = await loadSearchIndex(db, 2);
    expect(index.size).toBe(5);
    await expectSame(db, index);
  });

  it('catches up with writes it was not told of: adds, deletes, edits, a raw clear', async () => {
    const { db, clips } = await seeded();
    const index = await loadSearchIndex(db);
    await importClips(db, [makeClip({ text: '碳排放新数据', createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z' })]);
    await bulkDeleteClips(db, [clips[1]!.id]);
    await updateClip(db, clips[2]!.id, { note: '改过' }, new Date('2030-01-01T00:00:00.000Z'));
    expect(await refreshSearchIndex(db, index)).toBe(index);
    expect(index.size).toBe(5);
    await expectSame(db, index);
    await db.clips.clear();
    await expectSame(db, await refreshSearchIndex(db, index));
  });

  it('loads a new index when most rows are new to it (an import)', async () => {
    const db = freshDb();
    const index = await loadSearchIndex(db);
    await importClips(db, Array.from({ length: 2100 }, () => makeClip()));
    const refreshed = await refreshSearchIndex(db, index);
    expect(refreshed.size).toBe(2100);
    await expectSame(db, refreshed);
  });
});
