import type { BrowserContext } from 'playwright-core';
import type { ExtensionBrowser } from '../test/harness/launch-extension';
import type { LibraryResult } from './in-page/library-probe';
import { BLANK_PATH, PEER_HOST, median, openProbedPage, sleep } from './page-probes';

/**
 * Target 4, the library. Store, search, export and import run in a plain page of the same
 * Chromium (the real store functions and Dexie, bundled by the library probe), each beside the
 * raw IndexedDB floor; the popup's first paint runs in the extension itself, on a library of
 * the same rows put into the extension's database.
 */
export async function measureLibrary(context: BrowserContext, libraryProbe: string, count: number, sentences: string[]): Promise<LibraryResult> {
  const { page } = await openProbedPage(context);
  await page.goto(`http://${PEER_HOST}${BLANK_PATH}`);
  await page.evaluate(libraryProbe);
  const result = await page.evaluate(
    ([n, s]) =>
      (globalThis as unknown as { DocClipLibraryProbe: { runLibrary(n: number, s: string[]): Promise<LibraryResult> } }).DocClipLibraryProbe.runLibrary(n, s),
    [count, sentences] as const,
  );
  // Leave no 100 MB databases behind in the profile for the next measurements.
  await page.evaluate(async () => {
    for (const name of ['docclip', 'docclip-import']) {
      await new Promise((resolve) => {
        const req = indexedDB.deleteDatabase(name);
        req.onsuccess = req.onerror = req.onblocked = resolve;
      });
    }
  });
  await page.close();
  return result;
}

export interface PopupResult {
  /** Navigation start → the frame after the first recent-clip card is in the DOM (median). */
  firstRowMs: number;
  runs: number[];
  /** Raw floor: open the database and read the newest 10 rows (cursor on createdAt, median). */
  floorMs: number;
  rows: number;
}

const WATCH_ROW = `
window.__firstRow = null;
new MutationObserver((_, observer) => {
  if (document.querySelector('.clip-card')) {
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstRow = performance.now(); });
  }
}).observe(document, { childList: true, subtree: true });
`;

export async function measurePopup(ext: ExtensionBrowser, libraryProbe: string, runs = 5): Promise<PopupResult> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { page } = await openProbedPage(ext.context, WATCH_ROW);
    await page.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html`);
    await page.waitForFunction(() => (window as unknown as { __firstRow: number | null }).__firstRow !== null, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow));
    await page.close();
    await sleep(200);
  }
  const probe = await ext.openExtensionPage('src/options/index.html');
  await probe.evaluate(libraryProbe);
  const floors: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    floors.push(await probe.evaluate(() => (globalThis as unknown as { DocClipLibraryProbe: { rawNewest(n: string, k: number): Promise<number> } }).DocClipLibraryProbe.rawNewest('docclip', 10)));
  }
  rows = await probe.evaluate(async () => (await (globalThis as unknown as { DocClipLibraryProbe: { rawGetAll(n: string): Promise<{ rows: number }> } }).DocClipLibraryProbe.rawGetAll('docclip')).rows);
  await probe.close();
  return { firstRowMs: median(times), runs: times, floorMs: median(floors), rows };
}
