/**
 * `npm run build && flock /tmp/docclip-browser.lock npx tsx bench/popup-isolation.ts`: what the
 * manifest's cross-origin isolation keys (`cross_origin_opener_policy` /
 * `cross_origin_embedder_policy`, which give OCR its threads) cost the popup. The built extension
 * as it is, and a copy of it with the two keys deleted from its manifest, each with 1,000 clips
 * (POPUP_ROWS) in its database; the popup opened in a tab LOADS times (POPUP_LOADS, 6): the time
 * to the frame after its first clip card (as bench/library.ts `measurePopup`) and its
 * `domInteractive`. Prints JSON; writes nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../test/harness/launch-extension';
import { buildProbes } from './build-probes';
import { seedSentences } from './make-big-page';
import { median, openProbedPage } from './page-probes';
import { putIntoExtensionDb } from './reanchor';

const ROWS = Number(process.env.POPUP_ROWS ?? 1000);
const LOADS = Number(process.env.POPUP_LOADS ?? 6);
const WATCH_ROW = `window.__firstRow = null;
new MutationObserver((_, observer) => {
  if (document.querySelector('.clip-card')) {
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstRow = performance.now(); });
  }
}).observe(document, { childList: true, subtree: true });`;

async function measure(dist: string): Promise<{ firstRowMs: number[]; domInteractiveMs: number[] }> {
  const probes = await buildProbes();
  const ext = await launchWithExtension({ dist });
  try {
    await putIntoExtensionDb(ext, { probe: probes.library, count: ROWS, sentences: seedSentences() });
    const firstRowMs: number[] = [];
    const domInteractiveMs: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const { page } = await openProbedPage(ext.context, WATCH_ROW);
      await page.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html`);
      await page.waitForFunction(() => (window as unknown as { __firstRow: number | null }).__firstRow !== null, null, { timeout: 60_000 });
      const t = await page.evaluate(() => ({
        first: (window as unknown as { __firstRow: number }).__firstRow,
        interactive: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
      }));
      firstRowMs.push(Math.round(t.first));
      domInteractiveMs.push(Math.round(t.interactive));
      await page.close();
    }
    return { firstRowMs, domInteractiveMs };
  } finally {
    await ext.close();
  }
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const isolated = mkdtempSync(join(tmpdir(), 'docclip-popup-isolated-'));
const plain = mkdtempSync(join(tmpdir(), 'docclip-popup-plain-'));
try {
  cpSync(resolve('dist'), isolated, { recursive: true });
  cpSync(resolve('dist'), plain, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(plain, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  if (!manifest.cross_origin_embedder_policy) throw new Error('dist/manifest.json has no cross_origin_embedder_policy: nothing to compare');
  delete manifest.cross_origin_embedder_policy;
  delete manifest.cross_origin_opener_policy;
  writeFileSync(join(plain, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const loadBefore = load();
  const withKeys = await measure(isolated);
  const withoutKeys = await measure(plain);
  const summary = (r: { firstRowMs: number[]; domInteractiveMs: number[] }) => ({ ...r, medianFirstRowMs: median(r.firstRowMs), medianDomInteractiveMs: median(r.domInteractiveMs) });
  console.log(JSON.stringify({ rows: ROWS, loads: LOADS, loadBefore, loadAfter: load(), withIsolationKeys: summary(withKeys), withoutThem: summary(withoutKeys) }, null, 1));
} finally {
  rmSync(isolated, { recursive: true, force: true });
  rmSync(plain, { recursive: true, force: true });
}
