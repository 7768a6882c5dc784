import { describe, expect, it } from 'vitest';
import { anchorClips, anchorClipsInPasses, type AnchorResult } from '../../src/content/anchor-clips';
import { describeSpan } from '../../src/core/anchoring/describe-span';
import { REPORT } from './anchoring-cases/wenku-cases';
import { makeClip } from './helpers/make-clip';

/** A clip of `exact` as saved from REPORT. */
function clipOf(exact: string) {
  const at = REPORT.indexOf(exact);
  return makeClip({ text: exact, selectors: describeSpan(REPORT, at, at + exact.length) });
}

const kept = clipOf('全年争取中央预算内投资3200万元');
const revised = clipOf('审批时限压缩至20个工作日以内');
const gone = clipOf('征地拆迁进度滞后');
const page = REPORT.replace('20个工作日', '15个工作日').replace('征地拆迁进度滞后，', '');

describe('anchorClips', () => {
  it('places, lists as not found, and says which text changed', () => {
    const result = anchorClips(page, [kept, revised, gone]);
    expect(result.found.map((f) => page.slice(f.start, f.end))).toEqual(['全年争取中央预算内投资3200万元', '审批时限压缩至15个工作日以内']);
    expect(result.notFound.map((c) => c.id)).toEqual([gone.id]);
    expect(result.changed).toEqual([{ id: revised.id, saved: '审批时限压缩至20个工作日以内', now: '审批时限压缩至15个工作日以内' }]);
  });
});

describe('anchorClipsInPasses', () => {
  it('reports the clips at their place at once, and the rest after the later task', () => {
    const reports: Array<[AnchorResult, boolean]> = [];
    let run: (() => void) | null = null;
    anchorClipsInPasses(page.replace('一、总体情况', '一、总体'), [kept, revised, gone], (r, done) => reports.push([r, done]), (fn) => ((run = fn), () => (run = null)));
    // The text before every clip shifted: none is at its stored position.
    expect(reports).toEqual([[{ found: [], notFound: [], changed: [] }, false]]);
    run!();
    expect(reports[1]![1]).toBe(true);
    expect(reports[1]![0]).toMatchObject({ notFound: [gone], changed: [{ id: revised.id }] });
    expect(reports[1]![0].found).toHaveLength(2);
  });

  it('needs no later task on an unchanged page, and a cancelled search never reports', () => {
    const reports: boolean[] = [];
    const later = () => { throw new Error('not needed'); };
    anchorClipsInPasses(REPORT, [kept, revised, gone], (_, done) => reports.push(done), later);
    expect(reports).toEqual([true]);
    let run: (() => void) | null = null;
    const cancel = anchorClipsInPasses(page, [kept, revised], (_, done) => reports.push(done), (fn) => ((run = fn), () => (run = null)));
    cancel();
    expect(run).toBeNull();
    expect(reports).toEqual([true, false]);
  });
});
