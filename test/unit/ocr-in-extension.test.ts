import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { handleRequest, type Sender } from '../../src/background/handle-request';
import type { OffscreenApi } from '../../src/background/offscreen-api';
import { offscreenHolder } from '../../src/background/offscreen-holder';
import { readOcrPage, type ReadImage } from '../../src/background/ocr-pages';
import { describeReading, imageKey, OCR_MODEL, type OcrReading } from '../../src/core/ocr/ocr-reading';
import { DocClipDatabase } from '../../src/db/database';
import { countOcrPages, putOcrPage } from '../../src/db/ocr-pages-store';

const PAGE_URL = 'https://max.book118.com/html/2024/0108/8032016124005077.shtm';
const IMAGE = 'https://view-cache.book118.com/view1/M00/page-1.jpg';
const DOC = 'book118:8032016124005077';

const reading = (text = '投资438万元'): OcrReading => ({
  text,
  confidences: [...text].map(() => 990),
  lines: [{ top: 10, bottom: 40, items: [{ text, left: 60, right: 300 }] }],
  width: 1000,
  height: 1400,
  model: OCR_MODEL,
  ms: 4200,
});

const freshDb = () => new DocClipDatabase(`ocr-ext-${Math.random()}`);

describe('describeReading', () => {
  it('keeps confidences in thousandths, clamped to 0..1000, and names the models', () => {
    const r = describeReading({ text: 'ab\nc', confidences: [0.9994, 1.2, 1, -0.1], lines: [] }, 10, 20, 12.6);
    expect(r).toEqual({ text: 'ab\nc', confidences: [999, 1000, 1000, 0], lines: [], width: 10, height: 20, model: OCR_MODEL, ms: 13 });
  });
  it('keys an image by its URL and its pixel size', () => {
    expect(imageKey(IMAGE, 1000, 1400)).not.toBe(imageKey(IMAGE, 500, 700));
    expect(imageKey(IMAGE, 1000, 1400)).toBe(`${IMAGE}#1000x1400`);
  });
});

