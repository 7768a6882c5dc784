/**
 * `npm run bench:library`: only the library measurements of `npm run bench` (target 4: store,
 * search, export, import, each beside its raw IndexedDB floor), for quick before/after runs.
 * Same Chromium, extension and in-page probe as bench/run.ts; prints the result as JSON with
 * the load average before and after. Writes nothing.
 *
 * LIBRARY_ROWS (default 100000) sets the number of clips; LIBRARY_RUNS (default 1) repeats the
 * whole measurement, each run in a new browser profile (a profile that held deleted 100 MB
 * databases makes the next writes slower), and prints every run.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../test/harness/fixture-server';
import { launchWithExtension } from '../test/harness/launch-extension';
import { buildProbes } from './build-probes';
import { measureLibrary } from './library';
import { seedSentences } from './make-big-page';
import { BLANK_PATH, PEER_HOST } from './page-probes';

const rows = Number(process.env.LIBRARY_ROWS ?? 100_000);
const runs = Number(process.env.LIBRARY_RUNS ?? 1);
if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(runs) || runs < 1) {
  throw new Error(`LIBRARY_ROWS and LIBRARY_RUNS must be positive integers (got ${process.env.LIBRARY_ROWS}, ${process.env.LIBRARY_RUNS})`);
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const dist = mkdtempSync(join(tmpdir(), 'docclip-bench-dist-'));
cpSync(resolve('dist'), dist, { recursive: true });
const probes = await buildProbes();
const blank = '<!doctype html><meta charset="utf-8"><title>bench</title><body></body>';
const server = await startFixtureServer({ [PEER_HOST]: { [BLANK_PATH]: () => blank } });
try {
  const sentences = seedSentences();
  for (let i = 0; i < runs; i++) {
    const ext = await launchWithExtension({ proxy: server.proxy, dist });
    try {
      const loadBefore = load();
      const library = await measureLibrary(ext.context, probes.library, rows, sentences);
      console.log(JSON.stringify({ run: i + 1, loadBefore, loadAfter: load(), library }, null, 2));
    } finally {
      await ext.close();
    }
  }
} finally {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
