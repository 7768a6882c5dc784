/**
 * `npm run build && flock /tmp/docclip-browser.lock npx tsx bench/popup-isolation.ts`: what the
 * manifest's cross-origin isolation keys (`cross_origin_opener_policy` /
 * `cross_origin_embedder_policy`, which give OCR its threads) cost the popup. The built extension
 * as it is, and a copy of it with the two keys deleted from its manifest, each with 1,000 clips
 * (POPUP_ROWS) in its database; bench/library.ts `measurePopup` with LOADS (POPUP_LOADS, 6)
 * loads: the toolbar popup, and the popup page opened in a tab, each to the frame after its first
 * clip card. Prints JSON; writes nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../test/harness/launch-extension';
import { buildProbes } from './build-probes';
import { measurePopup, type PopupResult } from './library';
import { seedSentences } from './make-big-page';
import { putIntoExtensionDb } from './reanchor';

const ROWS = Number(process.env.POPUP_ROWS ?? 1000);
const LOADS = Number(process.env.POPUP_LOADS ?? 6);

/** The toolbar popup and the popup page in a tab (bench/library.ts measurePopup), on the extension built into `dist`. */
async function measure(dist: string): Promise<PopupResult> {
  const probes = await buildProbes();
  const ext = await launchWithExtension({ dist });
  try {
    await putIntoExtensionDb(ext, { probe: probes.library, count: ROWS, sentences: seedSentences() });
    return await measurePopup(ext, probes.library, LOADS);
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
  const summary = (r: PopupResult) => ({ toolbarPopupMs: r.firstRowMs, toolbarRuns: r.runs.map(Math.round), inTabMs: r.inTabMs, inTabRuns: r.inTabRuns.map(Math.round) });
  console.log(JSON.stringify({ rows: ROWS, loads: LOADS, loadBefore, loadAfter: load(), withIsolationKeys: summary(withKeys), withoutThem: summary(withoutKeys) }, null, 1));
} finally {
  rmSync(isolated, { recursive: true, force: true });
  rmSync(plain, { recursive: true, force: true });
}
