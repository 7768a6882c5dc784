import { applyCleanPlan, isHiddenOrOwn, type AppliedClean } from '../core/dom/apply-clean-plan';
import { parsedRuns, type NodeRun } from '../core/dom/parsed-runs';
import { planClean, type CleanPlan } from '../core/dom/plan-clean';
import { documentTitle } from '../core/dom/page-facts';
import { profileStylesheet } from '../core/sites/profile-stylesheet';
import type { SiteProfile } from '../core/sites/site-profile';
import { yieldToEventLoop } from './yield-to-event-loop';

/**
 * Text cleaned in the observer's callback whatever it costs: the first screens of the page, what
 * its first frame shows (a screen of a 文库 page holds ≈ 1,000–2,000 characters).
 */
const EAGER_CHARS = 20_000;
/** Past EAGER_CHARS, a callback (or a later task) cleans for this long, then leaves the rest to a later task. */
const SLICE_MS = 8;
/** Characters per run planned at once (a few ms of planning). */
const RUN_CHARS = 6_000;

/** The early stylesheet's <style> element carries this attribute (its value: the profile's id). */
export const EARLY_STYLE_ATTRIBUTE = 'data-docclip-early';

/** A plan the early cleaner applied, without the text map it was made on, and its undo. */
export interface EarlyStep {
  plan: Pick<CleanPlan, 'hide' | 'repairs' | 'pageMarks' | 'removed' | 'documentCharsHidden'>;
  applied: AppliedClean;
}

/** What the early cleaner hands the page's session: its changes (undone with the session's) and the page-marker sequence so far. */
export interface EarlyResult {
  steps: EarlyStep[];
  pageCount: number | null;
  lastPage: number | null;
}

/**
 * Cleans the page as the parser builds it, from document_start, so that the first frame the
 * reader sees is already clean: the profile's clutter selectors as a stylesheet (in the page
 * before <body> exists), and phrase clutter of every run of nodes the parser inserted, planned
 * and applied in the MutationObserver's callback — a microtask after the parser's task, before
 * the browser draws. The cleaning is the page session's own (planClean, applyCleanPlan: the same
 * guards, reversible). While the page is still loading, nothing is done to the node the parser
 * may still append to (the document's last node) or to an element that holds it: its text is not
 * complete; it is taken up at the next callback. The whole-page pass still runs after
 * DOMContentLoaded (boot.ts) and takes over with `handOver`.
 */
export class EarlyClean {
  private readonly steps: EarlyStep[] = [];
  private pageCount: number | null = null;
  private lastPage: number | null = null;
  private readonly style: HTMLStyleElement | null;
  private observer: MutationObserver | null;
  /** Nodes whose cleaning waited for the parser to move on. */
  private waiting: Node[] = [];
  /** Runs inserted and not yet cleaned, in document order. */
  private queue: NodeRun[] = [];
  private drainScheduled = false;
  /** Characters of text planned so far. */
  private cleanedChars = 0;
  private readonly startedAt = performance.now();
  /** Time spent in the observer's callbacks (reported at handOver as the measure docclip:early-clean). */
  private spentMs = 0;

