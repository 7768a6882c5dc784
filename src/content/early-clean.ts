import { applyCleanPlan, isHiddenOrOwn, type AppliedClean } from '../core/dom/apply-clean-plan';
import { parsedRuns, type NodeRun } from '../core/dom/parsed-runs';
import { planClean, type CleanPlan } from '../core/dom/plan-clean';
import { documentTitle } from '../core/dom/page-facts';
import { profileStylesheet } from '../core/sites/profile-stylesheet';
import type { SiteProfile } from '../core/sites/site-profile';

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
    const loading = this.doc.readyState === 'loading';
    const open = loading ? lastNode(this.doc.documentElement) : null;
    for (const run of parsedRuns(inserted.filter((n) => worthCleaning(n, body)))) this.cleanRun(run, open);
    this.observer?.takeRecords(); // our own changes are not insertions
  }

  private cleanRun(run: NodeRun, open: Node | null): void {
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
    if (hide.length === 0 && repairs.length === 0) return;
    this.pageCount ??= plan.pageCount;
    this.lastPage = plan.lastPage;
    const repaired = new Set<Node>(repairs.map((r) => r.node));
    const kept = { ...plan, hide, repairs, pageMarks: plan.pageMarks.filter((m) => repaired.has(m.node)) };
    this.steps.push({ plan: kept, applied: applyCleanPlan(kept) });
  }
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
