import type { BrowserContext } from 'playwright-core';
import type { Clip } from '../src/core/types';
import { BIG_PATH, PEER_HOST, openProbedPage, sleep } from './page-probes';
import { BIG_URL } from './reanchor';

/**
 * Where the time goes: DocClip's own pipeline modules (bundled unminified into the pipeline
 * probe) run stage by stage on the big page served where the extension does not run, timed
 * with performance.now(), under the CDP Profiler for the functions that take the time.
 */
export interface StageProfile {
  stages: Record<string, number>;
  /** Self time by function (ms), the most expensive first. */
  hotFunctions: Array<{ name: string; selfMs: number }>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
}

export async function profileStages(context: BrowserContext, pipelineProbe: string, clips: Clip[]): Promise<StageProfile> {
  const { page, cdp } = await openProbedPage(context);
  await page.goto(`http://${PEER_HOST}${BIG_PATH}`, { timeout: 120_000 });
  await sleep(1000);
  await page.evaluate(pipelineProbe);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const stages = await page.evaluate(
    ([url, c]) =>
      (globalThis as unknown as { DocClipPipelineProbe: { profileStages(u: string, c: unknown[]): Record<string, number> } }).DocClipPipelineProbe.profileStages(url, c),
    [BIG_URL, clips] as const,
  );
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();

  const nodes = new Map<number, ProfileNode>((profile.nodes as ProfileNode[]).map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = nodes.get(samples[i]!);
    if (!node) continue;
    const raw = node.callFrame.functionName || '(anonymous)';
    const name = raw.length > 90 ? `${raw.slice(0, 90)}…` : raw;
    self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const hotFunctions = [...self.entries()]
    .filter(([name]) => !['(idle)', '(program)', '(root)'].includes(name))
    .map(([name, selfMs]) => ({ name, selfMs }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, 15);
  return { stages, hotFunctions };
}
