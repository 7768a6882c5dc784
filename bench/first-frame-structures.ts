/**
 * `npm run bench:first-frame-structures`: what the reader sees in the first frames of the big
 * page written in each structure of the family (bench/page-structures.ts, issue 13), with
 * DocClip: the clutter of the page's frame and the page markers in the viewport at the page's
 * first contentful frame, the most in any frame, the first clean frame and the first clean
 * frame with figures painted (the probe of test/harness/first-frame-probe.ts, as
 * bench/first-frame-only.ts does for the sample page).
 *
 * Writes bench/first-frame-structures-results.md and its section of BENCHMARKS.md. Launches
 * Chromium: run it under `flock /tmp/docclip-browser.lock`. RUNS (default 3) loads per
 * structure; STRUCTURES=text-node,wrapped measures only those (and writes nothing).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../test/harness/fixture-server';
import { launchWithExtension } from '../test/harness/launch-extension';
import { MARKER_BLOCKS, bigPageClutter, loadFirstFrames, type FirstFrames } from './first-frame';
import { makeBigPage, type BigPage } from './make-big-page';
import { DOCCLIP_HOST, median } from './page-probes';
import { PAGE_STRUCTURES, structurePath, type PageStructure } from './page-structures';
import { writeSection } from './write-section';

const RUNS = Number(process.env.RUNS ?? 3);
/** How long after navigation each load is watched (ms): the biggest structure is parsed in ≈ 2 s here. */
const UNTIL_MS = Number(process.env.UNTIL_MS ?? 5000);
/** The target: DOMContentLoaded → first viewport clean and painted ≤ the page's own first frame + this. */
const PAINT_SLACK_MS = 50;
const only = process.env.STRUCTURES?.split(',').map((s) => s.trim()) as PageStructure[] | undefined;
for (const s of only ?? []) if (!PAGE_STRUCTURES.includes(s)) throw new Error(`STRUCTURES: unknown structure ${s} (known: ${PAGE_STRUCTURES.join(', ')})`);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`RUNS must be a positive integer (got ${process.env.RUNS})`);
const structures = only ?? [...PAGE_STRUCTURES];

interface StructureFrames {
  structure: PageStructure;
  runs: Array<Pick<FirstFrames, 'dcl' | 'worstClutterChars'> & { firstFrame: number | null; firstFrameClutter: string[]; firstClean: number | null; firstPainted: number | null; frames: number }>;
}

const started = Date.now();
const loadBefore = loadavg();
const pages = new Map<PageStructure, BigPage>(structures.map((s) => [s, makeBigPage({ structure: s })]));
const dist = mkdtempSync(join(tmpdir(), 'docclip-bench-dist-'));
cpSync(resolve('dist'), dist, { recursive: true });
const server = await startFixtureServer({ [DOCCLIP_HOST]: Object.fromEntries([...pages].map(([s, p]) => [structurePath(s), () => p.html])) });
const ext = await launchWithExtension({ proxy: server.proxy, dist });
const results: StructureFrames[] = [];
try {
  for (const [structure, page] of pages) {
    const clutter = bigPageClutter(page);
    const runs: StructureFrames['runs'] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await loadFirstFrames(ext.context, `http://${DOCCLIP_HOST}${structurePath(structure)}?run=${i}`, { clutter, content: [] }, UNTIL_MS);
      runs.push({
        dcl: r.dcl,
        worstClutterChars: r.worstClutterChars,
        firstFrame: r.firstContentful?.at ?? null,
        firstFrameClutter: r.firstContentful?.clutter ?? [],
        firstClean: r.firstClean?.at ?? null,
        firstPainted: r.firstPainted?.at ?? null,
        frames: r.frames.length,
      });
    }
    results.push({ structure, runs });
    console.error(`[first-frame ${((Date.now() - started) / 1000).toFixed(0)}s] ${structure}: ${JSON.stringify(runs)}`);
  }
} finally {
  await ext.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
const loadAfter = loadavg();
console.log(JSON.stringify({ load: [loadBefore, loadAfter], results }, null, 1));

if (!only) {
  const ms = (v: number | null) => (v == null || !Number.isFinite(v) ? '—' : `${v.toFixed(0)} ms`);
  const fromDcl = (v: number | null, dcl: number) => (v == null ? null : v - dcl);
  const rows = results.map(({ structure, runs }) => {
    const firstClutter = runs.map((r) => r.firstFrameClutter.reduce((n, c) => n + c.replace(/\s+/g, '').length, 0));
    const late = runs.map((r) => (r.firstPainted ?? Infinity) - (r.firstFrame ?? 0));
    const clean = runs.every((r, i) => firstClutter[i] === 0 && r.worstClutterChars === 0);
    const seen = [...new Set(runs.flatMap((r) => r.firstFrameClutter))];
    return `| (${String.fromCharCode(97 + PAGE_STRUCTURES.indexOf(structure))}) ${structure} | ${runs.map((r) => ms(r.dcl)).join(', ')} | ${runs.map((r) => ms(fromDcl(r.firstFrame, r.dcl))).join(', ')} | ${firstClutter.join(', ')}${seen.length ? ` (${seen.join('、')})` : ''} | ${Math.max(...runs.map((r) => r.worstClutterChars))} | ${runs.map((r) => ms(fromDcl(r.firstClean, r.dcl))).join(', ')} | ${runs.map((r) => ms(fromDcl(r.firstPainted, r.dcl))).join(', ')} | ${clean ? 'met' : '**missed**'} | ${late.filter((d) => d <= PAINT_SLACK_MS).length} of ${runs.length} (median ${ms(median(late))} after the first frame) |`;
  });
  const md = `## First frame of each structure (\`npm run bench:first-frame-structures\`)

Generated by \`flock /tmp/docclip-browser.lock npm run bench:first-frame-structures\` (builds the extension, then \`tsx bench/first-frame-structures.ts\`) on ${new Date().toISOString()} in ${((Date.now() - started) / 1000).toFixed(0)} s; ${RUNS} loads of each structure's big page (**pages we generated**, bench/make-big-page.ts: ≈ 1M characters from the real seed page's sentences in the frame of the sample 三七文档 page, the seven markups of "Big pages of several structures"), served as \`http://${DOCCLIP_HOST}/…\`, each watched for ${UNTIL_MS} ms from navigation, in headless Chromium with the built extension. Load average at start ${loadBefore.map((l) => l.toFixed(1)).join(' / ')}, at end ${loadAfter.map((l) => l.toFixed(1)).join(' / ')} (2 cores: a load above 2 inflates every time).

The probe is the sample page's (\`test/harness/first-frame-probe.ts\`, a \`requestAnimationFrame\` callback registered at the document's creation that reads the text in the viewport just before each frame is drawn). Clutter counted: the sample's gold clutter the frame shares (tip banner, folds, 【范文参考】 promotion, footer, toast), the pager \`1 / N\` and the markers \`k/N\` of the first ${MARKER_BLOCKS} blocks (bench/first-frame-structures.ts \`bigPageClutter\`). Times from DOMContentLoaded (negative: before it; these pages are drawn while they are parsed); per run.

| structure | DOMContentLoaded (from navigation) | page's first frame | clutter characters in view at that frame | most in any frame | first clean frame | first clean frame with figures painted | 0 clutter characters in every frame | painted ≤ first frame + ${PAINT_SLACK_MS} ms |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
  writeSection('bench/first-frame-structures-results.md', 'First frame of each structure', md);
  console.log(md);
}
