import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { handleRequest, type Sender } from '../../src/background/handle-request';
import type { ReadImage } from '../../src/background/ocr-pages';
import { ScreenReads, screenKey, type CaptureTab } from '../../src/background/ocr-screen';
import { OCR_MODEL, type OcrReading } from '../../src/core/ocr/ocr-reading';
import { DocClipDatabase } from '../../src/db/database';
import { getOcrPage } from '../../src/db/ocr-pages-store';
import { blankPngDataUrl } from './helpers/blank-png';

const PAGE_URL = 'https://www.doc88.com/p-7186395401231.html';
const TAB = 7;
const content: Sender = { kind: 'content', url: PAGE_URL, tabId: TAB, frameId: 0 };
const freshDb = () => new DocClipDatabase(`ocr-screen-${Math.random()}`);


// A 1240 × 1754 canvas shown 800 CSS px wide at (150, -200) of a 1100 × 900 window at ratio 1.5:
// its top 200 CSS px are scrolled away; the screenshot is 1650 × 1350.
const SHOT = blankPngDataUrl(1650, 1350);
const request = { type: 'ocr/screen-shot', page: 2, box: { left: 150, top: -200, width: 800, height: 1131.6129 }, viewport: { left: 0, top: 0, width: 1100, height: 900 }, width: 1240, height: 1754 };
// Read off the crop (1200 × 1350 px from (225, 0)): a line 60 px down, from 90 to 690 px across.
const cropReading = (): OcrReading => ({
  text: '全年开展院感知识培训14次',
  confidences: [...'全年开展院感知识培训14次'].map(() => 970),
  lines: [{ top: 60, bottom: 96, items: [{ text: '全年开展院感知识培训14次', left: 90, right: 690 }] }],
  width: 1200,
  height: 1350,
  model: OCR_MODEL,
  ms: 3900,
  threads: 2,
});

describe('ScreenReads through handleRequest (ocr/screen-shot, ocr/screen-read)', () => {
  it('takes the screenshot, reads only the visible part and lays its lines on the page’s own pixels; the second time it is the cache', async () => {
    const db = freshDb();
    const capture = vi.fn<CaptureTab>(async () => SHOT);
    const read = vi.fn<ReadImage>(async () => cropReading());
    const services = { readImage: read, screenReads: new ScreenReads(capture) };

    const shot = await handleRequest(() => db, request, content, services);
    expect(shot).toMatchObject({ ok: true, value: { kind: 'shot', token: expect.any(String) } });
    expect(capture).toHaveBeenCalledWith(TAB);
    expect(read).not.toHaveBeenCalled(); // the reading waits for ocr/screen-read: DocClip's labels are back meanwhile
    const token = (shot as { value: { token: string } }).value.token;

    const reply = await handleRequest(() => db, { type: 'ocr/screen-read', token }, content, services);
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    const page = (reply as { value: { page: number; width: number; height: number; region: object; lines: Array<{ top: number; items: Array<{ left: number; right: number }> }> } }).value;
    expect(read).toHaveBeenCalledWith(SHOT, { x: 225, y: 0, width: 1200, height: 1350 });
    expect(page).toMatchObject({ page: 2, width: 1240, height: 1754, cached: false });
    // 1.5 screenshot px per CSS px, 1.55 page px per CSS px: the line's top is 200 + 60/1.5 CSS px down the page.
    const perCss = 1240 / 800;
    expect(page.lines[0]!.top).toBeCloseTo((200 + 60 / 1.5) * perCss, 1);
    expect(page.lines[0]!.items[0]!.left).toBeCloseTo((90 / 1.5) * perCss, 1);
    expect(page.lines[0]!.items[0]!.right).toBeCloseTo((690 / 1.5) * perCss, 1);
    // The part read: the whole width, from the screen's top (200 CSS px into the page) to its
    // bottom (1100 CSS px into the page: the page's last 31.6 CSS px are below the screen).
    expect(page.region).toEqual({ left: 0, top: 310, right: 1240, bottom: 1705 });
    expect((await getOcrPage(db, 'doc88:7186395401231', 2, screenKey(1240, 1754)))?.region).toEqual(page.region);

    // The token is spent; the next ask comes from the cache, without a screenshot.
    expect(await handleRequest(() => db, { type: 'ocr/screen-read', token }, content, services)).toMatchObject({ ok: false, error: expect.stringMatching(/screenshot is gone/) });
    const again = await handleRequest(() => db, { ...request, cachedOnly: true }, content, services);
    expect(again).toMatchObject({ ok: true, value: { kind: 'cached', reading: { page: 2, cached: true, region: page.region, text: '全年开展院感知识培训14次' } } });
    expect(capture).toHaveBeenCalledTimes(1);
  });

  it('a page with no text on the screen (a canvas not drawn yet) is not cached: it is read again when asked', async () => {
    const db = freshDb();
    const capture = vi.fn<CaptureTab>(async () => SHOT);
    const services = { readImage: vi.fn<ReadImage>(async () => ({ ...cropReading(), text: '', confidences: [], lines: [] })), screenReads: new ScreenReads(capture) };
    const shot = (await handleRequest(() => db, request, content, services)) as { value: { token: string } };
    expect(await handleRequest(() => db, { type: 'ocr/screen-read', token: shot.value.token }, content, services)).toMatchObject({ ok: true, value: { text: '', cached: false } });
    expect(await handleRequest(() => db, { ...request, cachedOnly: true }, content, services)).toEqual({ ok: true, value: { kind: 'none' } });
  });

  it('only the cache, when asked so: none without a screenshot', async () => {
    const capture = vi.fn<CaptureTab>(async () => SHOT);
    const reply = await handleRequest(() => freshDb(), { ...request, cachedOnly: true }, content, { readImage: vi.fn<ReadImage>(), screenReads: new ScreenReads(capture) });
    expect(reply).toEqual({ ok: true, value: { kind: 'none' } });
    expect(capture).not.toHaveBeenCalled();
  });

  it('a screenshot is read only for the tab it was taken in', async () => {
    const db = freshDb();
    const services = { readImage: vi.fn<ReadImage>(async () => cropReading()), screenReads: new ScreenReads(async () => SHOT) };
    const shot = (await handleRequest(() => db, request, content, services)) as { value: { token: string } };
    const other = await handleRequest(() => db, { type: 'ocr/screen-read', token: shot.value.token }, { ...content, tabId: 8 }, services);
    expect(other).toMatchObject({ ok: false, error: expect.stringMatching(/screenshot is gone/) });
    expect(services.readImage).not.toHaveBeenCalled();
  });

  it.each<[string, unknown, Sender, RegExp]>([
    ['an extension page', request, { kind: 'extension' }, /content scripts in a tab/],
    ['a content script outside a tab', request, { kind: 'content', url: PAGE_URL }, /content scripts in a tab/],
    ['a page with no size of its own', { ...request, width: 0 }, content, /invalid message/],
    ['a box of negative size', { ...request, box: { ...request.box, height: -1 } }, content, /invalid message/],
    ['a token that is not one', { type: 'ocr/screen-read', token: '../x' }, content, /invalid message/],
  ])('refuses %s', async (_name, input, sender, error) => {
    const capture = vi.fn<CaptureTab>(async () => SHOT);
    const reply = await handleRequest(() => freshDb(), input, sender, { readImage: vi.fn<ReadImage>(), screenReads: new ScreenReads(capture) });
    expect(reply.ok).toBe(false);
    expect(reply.ok === false && reply.error).toMatch(error);
    expect(capture).not.toHaveBeenCalled();
  });

  it.each<[string, CaptureTab, unknown, RegExp]>([
    ['the browser refusing the screenshot', async () => Promise.reject(new Error('press the toolbar button')), request, /toolbar button/],
    ['a screenshot that is not a PNG', async () => 'data:image/jpeg;base64,/9j/4AAQ', request, /not a PNG/],
    ['a page scrolled off the screen', async () => SHOT, { ...request, box: { ...request.box, top: 1000 } }, /not on the screen/],
  ])('says what went wrong on %s', async (_name, capture, input, error) => {
    const screenReads = new ScreenReads(capture);
    const reply = await handleRequest(() => freshDb(), input, content, { readImage: vi.fn<ReadImage>(), screenReads });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(screenReads.waiting).toBe(0);
  });

  it('keeps a few screenshots at most, and none past a minute', async () => {
    let now = 0;
    const screenReads = new ScreenReads(async () => SHOT, () => now);
    const db = freshDb();
    for (let i = 0; i < 6; i++) await screenReads.shoot(db, 'doc88:1', TAB, { ...request, page: i + 1 });
    expect(screenReads.waiting).toBe(4);
    now = 61_000;
    await screenReads.shoot(db, 'doc88:1', TAB, { ...request, page: 9 });
    expect(screenReads.waiting).toBe(1);
  });
});

