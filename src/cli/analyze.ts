import { Window } from 'happy-dom';
import { applyCleanPlan, isHiddenOrOwn } from '../core/dom/apply-clean-plan';
import { documentTitle } from '../core/dom/page-facts';
import { planClean } from '../core/dom/plan-clean';
import { buildTextMap } from '../core/dom/text-map';
import { cleanText } from '../core/clean/clean-text';
import { recognizeFigures } from '../core/figures/recognize-figures';
import { findTargets } from '../core/targets/find-targets';
import { createSiteProfile } from '../core/sites/create-site-profile';
import type { FigureKind, Removal } from '../core/types';

/** The JSON `docclip analyze` prints (DESIGN.md, "command line"). Offsets index `text`. */
export interface Analysis {
  site: string;
  title: string;
  text: string;
  removed: Array<{ text: string; reason: string }>;
  figures: Array<{ text: string; start: number; end: number; kind: FigureKind; value: number | null; unit: string | null; approx?: string }>;
  targets: Array<{ text: string; start: number; end: number; deadline: string | null }>;
}

/**
 * Runs the same core as the extension on a saved page. HTML is parsed (scripts never run),
 * cleaned through the DOM planner exactly as in the browser; plain text (what a reader gets
 * by copying from these sites) goes through the text cleaner.
 */
export function analyze(input: string, options: { url?: string; html?: boolean } = {}): Analysis {
  const url = options.url ?? 'file:///document';
  const profile = createSiteProfile(url);
  const html = options.html ?? /^\s*</.test(input);
  let title: string;
  let raw: string;
  let removed: Removal[];
  if (html) {
    const window = new Window({ url: url.startsWith('http') ? url : 'http://localhost/' });
    const doc = new window.DOMParser().parseFromString(input, 'text/html') as unknown as Document;
    title = documentTitle(doc);
    const plan = planClean(doc.body, profile, { title });
    applyCleanPlan(plan);
    removed = plan.removed;
    raw = buildTextMap(doc.body, { skip: isHiddenOrOwn }).text;
    void window.happyDOM.close();
  } else {
    title = input.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
    const cleaned = cleanText(input, { title });
    removed = cleaned.removed;
    raw = cleaned.text;
  }
  const text = tidy(raw);
  const figures = recognizeFigures(text);
  const targets = findTargets(text, figures);
  return {
    site: profile.id,
    title,
    text,
    removed: removed.map((r) => ({ text: r.text, reason: r.reason })),
    figures: figures.map(({ text: t, start, end, kind, value, unit, approx }) => ({ text: t, start, end, kind, value, unit, ...(approx ? { approx } : {}) })),
    targets: targets.map(({ text: t, start, end, deadline }) => ({ text: t, start, end, deadline })),
  };
}

/** Trims each line and drops empty ones (what hidden blocks leave behind). */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
}