  constructor(private readonly doc: Document, private readonly profile: SiteProfile) {
    this.style = this.addStylesheet();
    this.observer = new MutationObserver((records) => this.cleanInserted(records));
    this.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** Stops watching (cleaning what is still queued first) and gives the changes made so far to the caller. */
  handOver(): EarlyResult {
    if (this.observer) {
      this.cleanInserted(this.observer.takeRecords());
      this.observer.disconnect();
      this.observer = null;
      // The bench reads this from the page's timeline (bench/structures): the work done while the page was parsed.
      performance.measure('docclip:early-clean', { start: this.startedAt, duration: this.spentMs });
    }
    const steps = this.steps.splice(0);
    // The stylesheet is a step of its own (the newest): the session undoes it with the rest.
    const style = this.style;
    steps.push({
      plan: { hide: [], repairs: [], pageMarks: [], removed: [], documentCharsHidden: 0 },
      applied: { hidden: 0, repaired: 0, undo: () => style?.remove() },
    });
    return { steps, pageCount: this.pageCount, lastPage: this.lastPage };
  }

  /** Undoes everything (DocClip is off for this page or site), newest first. */
  undo(): void {
    for (const step of this.handOver().steps.reverse()) step.applied.undo();
  }

  private addStylesheet(): HTMLStyleElement | null {
    const css = profileStylesheet(this.profile, (s) => CSS.supports(`selector(${s})`));
    if (!css) return null;
    const style = this.doc.createElement('style');
    style.setAttribute(EARLY_STYLE_ATTRIBUTE, this.profile.id);
    style.textContent = css;
    // At document_start there may be no <head> yet: the root element takes it (it stays valid CSS there).
    (this.doc.head ?? this.doc.documentElement).append(style);
    return style;
  }

  private cleanInserted(records: MutationRecord[]): void {
    const began = performance.now();
    this.cleanRecords(records);
    this.spentMs += performance.now() - began;
  }

  private cleanRecords(records: MutationRecord[]): void {
    const body = this.doc.body;
    if (!body) return;
    const inserted: Node[] = this.waiting.splice(0).filter((n) => n.isConnected);
    for (const record of records) {
      if (record.type === 'characterData') inserted.push(record.target);
      else for (const node of Array.from(record.addedNodes)) inserted.push(node);
    }
    for (const run of parsedRuns(inserted.filter((n) => worthCleaning(n, body)))) this.queue.push(...splitRun(run, RUN_CHARS));
    this.drain(performance.now() + SLICE_MS);
  }

  /**
   * Cleans queued runs: all of them until the first EAGER_CHARS of text are clean (the first
   * screens, what the first frame shows), then until `deadline`; what is left is cleaned in
   * later tasks, SLICE_MS at a time, so that no callback holds the parser for long. What is still
   * queued at handOver is left to the whole-page pass, which plans the whole page anyway.
   */
  private drain(deadline: number): void {
    const loading = this.doc.readyState === 'loading';
    const open = loading ? lastNode(this.doc.documentElement) : null;
    while (this.queue.length > 0) {
      if (this.cleanedChars >= EAGER_CHARS && performance.now() > deadline) {
        this.drainLater();
        break;
      }
      const run = this.queue.shift()!;
      if (run.parent.isConnected) this.cleanedChars += this.cleanRun(run, open);
    }
    this.observer?.takeRecords(); // our own changes are not insertions
  }

  private drainLater(): void {
    if (this.drainScheduled || !this.observer) return;
    this.drainScheduled = true;
    void yieldToEventLoop().then(() => {
      this.drainScheduled = false;
      if (!this.observer) return; // handed over: the whole-page pass cleans the rest
      const began = performance.now();
      this.drain(began + SLICE_MS);
      this.spentMs += performance.now() - began;
    });
  }

  /** Plans and applies one run; returns the characters of text it planned. */
  private cleanRun(run: NodeRun, open: Node | null): number {
    const plan = planClean(run.parent, this.profile, {
      skip: isHiddenOrOwn,
      title: documentTitle(this.doc) || null,
      pageCount: this.pageCount,
      lastPage: this.lastPage,
      range: run.range,
    });
    let hide = plan.hide;
    let repairs = plan.repairs;
    if (open) {
      const incomplete = (n: Node) => n === open || n.contains(open);
      hide = hide.filter((step) => !incomplete(step.element) || void this.waiting.push(step.element));
      repairs = repairs.filter((step) => !incomplete(step.node) || void this.waiting.push(step.node));
    }
    if (hide.length === 0 && repairs.length === 0) return plan.map.text.length;
    this.pageCount ??= plan.pageCount;
    this.lastPage = plan.lastPage;
    const repaired = new Set<Node>(repairs.map((r) => r.node));
    const kept = { ...plan, hide, repairs, pageMarks: plan.pageMarks.filter((m) => repaired.has(m.node)) };
    this.steps.push({ plan: kept, applied: applyCleanPlan(kept) });
    return plan.map.text.length;
  }
}

/**
 * `run` in runs of adjacent children of about `maxChars` characters of text or fewer (a child
 * holding more is a run of its own): the parser inserts a big page in a few large batches, and
 * a batch is cleaned a slice at a time.
 */
export function splitRun(run: NodeRun, maxChars: number): NodeRun[] {
  const out: NodeRun[] = [];
  let from: Node | null = null;
  let chars = 0;
  for (let child = run.range.from ?? run.parent.firstChild; child && child !== run.range.to; child = child.nextSibling) {
    const n = child.textContent?.length ?? 0;
    if (from && chars + n > maxChars) {
      out.push({ parent: run.parent, range: { from, to: child } });
      from = null;
      chars = 0;
    }
    from ??= child;
    chars += n;
  }
  if (from) out.push({ parent: run.parent, range: { from, to: run.range.to } });
  return out;
}

/** Nodes inside <body> with something to clean: elements other than scripts and styles, text that is not blank. */
function worthCleaning(node: Node, body: HTMLElement): boolean {
  if (!node.isConnected || !body.contains(node) || node === body) return false;
  if (node.nodeType === 3) return /\S/.test((node as Text).data);
  if (node.nodeType !== 1) return false;
  const tag = (node as Element).tagName;
  return tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'DOCCLIP-UI';
}

/** The last node of the document in tree order: where the parser inserts next. */
function lastNode(root: Node): Node {
  let node = root;
  while (node.lastChild) node = node.lastChild;
  return node;
}
