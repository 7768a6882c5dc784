/**
 * `npm run bench:structures`: the big pages of several structures (bench/structures) in headless
 * Chromium with the built extension (a private copy of dist/): longest task, first frame and
 * first clean frame, DocClip's work against the floor's, per structure. Writes its section of
 * BENCHMARKS.md (the rest of the file is left alone) and prints it.
 *
 * BENCH_STRUCTURES=tables,one-text-node measures only those (then BENCHMARKS.md is not written).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../test/harness/fixture-server';
import { launchWithExtension } from '../test/harness/launch-extension';
import { STRUCTURES, type Structure } from './structures/make-structure-page';
import { measureStructures, structureRoutes, structuresSection, writeStructuresSection } from './structures/measure-structures';

const started = Date.now();
const log = (what: string) => console.log(`[bench:structures ${((Date.now() - started) / 1000).toFixed(0)}s] ${what}`);
const loadAtStart = loadavg();
const dist = mkdtempSync(join(tmpdir(), 'docclip-bench-dist-'));
cpSync(resolve('dist'), dist, { recursive: true });
const { routes, show } = structureRoutes();
const server = await startFixtureServer(routes);
const ext = await launchWithExtension({ proxy: server.proxy, dist });
try {
  const only = process.env.BENCH_STRUCTURES?.split(',').map((s) => s.trim()) as Structure[] | undefined;
  for (const s of only ?? []) if (!(s in STRUCTURES)) throw new Error(`BENCH_STRUCTURES: no structure ${s} (${Object.keys(STRUCTURES).join(', ')})`);
  const rows = await measureStructures(ext.context, show, log, only);
  const load = [loadAtStart, loadavg()].map((l) => l.map((x) => x.toFixed(1)).join(' / ')).join(' → ');
  const section = structuresSection(rows, { date: new Date().toISOString(), load, seconds: (Date.now() - started) / 1000 });
  if (!only) writeStructuresSection('BENCHMARKS.md', section);
  console.log(section);
} finally {
  await ext.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
