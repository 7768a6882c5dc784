import { recognizeFigures } from '../figures/recognize-figures';
import { createSiteProfile } from '../sites/create-site-profile';
import { findTargets } from '../targets/find-targets';
import type { Clip } from '../types';
import { problemAt, type ImportProblem } from './describe-issue';
import { uuidFromKey } from './uuid-from-key';

/**
 * Annotations of other tools, as clip candidates for import (parse-clips-import.ts validates
 * them with ClipSchema, like a clip of DocClip's own file). Pure.
 *
 * Shapes read (detectAnnotations):
 * - Hypothesis: the client's export `{export_date, export_userid, client_version, annotations}`,
 *   an API search result `{total, rows}`, or a bare array of API annotations (`uri` + `target`).
 *   From each: `target[0].selector` (TextQuoteSelector, TextPositionSelector, PageSelector's
 *   numeric label as the page), `target[0].source` or `uri`, `document.title[0]`, `tags`,
 *   `text` as the note, `created`/`updated`.
 * - W3C Web Annotation (https://www.w3.org/TR/annotation-model/): one Annotation, an array of
 *   them, an AnnotationPage (`items`) or an AnnotationCollection whose `first` page is embedded
 *   (a page given only by its IRI cannot be read: refused). From each: the first target with a
 *   TextQuoteSelector (`selector` one or an array), its `source`; bodies (`body` one or an
 *   array, or `bodyValue`): `tagging` → tags, `classifying` → category, every other textual
 *   body (commenting, describing, none) → the note, joined by a blank line; `created`,
 *   `modified`; `dc:title` and `schema:pageStart` of the target, which DocClip's own export
 *   writes (clips-to-web-annotation.ts), for the title and page.
 *
 * What is not a clip is skipped, each with a problem naming it: a Hypothesis reply
 * (`references`), a page note or any annotation without a text quote. Ids: DocClip's own
 * `urn:uuid:` ids are kept (so a re-import of its export skips the clips already there);
 * other ids become a UUID derived from the tool and the id (uuidFromKey), so importing the
 * same file twice adds nothing the second time. Site and docId come from the URL through the
 * site profiles, figures and targets are found in the quote as DocClip finds them when
 * clipping, so an annotation lands beside the clips of the same document.
 */
export type AnnotationFormat = 'hypothesis' | 'web-annotation';

/** An annotation at its place in the file (`path` as import problems write it). */
export interface LocatedItem {
  value: unknown;
  path: string;
}

export type DetectedAnnotations =
  | { ok: true; format: AnnotationFormat; items: LocatedItem[] }
  | { ok: false; problem: ImportProblem };

/** A clip candidate and the place in the file of each of its fields (for problems). */
export interface ClipCandidate {
  clip: Record<string, unknown>;
  /** Path in the file of the value a clip field came from (`createdAt` → `annotations[2].created`). */
  fieldPaths: Record<string, string>;
  path: string;
}

export type ConvertedItem = { ok: true; candidate: ClipCandidate } | { ok: false; skipped: ImportProblem };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** True when `value`'s `type` names `name` (`"Annotation"`, `"oa:Annotation"`, or an array holding one). */
function hasType(value: unknown, name: string): boolean {
  if (!isObject(value)) return false;
  return asArray(value.type).some((t) => t === name || t === `oa:${name}` || t === `as:${name}`);
}

function isHypothesisAnnotation(value: unknown): boolean {
  return isObject(value) && typeof value.uri === 'string' && Array.isArray(value.target);
}

/**
 * The annotations of `doc` and their format, or null when `doc` is none of the shapes above
 * (the caller then reports it as a file that is not DocClip's). A recognised shape with no
 * readable page (a collection whose `first` is only an IRI) is `{ok: false}`.
 */
export function detectAnnotations(doc: unknown): DetectedAnnotations | null {
  const located = (items: unknown[], prefix: string) => items.map((value, i) => ({ value, path: `${prefix}[${i}]` }));
  if (Array.isArray(doc)) {
    if (doc.length === 0) return null;
    if (doc.every(isHypothesisAnnotation)) return { ok: true, format: 'hypothesis', items: located(doc, '') };
    if (doc.some((item) => hasType(item, 'Annotation'))) return { ok: true, format: 'web-annotation', items: located(doc, '') };
    return null;
  }
  if (!isObject(doc)) return null;
  if (Array.isArray(doc.annotations) && ('export_date' in doc || 'client_version' in doc || doc.annotations.every(isHypothesisAnnotation))) {
    return { ok: true, format: 'hypothesis', items: located(doc.annotations, 'annotations') };
  }
  if (Array.isArray(doc.rows) && typeof doc.total === 'number' && doc.rows.every(isHypothesisAnnotation)) {
    return { ok: true, format: 'hypothesis', items: located(doc.rows, 'rows') };
  }
  if (hasType(doc, 'Annotation')) return { ok: true, format: 'web-annotation', items: [{ value: doc, path: '' }] };
  if (hasType(doc, 'AnnotationPage')) return { ok: true, format: 'web-annotation', items: located(asArray(doc.items), 'items') };
  if (hasType(doc, 'AnnotationCollection')) {
    if (Array.isArray(doc.items)) return { ok: true, format: 'web-annotation', items: located(doc.items, 'items') };
    if (doc.first === undefined && doc.total === 0) return { ok: true, format: 'web-annotation', items: [] };
    if (!isObject(doc.first)) return { ok: false, problem: problemAt('first', 'linked-page', [String(doc.first)]) };
    return { ok: true, format: 'web-annotation', items: located(asArray(doc.first.items), 'first.items') };
  }
  return null;
}

