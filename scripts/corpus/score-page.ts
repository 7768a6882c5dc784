/**
 * Scores one analysed page against its hand labels (corpus/README.md). Pure: the analysis and
 * the labels in, counts and the misses out, so that the corpus eval and its unit test share it.
 *
 * Texts are compared line by line: on both sides each line is trimmed, runs of spaces become
 * one and empty lines go (what `docclip analyze` does to its text), so a label copied from the
 * page with its indentation still matches. A clutter label that stands as whole lines on the page
 * must be gone as whole lines: the site's heading "T" above a document that starts "T2篇…" is
 * removed when the heading line is, although "T" is still part of the next line. Content, joins,
 * figure and target texts are compared with all white space removed: they are about the words,
 * not where the lines break.
 */
import type { Analysis } from '../../src/cli/analyze';

export type Layout = 'text' | 'drawn';

export interface FigureLabel {
  text: string;
  kind: string;
  value: number | null;
  unit?: string | null;
  context?: string;
}

export interface PageLabels {
  file: string;
  url: string;
  site: string;
  layout: Layout;
  clutter: Array<{ text: string; family: string }>;
  content: string[];
  joins: string[];
  figures: FigureLabel[];
  optional?: string[];
  not_figures?: string[];
  targets: string[];
}

/** A found/expected tally: `hit` of `of`. */
export interface Tally {
  hit: number;
  of: number;
}

export interface PageScore {
  clutter: Tally;
  /** family → tally */
  families: Record<string, Tally>;
  content: Tally;
  joins: Tally;
  /** recall: labelled figures found */
  figureRecall: Tally;
  /** precision: found figures (optional ones aside) that are labelled */
  figurePrecision: Tally;
  /** of the matched figures, those whose kind is right */
  figureKind: Tally;
  /** of the matched figures with a labelled value, those whose value is right */
  figureValue: Tally;
  /** found figures that are labelled as not figures */
  notFigureHits: string[];
  targets: Tally;
  misses: {
    clutter: Array<{ text: string; family: string }>;
    content: string[];
    joins: string[];
    figures: string[];
    falseFigures: string[];
    kinds: string[];
    values: string[];
    targets: string[];
  };
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** Lines trimmed, inner space runs made one space, empty lines dropped. */
export function normaliseLines(s: string): string {
  return s
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => l.length > 0)
    .join('\n');
}

