/**
 * `npx tsx bench/import-costs.ts` (after `npm run build`; take the browser flock): where the
 * library bench's import spends its time over the raw put-all floor. Each case of IMPORT_CASES
 * (comma-separated, in that order, in one browser) runs in a page of an origin of its own, as
 * runImport does, and prints its wall time and the CPU all the browser's processes used meanwhile
 * (/proc, utime + stime of the launched Chromium's process tree).
 *
 * Cases: floor-put / floor-add (the raw loop on the generated rows, as rawPutAll; `-newest`
 * for the import's order), parse (JSON.parse alone and parseClipsImport), import (readClipsImport
 * + importClips, as runImport), import-before (parseClipsImport + the former importClips, Dexie's
 * bulkAdd), import-raw (parseClipsImport + the raw put loop on its clips); `-lean` drops the page's
 * generated rows before the import.
 * IMPORT_ROWS (default 100000), IMPORT_PROFILES (default 1: browsers launched one after another).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchWithExtension } from '../test/harness/launch-extension';
import { seedSentences } from './make-big-page';
import { BLANK_PATH } from './page-probes';

const rows = Number(process.env.IMPORT_ROWS ?? 100_000);
const profiles = Number(process.env.IMPORT_PROFILES ?? 1);
const cases = (process.env.IMPORT_CASES ?? 'floor-put,import,floor-put,import').split(',');
const BLANK = '<!doctype html><meta charset="utf-8"><title>bench</title><body></body>';
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** CPU seconds used so far by the live descendants of this process (the launched browser), by process type. */
function treeCpu(): Record<string, number> {
  const tick = 100; // USER_HZ on Linux
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / tick);
    } catch {
      // the process ended meanwhile
    }
  }
  const byType: Record<string, number> = {};
  for (const [pid, seconds] of cpu) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p !== process.pid) continue;
      let type = 'browser';
      try {
        type = /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser';
      } catch {
        // ended meanwhile
      }
      byType[type] = (byType[type] ?? 0) + seconds;
      break;
    }
  }
  return byType;
}

function cpuSince(before: Record<string, number>): Record<string, number> {
  const now = treeCpu();
  const out: Record<string, number> = {};
  for (const [type, s] of Object.entries(now)) out[type] = Number((s - (before[type] ?? 0)).toFixed(1));
  out.all = Number(Object.values(out).reduce((a, b) => a + b, 0).toFixed(1));
  return out;
}

/**
 * Waits until the browser process is idle (under 0.1 CPU s in each of 3 consecutive seconds; at
 * most IMPORT_IDLE_MAX_S, default 0 = no wait): after a 100 MB database is deleted its storage
 * keeps working in the background. Returns the seconds waited and the browser CPU used meanwhile.
 */
async function browserIdle(): Promise<{ waitedS: number; browserCpuS: number }> {
  const maxS = Number(process.env.IMPORT_IDLE_MAX_S ?? 0);
  const start = treeCpu().browser ?? 0;
  let last = start;
  let quiet = 0;
  let waited = 0;
  while (waited < maxS && quiet < 3) {
    await new Promise((r) => setTimeout(r, 1000));
    waited++;
    const now = treeCpu().browser ?? 0;
    quiet = now - last < 0.1 ? quiet + 1 : 0;
    last = now;
  }
  return { waitedS: waited, browserCpuS: Number((last - start).toFixed(1)) };
}

const outDir = mkdtempSync(join(tmpdir(), 'docclip-import-costs-'));
await build({
  configFile: false,
  logLevel: 'warn',
  resolve: { alias: { 'webextension-polyfill': resolve('bench/in-page/no-extension-api.ts') } },
  build: { outDir, minify: true, lib: { entry: resolve('bench/in-page/import-costs-probe.ts'), formats: ['iife'], name: 'DocClipImportCosts', fileName: () => 'probe.js' } },
});
const probe = readFileSync(join(outDir, 'probe.js'), 'utf8');
const dist = mkdtempSync(join(tmpdir(), 'docclip-bench-dist-'));
cpSync(resolve('dist'), dist, { recursive: true });
const sentences = seedSentences();

type Api = Record<string, (...args: unknown[]) => unknown>;
try {
  for (let p = 0; p < profiles; p++) {
    const ext = await launchWithExtension({ dist });
    try {
      for (const [i, name] of cases.entries()) {
        const page = await ext.context.newPage();
        const host = `costs-${Date.now().toString(36)}-${i}.bench.test`;
        await page.route(`http://${host}/**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: BLANK }));
        await page.goto(`http://${host}${BLANK_PATH}`);
        await page.evaluate(probe);
        await page.evaluate(([n, s]) => (globalThis as unknown as { DocClipImportCosts: Api }).DocClipImportCosts.prepare!(n, s), [rows, sentences] as const);
        const idle = await browserIdle();
        const loadBefore = load();
        const cpu0 = treeCpu();
        const t0 = Date.now();
        const result = await page.evaluate(
          ([c]) => {
            const api = (globalThis as unknown as { DocClipImportCosts: Api }).DocClipImportCosts;
            const [kind, variant] = c.split('-') as [string, string | undefined];
            if (kind === 'floor') return api.floor!('costs', variant ?? 'put', c.endsWith('-newest') ? 'newest' : 'generated');
            if (kind === 'parse') return api.parseSplit!();
            return api.importCase!('costs', variant === 'raw' ? 'raw-put' : variant === 'before' ? 'before' : 'store', c.endsWith('-lean'));
          },
          [name] as const,
        );
        const wallMs = Date.now() - t0;
        const cpuS = cpuSince(cpu0);
        await page.evaluate(() => new Promise((done) => {
          const req = indexedDB.deleteDatabase('costs');
          req.onsuccess = req.onerror = req.onblocked = done;
        }));
        await page.close();
        console.log(JSON.stringify({ profile: p + 1, case: name, wallMs, cpuS, idle, loadBefore, loadAfter: load(), ...(result as object) }));
      }
    } finally {
      await ext.close();
    }
  }
} finally {
  rmSync(dist, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}