/** One annotation of `format` as a clip candidate, or the reason it is skipped. `now`: the time of an undated one. */
export function annotationToClip(format: AnnotationFormat, item: LocatedItem, now: Date): ConvertedItem {
  return format === 'hypothesis' ? fromHypothesis(item, now) : fromWebAnnotation(item, now);
}

const at = (base: string, key: string) => (base ? `${base}.${key}` : key);

interface Selected {
  quote?: Json;
  position?: Json;
  page?: unknown;
  selectorPath: string;
}

/** The quote, position and page selectors among `selectors` (one or an array). */
function readSelectors(selectors: unknown, path: string): Selected {
  const out: Selected = { selectorPath: path };
  asArray(selectors).forEach((selector, i) => {
    if (!isObject(selector)) return;
    if (hasType(selector, 'TextQuoteSelector') && !out.quote) {
      out.quote = selector;
      out.selectorPath = Array.isArray(selectors) ? `${path}[${i}]` : path;
    }
    if (hasType(selector, 'TextPositionSelector') && !out.position) out.position = selector;
    if (hasType(selector, 'PageSelector') && out.page === undefined) out.page = pageNumber(selector.label);
  });
  return out;
}

/** A page label as a page number, or undefined when it is not a plain positive number ('iv', 'A-3'). */
function pageNumber(label: unknown): number | undefined {
  const n = typeof label === 'number' ? label : typeof label === 'string' && /^\s*\d+\s*$/.test(label) ? Number(label) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/**
 * The clip's fields common to both formats. The position selector is kept when the file has
 * one; else it is {0, quote length}: a clip always carries both selectors, and the anchoring
 * (match-quote) finds a quote by its text and context first, the position only breaking ties.
 */
function buildCandidate(input: {
  id: string;
  quote: Json;
  position: Json | undefined;
  url: unknown;
  title: unknown;
  page: unknown;
  tags: string[];
  note: string;
  category?: string;
  created: unknown;
  modified: unknown;
  path: string;
  fieldPaths: Record<string, string>;
}): ClipCandidate {
  const exact = input.quote.exact;
  const text = typeof exact === 'string' ? exact : exact;
  const figures = typeof text === 'string' && text ? recognizeFigures(text) : [];
  const targets = typeof text === 'string' && text ? findTargets(text, figures).map((t) => ({ statement: t.text, figures: t.figures, deadline: t.deadline })) : [];
  const { site, docId } = identify(input.url);
  const clip: Record<string, unknown> = {
    id: input.id,
    text,
    url: input.url,
    site,
    docId,
    docTitle: typeof input.title === 'string' ? input.title : '',
    page: input.page ?? null,
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: input.quote.prefix ?? '', suffix: input.quote.suffix ?? '' },
      input.position
        ? { type: 'TextPositionSelector', start: input.position.start, end: input.position.end }
        : { type: 'TextPositionSelector', start: 0, end: typeof exact === 'string' ? exact.length : 0 },
    ],
    figures,
    targets,
    tags: input.tags,
    note: input.note,
    ...(input.category ? { category: input.category } : {}),
    createdAt: input.created,
    updatedAt: input.modified,
  };
  return { clip, fieldPaths: input.fieldPaths, path: input.path };
}

/** Site profile id and document id of a URL (the generic ones for what is not http(s)). */
function identify(url: unknown): { site: string; docId: string } {
  if (typeof url !== 'string') return { site: 'generic', docId: 'unknown' };
  const profile = createSiteProfile(url);
  try {
    return { site: profile.id, docId: profile.documentId(new URL(url)) };
  } catch {
    return { site: profile.id, docId: url || 'unknown' };
  }
}

function strings(value: unknown): string[] {
  return [...new Set(asArray(value).flatMap((v) => (typeof v === 'string' && v.trim() ? [v.trim()] : [])))];
}

