import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../test/harness/launch-extension';
import type { ImportResult, LibraryResult } from './in-page/library-probe';
import { BLANK_PATH, PEER_HOST, median, openProbedPage, sleep } from './page-probes';

/**
 * Target 4, the library. Store, search, export and import run in a plain page of the same
 * Chromium (the real store functions and Dexie, bundled by the library probe), each beside the
 * raw IndexedDB floor; the popup's first paint runs in the extension itself, on a library of
 * the same rows put into the extension's database.
 *
 * The import runs in a page of an origin used for nothing else (a new host name per call,
 * answered by `page.route`): Chromium keeps one IndexedDB backing store per origin, and writing
 * 100,000 rows into the one that already holds the export's 100,000 costs more CPU than into an
 * empty one, as the put-all floor had (measured: see bench/findings.md).
 */
export async function measureLibrary(context: BrowserContext, libraryProbe: string, count: number, sentences: string[]): Promise<LibraryResult> {
  const { page } = await openProbedPage(context);
  await page.goto(`http://${PEER_HOST}${BLANK_PATH}`);
  await page.evaluate(libraryProbe);
  const result = await page.evaluate(
    ([n, s]) =>
      (globalThis as unknown as { DocClipLibraryProbe: { runLibrary(n: number, s: string[]): Promise<Omit<LibraryResult, keyof ImportResult>> } }).DocClipLibraryProbe.runLibrary(n, s),
    [count, sentences] as const,
  );
  // Leave no 100 MB databases behind in the profile for the next measurements.
  await deleteDatabases(page, ['docclip']);
  await page.close();

  const { page: importPage } = await openProbedPage(context);
  const host = `import-${Date.now().toString(36)}.bench.test`;
  await importPage.route(`http://${host}/**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: BLANK_PAGE }));
  await importPage.goto(`http://${host}${BLANK_PATH}`);
  await importPage.evaluate(libraryProbe);
  const imported = await importPage.evaluate(
    ([n, s]) =>
      (globalThis as unknown as { DocClipLibraryProbe: { runImport(n: number, s: string[]): Promise<ImportResult> } }).DocClipLibraryProbe.runImport(n, s),
    [count, sentences] as const,
  );
  await deleteDatabases(importPage, ['docclip-import']);
  await importPage.close();
  if (imported.importChars !== result.exportChars) {
    throw new Error(`the file imported (${imported.importChars} chars) is not the export (${result.exportChars} chars)`);
  }
  return { ...result, ...imported };
}

const BLANK_PAGE = '<!doctype html><meta charset="utf-8"><title>bench</title><body></body>';

async function deleteDatabases(page: Page, names: string[]): Promise<void> {
  await page.evaluate(async (list) => {
    for (const name of list) {
      await new Promise((resolve) => {
        const req = indexedDB.deleteDatabase(name);
        req.onsuccess = req.onerror = req.onblocked = resolve;
      });
    }
  }, names);
}

export interface PopupResult {
  /**
   * The toolbar popup (opened with `chrome.action.openPopup()`, as the reader's click opens it):
   * its navigation start → the frame after the first recent-clip card is in its DOM (median).
   */
  firstRowMs: number;
  runs: number[];
  /**
   * The same page opened in a tab (navigated there from another page): the same time. A tab
   * navigating to a cross-origin isolated extension page changes process, which the toolbar
   * popup does not (bench/popup-isolation.ts).
   */
  inTabMs: number;
  inTabRuns: number[];
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
  const toolbar = await toolbarPopupFirstRows(ext, runs);
  const probe = await ext.openExtensionPage('src/options/index.html');
  await probe.evaluate(libraryProbe);
  const floors: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    floors.push(await probe.evaluate(() => (globalThis as unknown as { DocClipLibraryProbe: { rawNewest(n: string, k: number): Promise<number> } }).DocClipLibraryProbe.rawNewest('docclip', 10)));
  }
  rows = await probe.evaluate(async () => (await (globalThis as unknown as { DocClipLibraryProbe: { rawGetAll(n: string): Promise<{ rows: number }> } }).DocClipLibraryProbe.rawGetAll('docclip')).rows);
  await probe.close();
  return { firstRowMs: median(toolbar), runs: toolbar, inTabMs: median(times), inTabRuns: times, floorMs: median(floors), rows };
}

/**
 * Opens the toolbar popup `runs` times from an extension page (`chrome.action.openPopup()`) and
 * reads, through `chrome.extension.getViews`, the popup's own clock at the frame after its first
 * clip card appeared (looked for every 2 ms).
 */
async function toolbarPopupFirstRows(ext: ExtensionBrowser, runs: number): Promise<number[]> {
  const opener = await ext.openExtensionPage('src/options/index.html');
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const t = await opener.evaluate(async () => {
        // The extension API as an extension page has it (the bench's own `chrome` types stop short of these two).
        const api = (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> }; extension: { getViews(o: { type: 'popup' }): Window[] } } }).chrome;
        await api.action.openPopup();
        const start = performance.now();
        while (performance.now() - start < 10_000) {
          const view = api.extension.getViews({ type: 'popup' })[0];
          if (view?.document.querySelector('.clip-card')) {
            const at = await new Promise<number>((done) => view.requestAnimationFrame(() => done(view.performance.now())));
            view.close();
            return at;
          }
          await new Promise((r) => setTimeout(r, 2));
        }
        throw new Error('the toolbar popup showed no clip card within 10 s');
      });
      times.push(t);
      await sleep(300);
    }
  } finally {
    await opener.close();
  }
  return times;
}
