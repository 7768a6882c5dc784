import { findRemovals } from '../clean/find-removals';
import { inferPageCount } from '../clean/infer-page-count';
import type { SiteProfile } from '../sites/site-profile';
import type { Removal, RemovalReason } from '../types';
import { buildTextMap, type ChildRange, type TextMap } from './text-map';

/**
 * Plans the cleaning of a DOM subtree without touching it. The plan is positive: an element is
 * hidden only when a profile names it, or when every visible character it holds was recognised
 * as clutter by the text cleaner; text nodes that mix document text and clutter (a page marker
 * spliced into a word) get a text repair. Applying the plan is the content script's job
 * (reversibly); the CLI and tests apply it to a parsed copy.
 */

export interface HideStep {
  element: Element;
  reason: RemovalReason;
  text: string;
}

export interface RepairStep {
  node: Text;
  original: string;
  repaired: string;
  /** Removed spans, offsets local to `original`. */
  cuts: Array<{ start: number; end: number; reason: RemovalReason }>;
}

/** A page marker removed from the text, and where it stood in the repaired node. */
export interface PageMark {
  node: Text;
  /** Offset in the node's repaired text where the marker stood. */
  offset: number;
  page: number;
}

export interface CleanPlan {
  hide: HideStep[];
  repairs: RepairStep[];
  /** Every recognised clutter span, offsets in `map.text`. */
  removed: Removal[];
  pageMarks: PageMark[];
  pageCount: number | null;
  /**
   * The highest page k among the page markers known after this plan (those it removes, and
   * `options.lastPage`): pass it, with `pageCount`, when planning a block that arrives later.
   */
  lastPage: number | null;
  /**
   * Characters of what reads as document prose (sentences the cleaner does not recognise as
   * clutter) inside elements the plan hides; must be 0. Text hides are all recognised clutter by
   * construction, so this watches the profiles' selectors.
   */
  documentCharsHidden: number;
  /** Recognised spans the guard refused to remove (too long to be clutter: see MAX_REMOVAL_CHARS). */
  refused: Removal[];
  /** The map the plan was computed on (before cleaning). */
  map: TextMap;
}

export interface PlanOptions {
  /** Elements to leave alone entirely (already hidden, DocClip's own UI). */
  skip?: (element: Element) => boolean;
  title?: string | null;
  pageCount?: number | null;
  /** The highest page marker already removed elsewhere on the page (`CleanPlan.lastPage` of earlier plans). */
  lastPage?: number | null;
  /**
   * Plan only these children of `root` (one chunk of a large page, see plan-chunks.ts). `root`
   * itself is then never hidden: it holds other chunks.
   */
  range?: ChildRange | null;
}

/**
 * The guard: no clutter phrase of these sites runs this long, so a longer recognised span is
 * taken for a mis-recognition and left on the page (only a profile's selector may hide more).
 */
export const MAX_REMOVAL_CHARS = 600;
const MARKER_NUMBER = /(\d+)/;
const LINE_MARKER = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;

