/**
 * `npm run bench`: every measurement of BENCHMARKS.md in one run, in headless Chromium with the
 * built extension (a private copy of dist/, so a rebuild elsewhere cannot change it mid-run)
 * and in Node. Prints the table and writes BENCHMARKS.md (see bench/report.ts).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../test/harness/fixture-server';
import { launchWithExtension } from '../test/harness/launch-extension';
import { loadDocClip, loadPeer, medianRun, repeatRuns, type PeerMode } from './big-page-load';
import { buildProbes } from './build-probes';
import { appendBlocks, appendBulk, medianLazyRun } from './lazy-blocks';
import { measureLibrary, measurePopup } from './library';
import { makeBigPage, seedSentences } from './make-big-page';
import { BIG_PATH, BLANK_PATH, DOCCLIP_HOST, PEER_HOST, SMALL_PATH, median } from './page-probes';
import { cleanedText, makeAnchoredClips, putIntoExtensionDb, reanchor, withMissingClips } from './reanchor';
import { writeReport, type BenchResults } from './report';
import { measureContentScriptSize } from './size';
import { profileStages } from './stages';

const RUNS = 3;
const LAZY_BLOCKS = 10;
/** Blocks a site appends at once in the bulk measurement (≈ 300,000 characters). */
const BULK_BLOCKS = 150;
const CLIPS_ON_PAGE = 1000;
const LIBRARY_ROWS = 100_000;

const started = Date.now();
const log = (what: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${what}`);
const loadAtStart = loadavg();

const dist = mkdtempSync(join(tmpdir(), 'docclip-bench-dist-'));
cpSync(resolve('dist'), dist, { recursive: true });
const size = measureContentScriptSize(dist);
log('bundling the in-page probes');
const probes = await buildProbes();

const big = makeBigPage({ pageCount: 500 + Math.max(LAZY_BLOCKS, BULK_BLOCKS) });
const small = makeBigPage({ chars: 40_000, pageCount: 20 + LAZY_BLOCKS });
const blank = '<!doctype html><meta charset="utf-8"><title>bench</title><body></body>';
const server = await startFixtureServer({
  [DOCCLIP_HOST]: { [BIG_PATH]: () => big.html, [SMALL_PATH]: () => small.html },
  [PEER_HOST]: { [BIG_PATH]: () => big.html, [SMALL_PATH]: () => small.html, [BLANK_PATH]: () => blank },
});
const ext = await launchWithExtension({ proxy: server.proxy, dist });

try {
  log(`big page: ${big.documentChars} document characters, ${big.blocks} blocks`);
  const docclipRuns = await repeatRuns(RUNS, () => loadDocClip(ext));
  const peers = {} as Record<PeerMode, Awaited<ReturnType<typeof loadPeer>>>;
  for (const mode of ['none', 'floor', 'markjs', 'readability'] as const) {
    log(`big page: ${mode}`);
    peers[mode] = medianRun(await repeatRuns(RUNS, () => loadPeer(ext.context, mode)));
  }

  log('lazy blocks');
  const lazyBig = medianLazyRun(await repeatRuns(RUNS, () => appendBlocks(ext.context, BIG_PATH, big.blocksHtml(big.blocks + 1, LAZY_BLOCKS), big.pageCount, big.blocks + 1)));
  const lazySmall = medianLazyRun(await repeatRuns(RUNS, () => appendBlocks(ext.context, SMALL_PATH, small.blocksHtml(small.blocks + 1, LAZY_BLOCKS), small.pageCount, small.blocks + 1)));

  log('bulk append');
  const bulk = await appendBulk(ext.context, BIG_PATH, big.blocksHtml(big.blocks + 1, BULK_BLOCKS), BULK_BLOCKS, big.pageCount, big.blocks + 1);

  log('re-anchoring');
  const text = await cleanedText(ext.context, probes.pipeline);
  // Every tenth clip no longer on the page (deleted, or a near-copy saved elsewhere): listed as not found.
  const { clips } = withMissingClips(makeAnchoredClips(text, CLIPS_ON_PAGE));
  await putIntoExtensionDb(ext, clips);
  const reanchorRuns = await repeatRuns(RUNS, () => reanchor(ext));

  log('stages');
  const stages = await profileStages(ext.context, probes.pipeline, clips);

  log(`library: ${LIBRARY_ROWS} clips`);
  const sentences = seedSentences();
  const library = await measureLibrary(ext.context, probes.library, LIBRARY_ROWS, sentences);
  log('popup');
  await putIntoExtensionDb(ext, { probe: probes.library, count: LIBRARY_ROWS, sentences });
  const popup = await measurePopup(ext, probes.library);

  const results: BenchResults = {
    machine: { loadAtStart, loadAtEnd: loadavg() },
    bigPage: { chars: big.documentChars, blocks: big.blocks, htmlBytes: Buffer.byteLength(big.html) },
    docclip: medianRun(docclipRuns),
    docclipRuns,
    peers,
    lazy: { big: lazyBig, small: lazySmall, blocks: LAZY_BLOCKS, smallBlocks: small.blocks, bulk },
    reanchor: {
      clips: CLIPS_ON_PAGE,
      paintedToClipsMs: median(reanchorRuns.map((r) => r.paintedToClipsMs)),
      longestTaskMs: median(reanchorRuns.map((r) => r.longestTaskMs)),
      shown: reanchorRuns[0]!.shown,
      notFound: reanchorRuns[0]!.notFound,
      anchorOnlyMs: stages.stages[`anchorClips (${CLIPS_ON_PAGE} clips)`] ?? NaN,
      paintOnlyMs: stages.stages['paint: clips (ranges + highlight)'] ?? NaN,
    },
    stages,
    library,
    popup,
    size,
    seconds: (Date.now() - started) / 1000,
  };
  const table = writeReport(results, 'BENCHMARKS.md');
  console.log(table);
  log('wrote BENCHMARKS.md');
} finally {
  await ext.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