describe('readOcrPage (the ocrPages cache in front of the engine)', () => {
  const request = { page: 1, src: IMAGE, width: 1000, height: 1400 };

  it('reads a page once: the second time it comes from the cache', async () => {
    const db = freshDb();
    const read = vi.fn<ReadImage>(async () => ({ ...reading(), threads: 2 }));
    const first = await readOcrPage(db, read, DOC, request);
    expect(first.threads).toBe(2);
    expect(first).toMatchObject({ page: 1, cached: false, text: '投资438万元' });
    const second = await readOcrPage(db, read, DOC, request);
    expect(second).toMatchObject({ page: 1, cached: true, text: '投资438万元', ms: 0, lines: first.lines, confidences: first.confidences });
    expect(read).toHaveBeenCalledTimes(1);
    expect(await countOcrPages(db, DOC)).toBe(1);
    // The threads of a reading are not kept: a page from the cache was not read now.
    expect(second.threads).toBeUndefined();
  });

  it.each([
    ['another image size (the site swapped a thumbnail for the page)', { width: 500, height: 700 }, {}],
    ['another image URL', { src: 'https://view-cache.book118.com/view1/M00/page-1b.jpg' }, {}],
    ['a reading made with other models', {}, { model: 'PP-OCRv3' }],
  ])('reads the page again for %s', async (_name, requestChange, rowChange) => {
    const db = freshDb();
    await putOcrPage(db, { docId: DOC, page: 1, imageKey: imageKey(IMAGE, 1000, 1400), ...reading('旧的'), readAt: '2026-12-01T00:00:00.000Z', ...rowChange });
    const read = vi.fn<ReadImage>(async () => reading('新的'));
    const reply = await readOcrPage(db, read, DOC, { ...request, ...requestChange });
    expect(reply).toMatchObject({ cached: false, text: '新的' });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('keeps the pages of another document apart', async () => {
    const db = freshDb();
    const read = vi.fn<ReadImage>(async () => reading());
    await readOcrPage(db, read, DOC, request);
    await readOcrPage(db, read, 'book118:other', request);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('returns a reading it cannot store, and says nothing is cached', async () => {
    const db = freshDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // One confidence short of the text: putOcrPage refuses the row.
    const broken = { ...reading(), confidences: [990] };
    const reply = await readOcrPage(db, async () => broken, DOC, request);
    expect(reply).toMatchObject({ cached: false, text: '投资438万元' });
    expect(await countOcrPages(db, DOC)).toBe(0);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('passes on what the engine throws', async () => {
    await expect(readOcrPage(freshDb(), async () => Promise.reject(new Error('no 2d context')), DOC, request)).rejects.toThrow('no 2d context');
  });
});

describe('handleRequest: ocr/page and ocr/count', () => {
  const content: Sender = { kind: 'content', url: PAGE_URL };
  const message = { type: 'ocr/page', page: 1, src: IMAGE, width: 1000, height: 1400 };

  it('reads the page for the sender’s own document and counts its pages read', async () => {
    const db = freshDb();
    const read = vi.fn<ReadImage>(async () => reading());
    const reply = await handleRequest(() => db, message, content, { readImage: read });
    expect(reply).toMatchObject({ ok: true, value: { page: 1, cached: false } });
    expect(read).toHaveBeenCalledWith(IMAGE);
    expect(await handleRequest(() => db, { type: 'ocr/count' }, content)).toEqual({ ok: true, value: 1 });
    expect(await handleRequest(() => db, { type: 'ocr/count' }, { kind: 'content', url: 'https://max.book118.com/html/2024/0108/1111111111111111.shtm' })).toEqual({ ok: true, value: 0 });
  });

  it.each<[string, unknown, Sender, RegExp]>([
    ['an extension page', message, { kind: 'extension' }, /for content scripts/],
    ['an unknown sender', message, { kind: 'unknown' }, /not allowed/],
    ['a data: image', { ...message, src: 'data:image/png;base64,AAAA' }, content, /only http\(s\) images/],
    ['a page number 0', { ...message, page: 0 }, content, /invalid message/],
    ['an image without pixels', { ...message, width: 0 }, content, /invalid message/],
  ])('refuses %s', async (_name, input, sender, error) => {
    const read = vi.fn<ReadImage>(async () => reading());
    const reply = await handleRequest(() => freshDb(), input, sender, { readImage: read });
    expect(reply.ok).toBe(false);
    expect(reply.ok === false && reply.error).toMatch(error);
    expect(read).not.toHaveBeenCalled();
  });

  it('says so where there is no engine', async () => {
    expect(await handleRequest(() => freshDb(), message, content)).toEqual({ ok: false, error: 'OCR is not available here' });
  });

  it('turns the engine’s failure into an error reply', async () => {
    const reply = await handleRequest(() => freshDb(), message, content, { readImage: async () => Promise.reject(new Error('HTTP 404')) });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('HTTP 404') });
  });
});

/** A fake chrome.offscreen that counts what it was asked, with a document that is open or not. */
function fakeOffscreen(open = false) {
  const calls: string[] = [];
  let gate: Promise<void> = Promise.resolve();
  const api: OffscreenApi & { calls: string[]; open: boolean; holdClose(): () => void; failCreate: boolean } = {
    calls,
    open,
    failCreate: false,
    async hasDocument() {
      return api.open;
    },
    async createDocument(p) {
      calls.push(`create ${p.reasons.join('+')}`);
      if (api.failCreate) throw new Error('Only a single offscreen document may be created.');
      api.open = true;
    },
    async closeDocument() {
      calls.push('close');
      await gate;
      api.open = false;
    },
    holdClose() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return release;
    },
  };
  return api;
}

describe('offscreenHolder (one offscreen document for the backup and the OCR engine)', () => {
  it('makes the document for the first hold and closes it when the last is let go', async () => {
    const api = fakeOffscreen();
    const hold = offscreenHolder(api);
    const [a, b] = await Promise.all([hold(), hold()]);
    expect(api.calls).toEqual(['create BLOBS+WORKERS']);
    await a();
    await a(); // twice counts once
    expect(api.calls).toEqual(['create BLOBS+WORKERS']);
    await b();
    expect(api.calls).toEqual(['create BLOBS+WORKERS', 'close']);
    expect(api.open).toBe(false);
  });

  it('reuses a document already open (made before the worker restarted)', async () => {
    const api = fakeOffscreen(true);
    const release = await offscreenHolder(api)();
    expect(api.calls).toEqual([]);
    await release();
    expect(api.calls).toEqual(['close']);
  });

  it('a hold asked for while the document closes waits, then makes it again', async () => {
    const api = fakeOffscreen();
    const hold = offscreenHolder(api);
    const first = await hold();
    const finish = api.holdClose();
    const closing = first();
    const second = hold();
    await Promise.resolve();
    expect(api.calls).toEqual(['create BLOBS+WORKERS', 'close']);
    finish();
    await closing;
    await second;
    expect(api.calls).toEqual(['create BLOBS+WORKERS', 'close', 'create BLOBS+WORKERS']);
    expect(api.open).toBe(true);
  });

  it('a failed creation holds nothing: the next hold tries again', async () => {
    const api = fakeOffscreen();
    const hold = offscreenHolder(api);
    api.failCreate = true;
    await expect(hold()).rejects.toThrow('single offscreen document');
    api.failCreate = false;
    const release = await hold();
    await release();
    expect(api.calls).toEqual(['create BLOBS+WORKERS', 'create BLOBS+WORKERS', 'close']);
  });
});
