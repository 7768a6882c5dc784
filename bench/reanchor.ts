import type { BrowserContext } from 'playwright-core';
import { pageStatus } from '../test/harness/sample-flow';
import type { ExtensionBrowser } from '../test/harness/launch-extension';
import { describeSpan } from '../src/core/anchoring/describe-span';
import { createSiteProfile } from '../src/core/sites/create-site-profile';
import type { Clip } from '../src/core/types';
import { BIG_PATH, DOCCLIP_HOST, longestIn, openProbedPage, sleep, traceTasks, waitForMark } from './page-probes';

/**
 * Target 3, re-anchoring: 1,000 clips saved from the big page (W3C selectors over the cleaned
 * text DocClip shows, as selection-draft.ts writes them) are put into the extension's database;
 * on the next visit DocClip fetches them (clips/forPage), re-anchors and paints them as
 * `docclip-clip`. Measured from `docclip:painted` (first paint, no clips yet) to the clip
 * highlight holding every clip: the message round trip, the database read, the re-analysis and
 * the anchoring and painting of the clips.
 */

export const BIG_URL = `http://${DOCCLIP_HOST}${BIG_PATH}`;

/** The cleaned text DocClip analyses on the big page (read with the core's own text map). */
export async function cleanedText(context: BrowserContext, pipelineProbe: string): Promise<string> {
  const { page } = await openProbedPage(context);
  await page.goto(BIG_URL, { timeout: 120_000 });
  await waitForMark(page, 'docclip:painted');
  await sleep(2000);
  await page.evaluate(pipelineProbe);
  const text = await page.evaluate(() => (globalThis as unknown as { DocClipPipelineProbe: { cleanedText(): string } }).DocClipPipelineProbe.cleanedText());
  await page.close();
  return text;
}

/** `count` clips spread evenly over `text`, 20–60 characters each, within one line. */
export function makeAnchoredClips(text: string, count: number, url = BIG_URL): Clip[] {
  const profile = createSiteProfile(url);
  const docId = profile.documentId(new URL(url));
  const clips: Clip[] = [];
  const step = Math.floor(text.length / count);
  for (let i = 0; i < count; i++) {
    let start = i * step + 7;
    while (start < text.length && /\s/.test(text[start]!)) start++;
    let end = Math.min(text.length, start + 20 + (i % 41));
    const nl = text.indexOf('\n', start);
    if (nl !== -1 && nl < end) end = nl;
    if (end - start < 4) { start = Math.max(0, start - 30); end = start + 20; }
    const iso = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
    clips.push({
      id: crypto.randomUUID(),
      text: text.slice(start, end),
      url,
      site: profile.id,
      docId,
      docTitle: '组织部生态保护研讨发言',
      page: null,
      selectors: describeSpan(text, start, end),
      figures: [],
      targets: [],
      tags: [],
      note: '',
      createdAt: iso,
      updatedAt: iso,
    });
  }
  return clips;
}

/** Puts rows into the extension's `docclip` database (created by Dexie when the library page opens it). */
export async function putIntoExtensionDb(ext: ExtensionBrowser, rows: Clip[] | { probe: string; count: number; sentences: string[] }): Promise<void> {
  const page = await ext.openExtensionPage('src/library/index.html');
  await page.waitForLoadState('networkidle');
  if (Array.isArray(rows)) {
    await page.evaluate(async (clips) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('docclip');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('clips', 'readwrite');
        for (const c of clips) tx.objectStore('clips').put(c);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, rows);
  } else {
    await page.evaluate(rows.probe);
    await page.evaluate(
      ([count, sentences]) =>
        (globalThis as unknown as { DocClipLibraryProbe: { fillRaw(n: string, c: number, s: string[]): Promise<number> } }).DocClipLibraryProbe.fillRaw('docclip', count, sentences),
      [rows.count, rows.sentences] as const,
    );
  }
  await page.close();
}

export interface ReanchorRun {
  /** docclip:painted → every clip painted. */
  paintedToClipsMs: number;
  /** docclip:painted → every clip placed or listed as not found (docclip:anchored: the search for those not at their place ends). */
  paintedToAnchoredMs: number;
  longestTaskMs: number;
  shown: number;
  notFound: number;
}

const WATCH_CLIPS = `
window.__clipsPaintedAt = null;
const __poll = setInterval(() => {
  const h = CSS.highlights && CSS.highlights.get('docclip-clip');
  if (h && h.size > 0) { window.__clipsPaintedAt = performance.now(); window.__clipsSize = h.size; clearInterval(__poll); }
}, 2);
`;

export async function reanchor(ext: ExtensionBrowser): Promise<ReanchorRun> {
  const { page, cdp } = await openProbedPage(ext.context, WATCH_CLIPS);
  const trace = await traceTasks(cdp);
  await page.goto(BIG_URL, { timeout: 120_000 });
  const painted = await waitForMark(page, 'docclip:painted');
  await page.waitForFunction(() => (window as unknown as { __clipsPaintedAt: number | null }).__clipsPaintedAt !== null, null, { timeout: 60_000 });
  const at = await page.evaluate(() => (window as unknown as { __clipsPaintedAt: number }).__clipsPaintedAt);
  const anchored = await waitForMark(page, 'docclip:anchored', 60_000);
  await sleep(300);
  const tasks = longestIn(await trace.stop('docclip:painted', painted), painted, Math.max(at, anchored));
  const status = await pageStatus(ext, BIG_URL);
  await page.close();
  return { paintedToClipsMs: at - painted, paintedToAnchoredMs: anchored - painted, longestTaskMs: tasks.longest, shown: status.clipsShown, notFound: status.clipsNotFound.length };
}

/**
 * Clips the page no longer has: every tenth of `clips` changed so that it is not found (and must
 * not be placed). Half are deleted sentences (the quote reversed, the context kept: the
 * neighbours are still there), half near-copies of the page's text saved elsewhere (every fourth
 * character changed, the context reversed): the costliest for the approximate search, because the
 * big page repeats its seed sentences and every piece of such a quote occurs many times.
 */
export function withMissingClips(clips: Clip[], every = 10): { clips: Clip[]; missing: number } {
  const reverse = (s: string) => [...s].reverse().join('');
  let missing = 0;
  const out = clips.map((clip, i) => {
    if (i % every !== every - 1) return clip;
    missing++;
    const [quote, position] = clip.selectors;
    const deleted = missing % 2 === 1;
    const exact = deleted ? reverse(quote.exact) : [...quote.exact].map((c, k) => (k % 4 === 3 ? '〇' : c)).join('');
    const changed = { ...quote, exact, ...(deleted ? {} : { prefix: reverse(quote.prefix), suffix: reverse(quote.suffix) }) };
    return { ...clip, text: exact, selectors: [changed, position] as Clip['selectors'] };
  });
  return { clips: out, missing };
}