describe('handleRequest: ocr/canvas (a canvas read from its own pixels)', () => {
  const canvas = { type: 'ocr/canvas', page: 3, width: 1200, height: 1700 };
  const wholePage = (): OcrReading => ({ ...cropReading(), width: 1200, height: 1700 });

  it('without pixels answers from the cache only; with them reads the whole page once, keyed by the canvas size', async () => {
    const db = freshDb();
    const read = vi.fn<ReadImage>(async () => wholePage());
    expect(await handleRequest(() => db, canvas, content, { readImage: read })).toEqual({ ok: true, value: null });
    const reply = await handleRequest(() => db, { ...canvas, png: SHOT }, content, { readImage: read });
    expect(reply).toMatchObject({ ok: true, value: { page: 3, cached: false, width: 1200, height: 1700 } });
    expect(read).toHaveBeenCalledWith(SHOT);
    expect((reply as { value: { region?: unknown } }).value.region).toBeUndefined();
    expect(await handleRequest(() => db, canvas, content, { readImage: read })).toMatchObject({ ok: true, value: { page: 3, cached: true } });
    // The key is the canvas size, not its pixels: another size is another image.
    expect(await handleRequest(() => db, { ...canvas, width: 600 }, content, { readImage: read })).toEqual({ ok: true, value: null });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('a canvas with no text yet is not cached', async () => {
    const db = freshDb();
    const read = vi.fn<ReadImage>(async () => ({ ...wholePage(), text: '', confidences: [], lines: [] }));
    await handleRequest(() => db, { ...canvas, png: SHOT }, content, { readImage: read });
    expect(await handleRequest(() => db, canvas, content, { readImage: read })).toEqual({ ok: true, value: null });
  });

  it.each<[string, unknown, Sender, RegExp]>([
    ['an extension page', canvas, { kind: 'extension' }, /for content scripts/],
    ['pixels that are not a PNG data URL', { ...canvas, png: 'data:image/jpeg;base64,AAAA' }, content, /invalid message|Invalid/i],
  ])('refuses %s', async (_name, input, sender, error) => {
    const read = vi.fn<ReadImage>(async () => wholePage());
    const reply = await handleRequest(() => freshDb(), input, sender, { readImage: read });
    expect(reply.ok === false && reply.error).toMatch(error);
    expect(read).not.toHaveBeenCalled();
  });
});
