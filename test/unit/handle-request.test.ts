import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { classifySender, handleRequest, type Sender } from '../../src/background/handle-request';
import { DocClipDatabase } from '../../src/db/database';
import { createClip } from '../../src/db/clips-store';
import { makeClip } from './helpers/make-clip';

const ID = 'pnkbjnnjnkdikfbhhoacgepaklipcoed';
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE = 'https://m.777doc.com/p-231734.html';

const senderCases: Array<{ name: string; sender: Parameters<typeof classifySender>[0]; kind: Sender['kind'] }> = [
  { name: 'our content script in a page', sender: { id: ID, url: PAGE, tab: { url: PAGE } }, kind: 'content' },
  { name: 'our popup', sender: { id: ID, url: `${ORIGIN}src/popup/index.html` }, kind: 'extension' },
  { name: 'another extension', sender: { id: 'someoneelse', url: PAGE, tab: { url: PAGE } }, kind: 'unknown' },
  { name: 'no id', sender: { url: PAGE }, kind: 'unknown' },
  { name: 'a file: page', sender: { id: ID, url: 'file:///x.html', tab: { url: 'file:///x.html' } }, kind: 'unknown' },
];

describe('classifySender', () => {
  it.each(senderCases)('$name → $kind', ({ sender, kind }) => expect(classifySender(sender, ID, ORIGIN).kind).toBe(kind));
  it("a content script's tab and frame come with it, when the browser gives them", () => {
    expect(classifySender({ id: ID, url: PAGE, tab: { id: 7, url: PAGE }, frameId: 0 }, ID, ORIGIN)).toEqual({ kind: 'content', url: PAGE, tabId: 7, frameId: 0 });
    expect(classifySender({ id: ID, url: PAGE, tab: { url: PAGE } }, ID, ORIGIN)).toEqual({ kind: 'content', url: PAGE });
  });
});

function draft(overrides: Record<string, unknown> = {}) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = makeClip();
  return { ...rest, ...overrides };
}

