/**
 * `npm run bench:reanchor`: only the re-anchoring row of `npm run bench` (target 3), with some
 * clips missing: 1,000 clips saved from the big page, every tenth changed so that the page no
 * longer has it (bench/reanchor.ts withMissingClips), put into the extension's database; then the
 * page is visited RUNS times and timed from first paint to the clips painted and to every clip
 * placed or listed as not found (docclip:anchored), and the pipeline's
 * stages are timed in the page (anchorClips alone). Same Chromium, extension and probes as
 * bench/run.ts; prints JSON with the load average before and after. Writes nothing.
 *
 * REANCHOR_CLIPS (default 1000) and REANCHOR_MISSING_EVERY (default 10) set the clips.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../test/harness/fixture-server';
import { launchWithExtension } from '../test/harness/launch-extension';
import { repeatRuns } from './big-page-load';
import { buildProbes } from './build-probes';
import { makeBigPage } from './make-big-page';
import { BIG_PATH, DOCCLIP_HOST, PEER_HOST, median } from './page-probes';
import { cleanedText, makeAnchoredClips, putIntoExtensionDb, reanchor, withMissingClips } from './reanchor';
import { profileStages } from './stages';

const RUNS = 3;
const count = Number(process.env.REANCHOR_CLIPS ?? 1000);
const every = Number(process.env.REANCHOR_MISSING_EVERY ?? 10);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

const dist = mkdtempSync(join(tmpdir(), 'docclip-bench-dist-'));
cpSync(resolve('dist'), dist, { recursive: true });
const probes = await buildProbes();
const big = makeBigPage({ pageCount: 650 });
const server = await startFixtureServer({ [DOCCLIP_HOST]: { [BIG_PATH]: () => big.html }, [PEER_HOST]: { [BIG_PATH]: () => big.html } });
const ext = await launchWithExtension({ proxy: server.proxy, dist });
try {
  const loadBefore = load();
  const text = await cleanedText(ext.context, probes.pipeline);
  const { clips, missing } = withMissingClips(makeAnchoredClips(text, count), every);
  await putIntoExtensionDb(ext, clips);
  const runs = await repeatRuns(RUNS, () => reanchor(ext));
  const stages = await profileStages(ext.context, probes.pipeline, clips);
  console.log(JSON.stringify({
    loadBefore,
    loadAfter: load(),
    pageChars: text.length,
    clips: count,
    missing,
    paintedToClipsMs: median(runs.map((r) => r.paintedToClipsMs)),
    paintedToAnchoredMs: median(runs.map((r) => r.paintedToAnchoredMs)),
    runs,
    anchorOnlyMs: stages.stages[`anchorClips (${count} clips)`],
    hot: stages.hotFunctions.slice(0, 8),
  }, null, 2));
} finally {
  await ext.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