function fromHypothesis({ value, path }: LocatedItem, now: Date): ConvertedItem {
  if (!isObject(value)) return { ok: false, skipped: problemAt(path, 'not-an-annotation', []) };
  const label = typeof value.id === 'string' ? value.id : path;
  if (asArray(value.references).length > 0) return { ok: false, skipped: problemAt(path, 'skipped-reply', [label]) };
  const target = asArray(value.target)[0];
  const selected = readSelectors(isObject(target) ? target.selector : undefined, at(path, 'target[0].selector'));
  if (!selected.quote) return { ok: false, skipped: problemAt(path, 'skipped-no-quote', [label]) };
  const created = value.created ?? value.updated ?? now.toISOString();
  const source = isObject(target) && typeof target.source === 'string' ? target.source : value.uri;
  const document = isObject(value.document) ? value.document : {};
  return {
    ok: true,
    candidate: buildCandidate({
      id: uuidFromKey(`hypothesis:${label}`),
      quote: selected.quote,
      position: selected.position,
      url: source,
      title: asArray(document.title)[0],
      page: selected.page,
      tags: strings(value.tags),
      note: typeof value.text === 'string' ? value.text : '',
      created,
      modified: value.updated ?? created,
      path,
      fieldPaths: {
        text: at(selected.selectorPath, 'exact'),
        url: isObject(target) && typeof target.source === 'string' ? at(path, 'target[0].source') : at(path, 'uri'),
        note: at(path, 'text'),
        tags: at(path, 'tags'),
        createdAt: at(path, 'created'),
        updatedAt: at(path, 'updated'),
        selectors: selected.selectorPath,
        docTitle: at(path, 'document.title'),
      },
    }),
  };
}

const DOCCLIP_ID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

function fromWebAnnotation({ value, path }: LocatedItem, now: Date): ConvertedItem {
  if (!hasType(value, 'Annotation') || !isObject(value)) return { ok: false, skipped: problemAt(path, 'not-an-annotation', []) };
  const label = typeof value.id === 'string' ? value.id : path || '—';
  const targets = asArray(value.target);
  let chosen: { target: Json; index: number; selected: Selected } | undefined;
  targets.forEach((target, index) => {
    if (chosen || !isObject(target)) return;
    const base = Array.isArray(value.target) ? at(path, `target[${index}]`) : at(path, 'target');
    const selected = readSelectors(target.selector, at(base, 'selector'));
    if (selected.quote) chosen = { target, index, selected };
  });
  if (!chosen) return { ok: false, skipped: problemAt(path, 'skipped-no-quote', [label]) };
  const { target, selected } = chosen;
  const targetPath = Array.isArray(value.target) ? at(path, `target[${chosen.index}]`) : at(path, 'target');

  const annotationTags = asArray(value.motivation).some((m) => m === 'tagging' || m === 'oa:tagging');
  const tags: string[] = [];
  const notes: string[] = [];
  let category: string | undefined;
  if (typeof value.bodyValue === 'string' && value.bodyValue.trim()) notes.push(value.bodyValue);
  for (const body of asArray(value.body)) {
    if (!isObject(body) || typeof body.value !== 'string' || !body.value.trim()) continue;
    const purpose = asArray(body.purpose).map((p) => String(p).replace(/^oa:/, ''));
    if (purpose.includes('tagging') || (purpose.length === 0 && annotationTags)) tags.push(body.value.trim());
    else if (purpose.includes('classifying')) category ??= body.value.trim();
    else notes.push(body.value);
  }
  const created = value.created ?? value.modified ?? now.toISOString();
  const idMatch = typeof value.id === 'string' ? DOCCLIP_ID.exec(value.id) : null;
  const source = typeof target.source === 'string' ? target.source : isObject(target.source) ? target.source.id : target.id;
  return {
    ok: true,
    candidate: buildCandidate({
      id: idMatch ? idMatch[1]! : uuidFromKey(`web-annotation:${typeof value.id === 'string' ? value.id : JSON.stringify(value)}`),
      quote: selected.quote!,
      position: selected.position,
      url: source,
      title: target['dc:title'],
      page: target['schema:pageStart'] ?? selected.page,
      tags: [...new Set(tags)],
      note: notes.join('\n\n'),
      category,
      created,
      modified: value.modified ?? created,
      path,
      fieldPaths: {
        text: at(selected.selectorPath, 'exact'),
        url: at(targetPath, 'source'),
        note: at(path, 'body'),
        tags: at(path, 'body'),
        category: at(path, 'body'),
        createdAt: at(path, 'created'),
        updatedAt: at(path, 'modified'),
        selectors: selected.selectorPath,
        docTitle: at(targetPath, 'dc:title'),
        page: at(targetPath, 'schema:pageStart'),
      },
    }),
  };
}
