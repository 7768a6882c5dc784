/**
 * Bundled (IIFE, global `DocClipPipelineProbe`) and evaluated in a Chromium page by the
 * benchmark. It runs DocClip's own pipeline code — the same modules the content script
 * bundles — stage by stage, to say where the time goes, and reads the cleaned text a page
 * shows (to write clips that re-anchor on it).
 */
import { anchorClips } from '../../src/content/anchor-clips';
import { paintRanges } from '../../src/content/paint-highlights';
import { analyzeUnit } from '../../src/content/page-units';
import { rangesFor } from '../../src/content/text-ranges';
import { findRemovals } from '../../src/core/clean/find-removals';
import { inferPageCount } from '../../src/core/clean/infer-page-count';
import { applyCleanPlan, isHiddenOrOwn } from '../../src/core/dom/apply-clean-plan';
import { documentTitle } from '../../src/core/dom/page-facts';
import { planClean } from '../../src/core/dom/plan-clean';
import { buildTextMap } from '../../src/core/dom/text-map';
import { recognizeFigures } from '../../src/core/figures/recognize-figures';
import { findTargets } from '../../src/core/targets/find-targets';
import { createSiteProfile } from '../../src/core/sites/create-site-profile';
import type { Clip } from '../../src/core/types';

/** The cleaned text DocClip analyses on this page (hidden clutter and DocClip's UI left out). */
export function cleanedText(): string {
  return buildTextMap(document.body, { skip: isHiddenOrOwn }).text;
}

/**
 * Times each stage of DocClip's first clean + analyse + paint on this (uncleaned) page, with
 * the profile of `profileUrl`, as PageSession.clean/analyze/paint run them, plus sub-stages
 * of planClean measured separately on the same input. Returns milliseconds and counts.
 */
export function profileStages(profileUrl: string, clips: Clip[]): Record<string, number> {
  const out: Record<string, number> = {};
  const time = <T>(name: string, fn: () => T): T => {
    const t0 = performance.now();
    const value = fn();
    out[name] = performance.now() - t0;
    return value;
  };
  const doc = document;
  const profile = createSiteProfile(profileUrl);
  const title = documentTitle(doc);

  // planClean's parts, on the same input (not applied).
  const raw = time('plan: buildTextMap (raw page)', () => buildTextMap(doc.body, { skip: isHiddenOrOwn }));
  const count = time('plan: inferPageCount', () => inferPageCount(raw.text));
  time('plan: findRemovals', () => findRemovals(raw.text, { pageCount: count, title }));

  const plan = time('planClean (whole)', () => planClean(doc.body, profile, { skip: isHiddenOrOwn, title }));
  time('applyCleanPlan', () => applyCleanPlan(plan));
  const map = time('analyze: buildTextMap (cleaned)', () => buildTextMap(doc.body, { skip: isHiddenOrOwn }));
  const figures = time('analyze: recognizeFigures', () => recognizeFigures(map.text));
  time('analyze: findTargets', () => findTargets(map.text, figures));
  const analysis = time('analyzeUnit (whole page as one unit: figures+targets+watch)', () => analyzeUnit(map, []));
  const anchors = time(`anchorClips (${clips.length} clips)`, () => anchorClips(map.text, clips));
  const figureRanges = time('paint: rangesFor figures', () => rangesFor(doc, map, analysis.figures));
  time('paint: CSS.highlights figures', () => paintRanges('docclip-figure', figureRanges));
  time('paint: targets (ranges + highlight)', () => paintRanges('docclip-target', rangesFor(doc, map, analysis.targets)));
  time('paint: clips (ranges + highlight)', () => paintRanges('docclip-clip', rangesFor(doc, map, anchors.found)));
  out['count: text chars'] = map.text.length;
  out['count: text segments'] = map.segments.length;
  out['count: removals'] = plan.removed.length;
  out['count: hidden'] = plan.hide.length;
  out['count: repairs'] = plan.repairs.length;
  out['count: figures'] = analysis.figures.length;
  out['count: targets'] = analysis.targets.length;
  out['count: clips anchored'] = anchors.found.length;
  return out;
}