function countOf(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * Whether a clutter label is gone from the output. A title repeated by the site counts as gone
 * when at most one copy is left (the document's own), if the page had several.
 */
function clutterGone(label: { text: string; family: string }, page: string, out: string): boolean {
  const want = normaliseLines(label.text);
  if (want.length === 0) return true;
  const whole = page.includes(`\n${want}\n`);
  const needle = whole ? `\n${want}\n` : want;
  const before = countOf(page, needle);
  const after = countOf(out, needle);
  if (label.family === 'title-repeat' && before >= 2) return after <= 1;
  return after === 0;
}

export function tally(hit: number, of: number): Tally {
  return { hit, of };
}

export function addTally(a: Tally, b: Tally): Tally {
  return { hit: a.hit + b.hit, of: a.of + b.of };
}

/** hit/of, or null when nothing was counted. */
export function ratio(t: Tally): number | null {
  return t.of === 0 ? null : t.hit / t.of;
}

function sameValue(expected: number | null, found: number | null): boolean {
  if (expected === null || found === null) return expected === found;
  return Math.abs(expected - found) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/**
 * Figures are matched by their text, in reading order: the k-th labelled figure with text T is
 * paired with the k-th found figure with text T. A labelled figure left over is then paired with
 * the first unpaired found figure whose text contains it or is contained in it ("80%以上" labelled,
 * "80%" found), provided their values agree. A found figure whose text is listed as optional,
 * or is left unpaired and lies inside an optional phrase or starts with an optional figure,
 * counts neither way.
 */
function scoreFigures(labels: PageLabels, analysis: Analysis, score: PageScore): void {
  const listed = (labels.optional ?? []).map(squeeze).filter((o) => o.length > 0);
  const optional = new Set(listed);
  // Also optional when left unpaired: a figure inside a listed phrase (the figures of a title
  // "2023年乡镇上半年…总结"), or a listed figure with an approximation word after it (一季度以来).
  const nearOptional = (t: string): boolean => listed.some((o) => o.includes(t) || t.startsWith(o));
  const found = analysis.figures.filter((f) => !optional.has(squeeze(f.text))).map((f) => ({ f, key: squeeze(f.text), used: false }));
  const pairs: Array<[FigureLabel, Analysis['figures'][number]]> = [];
  const left: FigureLabel[] = [];
  for (const label of labels.figures) {
    const key = squeeze(label.text);
    const hit = found.find((x) => !x.used && x.key === key);
    if (hit) {
      hit.used = true;
      pairs.push([label, hit.f]);
    } else left.push(label);
  }
  for (const label of left) {
    const key = squeeze(label.text);
    const hit = found.find((x) => !x.used && (x.key.includes(key) || key.includes(x.key)) && (label.value === null || sameValue(label.value, x.f.value)));
    if (hit) {
      hit.used = true;
      pairs.push([label, hit.f]);
    } else score.misses.figures.push(label.context ? `${label.text} (${label.context})` : label.text);
  }
  for (const [label, f] of pairs) {
    score.figureKind.of++;
    if (f.kind === label.kind) score.figureKind.hit++;
    else score.misses.kinds.push(`${label.text}: ${f.kind} for ${label.kind}`);
    if (label.kind === 'date' && label.value === null) continue;
    score.figureValue.of++;
    if (sameValue(label.value, f.value)) score.figureValue.hit++;
    else score.misses.values.push(`${label.text}: ${f.value ?? 'null'} for ${label.value ?? 'null'}`);
  }
  const unpaired = found.filter((x) => !x.used && !nearOptional(x.key));
  score.figureRecall = tally(pairs.length, labels.figures.length);
  score.figurePrecision = tally(pairs.length, pairs.length + unpaired.length);
  for (const x of unpaired) score.misses.falseFigures.push(x.f.text);
  const notFigures = (labels.not_figures ?? []).map(squeeze).filter((s) => s.length > 0);
  for (const f of analysis.figures) {
    const t = squeeze(f.text);
    if (notFigures.some((n) => n.includes(t) || t.includes(n))) score.notFigureHits.push(f.text);
  }
}

export function scorePage(labels: PageLabels, analysis: Analysis, pageText: string): PageScore {
  const out = `\n${normaliseLines(analysis.text)}\n`;
  const page = `\n${normaliseLines(pageText)}\n`;
  const flat = squeeze(analysis.text);
  const score: PageScore = {
    clutter: tally(0, 0),
    families: {},
    content: tally(0, 0),
    joins: tally(0, 0),
    figureRecall: tally(0, 0),
    figurePrecision: tally(0, 0),
    figureKind: tally(0, 0),
    figureValue: tally(0, 0),
    notFigureHits: [],
    targets: tally(0, 0),
    misses: { clutter: [], content: [], joins: [], figures: [], falseFigures: [], kinds: [], values: [], targets: [] },
  };
  for (const c of labels.clutter) {
    const gone = clutterGone(c, page, out);
    score.clutter = addTally(score.clutter, tally(gone ? 1 : 0, 1));
    score.families[c.family] = addTally(score.families[c.family] ?? tally(0, 0), tally(gone ? 1 : 0, 1));
    if (!gone) score.misses.clutter.push(c);
  }
  for (const c of labels.content) {
    const kept = flat.includes(squeeze(c));
    score.content = addTally(score.content, tally(kept ? 1 : 0, 1));
    if (!kept) score.misses.content.push(c);
  }
  if (labels.layout === 'drawn') return score;
  for (const j of labels.joins) {
    const joined = flat.includes(squeeze(j));
    score.joins = addTally(score.joins, tally(joined ? 1 : 0, 1));
    if (!joined) score.misses.joins.push(j);
  }
  scoreFigures(labels, analysis, score);
  const targets = analysis.targets.map((t) => squeeze(t.text));
  for (const t of labels.targets) {
    const found = targets.some((x) => x.includes(squeeze(t)));
    score.targets = addTally(score.targets, tally(found ? 1 : 0, 1));
    if (!found) score.misses.targets.push(t);
  }
  return score;
}