export function planClean(root: Element, profile: SiteProfile, options: PlanOptions = {}): CleanPlan {
  const skip = options.skip ?? (() => false);
  const hide: HideStep[] = [];
  const profileHidden = new Set<Element>();
  let documentCharsHidden = 0;

  // The root itself may be hidden, or be the document area, when it is a block that arrived
  // later (a pop-up or a nag the site re-inserted); the page's body never is.
  const range = options.range ?? null;
  const rootIsBlock = !range && root !== root.ownerDocument.body && root !== root.ownerDocument.documentElement;
  const within = (selector: string) => (range ? queryRange(root, range, selector) : safeQueryAll(root, selector, rootIsBlock));
  const documentAreas = profile.documentSelectors.flatMap(within);
  for (const selector of profile.clutterSelectors) {
    for (const element of within(selector)) {
      if (skip(element) || hasAncestorIn(element, profileHidden)) continue;
      if (documentAreas.some((area) => element.contains(area))) continue; // never hide the document
      profileHidden.add(element);
      const text = element.textContent ?? '';
      hide.push({ element, reason: 'profile', text: text.trim().slice(0, 200) });
      documentCharsHidden += unrecognisedProse(text);
    }
  }

  if (profileHidden.has(root)) {
    // An arrived block the profile names as clutter as a whole: nothing inside it to read.
    const pageCount = options.pageCount ?? null;
    const lastPage = options.lastPage ?? null;
    return { hide, repairs: [], removed: [], pageMarks: [], pageCount, lastPage, documentCharsHidden, refused: [], map: { text: '', segments: [] } };
  }
  const map = buildTextMap(root, { skip: (e) => skip(e) || profileHidden.has(e), range: range ?? undefined });
  const pageCount = options.pageCount ?? inferPageCount(map.text);
  const { removed, refused } = guardRemovals(
    findRemovals(map.text, { pageCount, title: options.title ?? null, lastPage: options.lastPage ?? null }),
  );
  let lastPage = options.lastPage ?? null;
  for (const rm of removed) {
    // A marker that stands on a line of its own is relabelled a page counter: it counts too.
    const m = rm.reason === 'page-marker' ? MARKER_NUMBER.exec(rm.text) : rm.reason === 'page-counter' ? LINE_MARKER.exec(rm.text) : null;
    if (m && (rm.reason === 'page-marker' || Number(m[2]) === pageCount)) lastPage = Math.max(lastPage ?? 0, Number(m[1]));
  }

  // Removed spans per segment, local offsets.
  const cutsByNode = new Map<Text, RepairStep['cuts']>();
  let r = 0;
  for (const seg of map.segments) {
    while (r < removed.length && removed[r]!.end <= seg.start) r++;
    for (let k = r; k < removed.length && removed[k]!.start < seg.end; k++) {
      const rm = removed[k]!;
      const start = Math.max(rm.start, seg.start) - seg.start;
      const end = Math.min(rm.end, seg.end) - seg.start;
      if (end > start) {
        const list = cutsByNode.get(seg.node) ?? [];
        list.push({ start, end, reason: rm.reason });
        cutsByNode.set(seg.node, list);
      }
    }
  }

  // Which elements hold only clutter? Count visible characters bottom-up (one record per
  // element, counted from char codes: this runs over every segment of the page).
  const totals = new Map<Node, { all: number; cut: number; reason: RemovalReason | null }>();
  const stopAt = range ? root : root.parentNode;
  for (const seg of map.segments) {
    const data = seg.node.data;
    const cuts = cutsByNode.get(seg.node);
    const all = countNonWs(data, 0, data.length);
    if (all === 0) continue;
    let cut = 0;
    if (cuts) for (const c of cuts) cut += countNonWs(data, c.start, c.end);
    const reason = cuts?.[0]?.reason ?? null;
    for (let node: Node | null = seg.node.parentNode; node && node !== stopAt; node = node.parentNode) {
      const t = totals.get(node);
      if (t) {
        t.all += all;
        t.cut += cut;
        t.reason ??= reason;
      } else {
        totals.set(node, { all, cut, reason });
      }
      if (node === root) break;
    }
  }
  // An element that holds drawn pages or the document area is never hidden for its text:
  // a page block whose only text is its marker still holds the page's canvas or image.
  const protectedSelector = ['canvas', 'video', ...profile.drawnPageSelectors].join(',');
  const holdsProtected = new Map<Element, boolean>();
  const cleared = (n: Element): boolean => {
    if (n === root && !rootIsBlock) return false;
    const t = totals.get(n);
    if (t === undefined || t.all === 0 || t.cut !== t.all) return false;
    if (documentAreas.some((area) => n.contains(area))) return false;
    let held = holdsProtected.get(n);
    if (held === undefined) holdsProtected.set(n, (held = safeQueryAll(n, protectedSelector).length > 0));
    return !held;
  };

  const hiddenByText = new Set<Element>();
  const repairs: RepairStep[] = [];
  const pageMarks: PageMark[] = [];
  for (const seg of map.segments) {
    const cuts = cutsByNode.get(seg.node);
    if (!cuts) continue;
    // Hide the topmost element that holds only clutter; otherwise repair the text node.
    let top: Element | null = null;
    for (let p = seg.node.parentElement; p && cleared(p); p = p.parentElement) top = p;
    if (top) {
      if (!hiddenByText.has(top)) {
        hiddenByText.add(top);
        hide.push({ element: top, reason: totals.get(top)!.reason ?? cuts[0]!.reason, text: (top.textContent ?? '').trim().slice(0, 200) });
      }
      continue;
    }
    const original = seg.node.data;
    let repaired = '';
    let at = 0;
    for (const c of cuts) {
      repaired += original.slice(at, c.start);
      if (c.reason === 'page-marker') {
        const m = MARKER_NUMBER.exec(original.slice(c.start, c.end));
        if (m) pageMarks.push({ node: seg.node, offset: repaired.length, page: Number(m[1]) });
      }
      at = c.end;
    }
    repaired += original.slice(at);
    repairs.push({ node: seg.node, original, repaired, cuts });
  }

  return { hide, repairs, removed, pageMarks, pageCount, lastPage, documentCharsHidden, refused, map };
}

const SENTENCE = /[^\s。！？；!?;][^。！？；!?;\n]{14,}[。！？；!?;]/g;

/** Non-space characters of the sentences in `text` that findRemovals does not recognise as clutter. */
export function unrecognisedProse(text: string): number {
  const clutter = findRemovals(text);
  let n = 0;
  for (const m of text.matchAll(SENTENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!clutter.some((r) => r.start <= start && r.end >= end)) n += countNonWs(text, start, end);
  }
  return n;
}

/** Splits recognised spans into those to remove and those the guard refuses (longer than MAX_REMOVAL_CHARS). */
export function guardRemovals(recognised: Removal[]): { removed: Removal[]; refused: Removal[] } {
  const removed: Removal[] = [];
  const refused: Removal[] = [];
  for (const r of recognised) (r.end - r.start > MAX_REMOVAL_CHARS ? refused : removed).push(r);
  return { removed, refused };
}

/** Characters of `s` in [start, end) that are not white space (as `\S` reads it), counted from char codes. */
export function countNonWs(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (!isWhiteSpace(s.charCodeAt(i))) n++;
  return n;
}

/** `\s` of a JavaScript RegExp: ASCII and Unicode white space, line terminators and the BOM. */
function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Elements in `range` of `root`'s children matching `selector` (the children themselves included). */
function queryRange(root: Element, range: ChildRange, selector: string): Element[] {
  if (range.from && range.from.parentNode !== root) return [];
  const found: Element[] = [];
  for (let c = range.from ?? root.firstChild; c && c !== range.to; c = c.nextSibling) {
    if (c.nodeType === 1) found.push(...safeQueryAll(c as Element, selector, true));
  }
  return found;
}

/** Elements under `root` matching `selector`, and `root` itself first when `self` and it matches. */
function safeQueryAll(root: Element, selector: string, self = false): Element[] {
  try {
    const found = Array.from(root.querySelectorAll(selector));
    return self && root.matches(selector) ? [root, ...found] : found;
  } catch {
    return []; // a profile's hint that this DOM implementation cannot parse is skipped
  }
}

function hasAncestorIn(element: Element, set: Set<Element>): boolean {
  for (let p = element.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}
