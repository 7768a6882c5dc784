/**
 * The figures panel as data: one row per figure and per target of a text, with its context,
 * grouped for reading and exported as CSV. Pure; the content script renders it.
 */
import { formatCsv } from '../export/format-csv';
import type { Figure, FigureKind, Target } from '../types';
import { describeFigure } from './describe-figure';

export type FigureRowKind = FigureKind | 'target';

export interface FigureRow {
  kind: FigureRowKind;
  /** What the text says (the figure, or the whole target clause). */
  text: string;
  /** Offsets of `text` in the analysed text. */
  start: number;
  end: number;
  /** A figure's value and unit (see Figure); null for a target. */
  value: number | null;
  unit: string | null;
  /** describeFigure for a figure; for a target its cue, deadline and figures. */
  label: string;
  /** `…before【text】after…`, white space collapsed; "…" only where the context was cut. */
  context: string;
  /** Index in the `targets` given, for a target row. */
  targetIndex?: number;
}

export interface FigureGroup {
  kind: FigureRowKind;
  rows: FigureRow[];
}

/**
 * Groups in the order a policy analyst reads a document for: first the targets (what is
 * committed, by when and how much: the reason to open a plan or a work report), then money
 * (budgets and investments, the figures most often quoted), percent (rates and shares),
 * measure (physical quantities: 亩, 公里, 吨), count (things and people), and dates last
 * (the most numerous and, alone, the least telling).
 */
export const GROUP_ORDER: readonly FigureRowKind[] = ['target', 'money', 'percent', 'measure', 'count', 'date'];

/**
 * Rows for `figures` and `targets` (offsets in `text`, each list sorted by start as
 * recognizeFigures and findTargets return them), merged in text order; a target and a figure
 * starting at the same offset give the target first. Offsets outside `text` are clamped.
 * Linear in the number of rows (a 1M-character page has some 100,000).
 */
export function describeFigureRows(text: string, figures: Figure[], targets: Target[], contextChars = 12): FigureRow[] {
  const rows: FigureRow[] = [];
  let t = 0;
  for (const f of figures) {
    for (; t < targets.length && targets[t]!.start <= f.start; t++) rows.push(targetRow(text, targets[t]!, t, contextChars));
    rows.push({
      kind: f.kind,
      text: f.text,
      start: f.start,
      end: f.end,
      value: f.value,
      unit: f.unit,
      label: describeFigure(f),
      context: describeContext(text, f.start, f.end, contextChars),
    });
  }
  for (; t < targets.length; t++) rows.push(targetRow(text, targets[t]!, t, contextChars));
  return rows;
}

/** Non-empty groups in GROUP_ORDER, rows in the order given. */
export function groupFigureRows(rows: readonly FigureRow[]): FigureGroup[] {
  const byKind = new Map<FigureRowKind, FigureRow[]>(GROUP_ORDER.map((k) => [k, []]));
  for (const row of rows) byKind.get(row.kind)!.push(row);
  return GROUP_ORDER.map((kind) => ({ kind, rows: byKind.get(kind)! })).filter((g) => g.rows.length > 0);
}

export const FIGURE_ROWS_CSV_HEADER = ['kind', 'text', 'value', 'unit', 'context', 'title', 'url'] as const;

/**
 * RFC 4180 CSV of `rows` in the order given (see format-csv: UTF-8 BOM, CRLF, formula guard
 * on text cells; `value` is a number, or empty when unresolved or for a target).
 */
export function figureRowsToCsv(rows: readonly FigureRow[], source: { title: string; url: string }): string {
  return formatCsv(
    FIGURE_ROWS_CSV_HEADER,
    rows.map((r) => [r.kind, r.text, r.value, r.unit, r.context, source.title, source.url]),
  );
}

/**
 * Characters that end a sentence for `sentenceAround`: 。；！？ and a line break, and the
 * half-width ; ! ? that these sites' text often has instead (the 三七文档 sample separates its
 * clauses with ";"). Not ".", which is a decimal point far more often than a full stop here.
 */
const SENTENCE_END = new Set(['。', '；', '！', '？', ';', '!', '?', '\n']);

/** Longest reach of `sentenceAround` on each side, for text that has no punctuation at all. */
export const SENTENCE_REACH = 400;

/**
 * The sentence holding [start, end): from after the previous SENTENCE_END to the next one
 * (included, unless it is a line break), trimmed of white space. On unpunctuated text it
 * reaches at most SENTENCE_REACH characters either side, so clipping it stays a sentence-sized
 * excerpt. Never shorter than [start, end) itself (clamped to the text).
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const a0 = clamp(start, text.length);
  const b0 = Math.max(a0, clamp(end, text.length));
  let a = a0;
  while (a > 0 && a0 - a < SENTENCE_REACH && !SENTENCE_END.has(text[a - 1]!)) a--;
  let b = b0;
  while (b < text.length && b - b0 < SENTENCE_REACH && !SENTENCE_END.has(text[b]!)) b++;
  if (b < text.length && text[b] !== '\n' && SENTENCE_END.has(text[b]!)) b++;
  while (a < a0 && /\s/.test(text[a]!)) a++;
  while (b > b0 && /\s/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

function targetRow(text: string, t: Target, targetIndex: number, contextChars: number): FigureRow {
  return {
    kind: 'target',
    text: t.text,
    start: t.start,
    end: t.end,
    value: null,
    unit: null,
    label: describeTarget(t),
    context: describeContext(text, t.start, t.end, contextChars),
    targetIndex,
  };
}

function describeTarget(t: Target): string {
  const parts = [t.cue];
  if (t.deadline) parts.push(t.deadline);
  for (const f of t.figures) parts.push(describeFigure(f));
  return parts.join(' · ');
}

function describeContext(text: string, start: number, end: number, chars: number): string {
  const a = clamp(start, text.length);
  const b = Math.max(a, clamp(end, text.length));
  const from = keepPair(text, Math.max(0, a - chars));
  const to = keepPair(text, Math.min(text.length, b + chars));
  // One pass over the whole window: 【 and 】 are not white space, so runs never cross them.
  const window = `${text.slice(from, a)}【${text.slice(a, b)}】${text.slice(b, to)}`.replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${window}${to < text.length ? '…' : ''}`;
}

/** Moves a cut off the middle of a surrogate pair (so no half character is shown). */
function keepPair(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return i > 0 && i < text.length && code >= 0xdc00 && code <= 0xdfff ? i - 1 : i;
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(n, length));
}