describe('handleRequest', () => {
  const fresh = () => {
    const db = new DocClipDatabase(`bg-${Math.random()}`);
    return () => db;
  };
  const content: Sender = { kind: 'content', url: PAGE };

  it('refuses messages of the wrong shape, naming where', async () => {
    const db = fresh();
    const cases: Array<[unknown, RegExp]> = [
      [null, /invalid message/],
      ['clip/create', /invalid message/],
      [{ type: 'clips/all' }, /invalid message/],
      [{ type: 'clip/create' }, /invalid message at draft|invalid message/],
      [{ type: 'clip/create', draft: { ...draft(), text: 42 } }, /draft\.text/],
      [{ type: 'clip/create', draft: draft(), extra: 1 }, /invalid message/],
      [{ type: 'clip/create', draft: draft({ text: 'x'.repeat(100_001) }) }, /draft\.text/],
    ];
    for (const [message, error] of cases) {
      const reply = await handleRequest(db, message, content);
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error).toMatch(error);
    }
    expect(await db().clips.count()).toBe(0);
  });

  it("part/load runs the named part in the sender's own tab and frame, for content scripts only", async () => {
    const runs: unknown[] = [];
    const inject = async (...args: unknown[]) => void runs.push(args);
    const inTab: Sender = { kind: 'content', url: PAGE, tabId: 7, frameId: 2 };
    expect(await handleRequest(fresh(), { type: 'part/load', part: 'figures-panel' }, inTab, { injectPart: inject })).toEqual({ ok: true, value: null });
    expect(runs).toEqual([['figures-panel', 7, 2]]);
    const refused: Array<[unknown, Sender, RegExp]> = [
      [{ type: 'part/load', part: 'figures-panel' }, { kind: 'extension' }, /for content scripts/],
      [{ type: 'part/load', part: 'figures-panel' }, content, /for content scripts in a tab/],
      [{ type: 'part/load', part: '../../background/index.js' }, inTab, /invalid message at part/],
      [{ type: 'part/load', part: 'figures-panel', file: 'x.js' }, inTab, /invalid message/],
    ];
    for (const [message, sender, error] of refused) {
      const reply = await handleRequest(fresh(), message, sender, { injectPart: inject });
      expect(!reply.ok && reply.error).toMatch(error);
    }
    expect(runs).toHaveLength(1);
    const failing = () => Promise.reject(new Error('Cannot access contents of the page'));
    expect(await handleRequest(fresh(), { type: 'part/load', part: 'mark-fallback' }, inTab, { injectPart: failing })).toEqual({ ok: false, error: 'Cannot access contents of the page' });
  });

  it('refuses unknown senders', async () => {
    const reply = await handleRequest(fresh(), { type: 'clip/create', draft: draft() }, { kind: 'unknown' });
    expect(reply).toEqual({ ok: false, error: 'sender not allowed' });
  });

  it("a content script's clip gets the sender's url, site and document, whatever the message says", async () => {
    const db = fresh();
    const reply = await handleRequest(db, { type: 'clip/create', draft: draft({ url: 'https://evil.example/', site: 'x', docId: 'x:1' }) }, content);
    expect(reply.ok).toBe(true);
    const [stored] = await db().clips.toArray();
    expect(stored).toMatchObject({ url: PAGE, site: '777doc', docId: '777doc:231734' });
  });

  it("clip/annotate sets the note and category of the sender's own clip, clears the category with null, refuses other pages' clips", async () => {
    const db = fresh();
    const own = await createClip(db(), { ...draft(), url: PAGE, site: '777doc', docId: '777doc:231734' });
    const other = await createClip(db(), { ...draft(), url: 'https://m.777doc.com/p-1.html', site: '777doc', docId: '777doc:1' });
    const set = await handleRequest(db, { type: 'clip/annotate', id: own.id, note: '关键数字', category: '数据' }, content);
    expect(set).toMatchObject({ ok: true, value: { id: own.id, note: '关键数字', category: '数据' } });
    expect(await db().clips.get(own.id)).toMatchObject({ note: '关键数字', category: '数据' });
    await handleRequest(db, { type: 'clip/annotate', id: own.id, note: '关键数字', category: null }, content);
    expect('category' in (await db().clips.get(own.id))!).toBe(false);
    const refused = await handleRequest(db, { type: 'clip/annotate', id: other.id, note: 'x', category: '问题' }, content);
    expect(refused).toEqual({ ok: false, error: 'no such clip on this page' });
    expect(await db().clips.get(other.id)).toEqual(other);
    expect(await handleRequest(db, { type: 'clip/annotate', id: own.id, note: '', category: '' }, content)).toMatchObject({ ok: false });
  });

  it("clips/forPage answers a content script with its own page's clips only, and refuses extension pages", async () => {
    const db = fresh();
    await createClip(db(), { ...draft(), url: PAGE, site: '777doc', docId: '777doc:231734' });
    await createClip(db(), { ...draft(), url: 'https://m.777doc.com/p-1.html', site: '777doc', docId: '777doc:1' });
    const reply = await handleRequest(db, { type: 'clips/forPage' }, content);
    expect(reply.ok && (reply.value as Array<{ docId: string }>).map((c) => c.docId)).toEqual(['777doc:231734']);
    expect(await handleRequest(db, { type: 'clips/forPage' }, { kind: 'extension' })).toMatchObject({ ok: false });
  });

  it("clips/anchored records changed text for the sender's own clips only, clears it when the text is back, and refuses extension pages", async () => {
    const db = fresh();
    const own = await createClip(db(), { ...draft(), url: PAGE, site: '777doc', docId: '777doc:231734' });
    const other = await createClip(db(), { ...draft(), url: 'https://m.777doc.com/p-1.html', site: '777doc', docId: '777doc:1' });
    const changed = [{ id: own.id, now: '投入215万元' }, { id: other.id, now: '别人的页面' }];
    expect(await handleRequest(db, { type: 'clips/anchored', changed, same: [] }, content)).toEqual({ ok: true, value: null });
    expect((await db().anchorings.toArray()).map((a) => [a.clipId, a.now])).toEqual([[own.id, '投入215万元']]);
    expect(await handleRequest(db, { type: 'clips/anchored', changed: [], same: [own.id, other.id] }, content)).toEqual({ ok: true, value: null });
    expect(await db().anchorings.count()).toBe(0);
    expect(await handleRequest(db, { type: 'clips/anchored', changed, same: [] }, { kind: 'extension' })).toMatchObject({ ok: false });
    expect(await handleRequest(db, { type: 'clips/anchored', changed: [{ id: 'not-a-uuid', now: '' }], same: [] }, content)).toMatchObject({ ok: false });
  });
});

describe('a full disk', () => {
  it('answers storage-full and keeps every clip saved before', async () => {
    const db = new DocClipDatabase(`bg-full-${Math.random()}`);
    await createClip(db, { ...draft(), url: PAGE, site: '777doc', docId: '777doc:231734' });
    const before = await db.clips.toArray();
    const add = db.clips.add.bind(db.clips);
    db.clips.add = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof add;
    const reply = await handleRequest(() => db, { type: 'clip/create', draft: draft() }, { kind: 'content', url: PAGE });
    expect(reply).toEqual({ ok: false, error: 'storage-full' });
    expect(await db.clips.toArray()).toEqual(before);
  });

  it.each([
    { error: new DOMException('x', 'QuotaExceededError'), quota: true },
    { error: { name: 'AbortError', inner: { name: 'QuotaExceededError' } }, quota: true },
    { error: new Error('QuotaExceededError in text only'), quota: false },
    { error: null, quota: false },
  ])('isQuotaError($error) → $quota', async ({ error, quota }) => {
    const { isQuotaError } = await import('../../src/db/storage-error');
    expect(isQuotaError(error)).toBe(quota);
  });
});
