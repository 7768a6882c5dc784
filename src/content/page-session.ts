import { applyCleanPlan, isHiddenOrOwn, type AppliedClean } from '../core/dom/apply-clean-plan';
import { planChunks, type CleanChunk } from '../core/dom/plan-chunks';
import { planClean, type CleanPlan, type PageMark } from '../core/dom/plan-clean';
import { splitTexts, type TextSplits } from '../core/dom/split-long-texts';
import { buildTextMap, indexSegments, type ChildRange, type TextMap } from '../core/dom/text-map';
import type { SiteProfile } from '../core/sites/site-profile';
import { describeFigure } from '../core/figures/describe-figure';
import type { Clip } from '../core/types';
import type { HighlightCategory, PageFullText, PageStatus } from '../messages';
import { figureAt, pagesOf, type PageAnalysis } from './page-analysis';
import { analyzeUnit, mergeUnits, type UnitAnalysis } from './page-units';
import { HighlightLayers, type HighlightRegistry, type HighlightSet } from './highlight-layers';
import { fallbackPainter, highlightApiAvailable } from './paint-highlights';
import { rangesFor } from './text-ranges';
import { anchorClips, type AnchorResult } from './anchor-clips';
import { SavedClips } from './saved-clips';
import { timeSlicer } from './yield-to-event-loop';
import { NearViewport } from './near-viewport';
import { chunkCovers, chunkNodes, oneInlineRun, unitHolds, unitWithin, type Unit } from './page-unit-scope';
import { findWatchTerms } from '../core/watch/find-watch-terms';
import { documentTitle } from '../core/dom/page-facts';
import { CHUNK_CHARS } from './chunk-size';

/** The first pass works through chunks for this long before it yields to the event loop. */
const SLICE_MS = 10;
/**
 * Characters of text whose cleaning is applied at once: the browser lays out and repaints the
 * page after it (on the 1M-character benchmark page, applying all of it at once took one 50 ms
 * frame of layout and pre-paint; a quarter of it, 20–30 ms).
 */
const APPLY_CHARS = 250_000;
/** Chunks of the first pass whose nearness to the viewport is measured at once (NearViewport.track `measure`). */
const MEASURED_CHUNKS = 2;
/** How long the observer's callback cleans arrived blocks before it leaves the rest to the next settle. */
const ARRIVAL_CLEAN_MS = 15;
const CATEGORIES: HighlightCategory[] = ['figure', 'target', 'watch', 'clip'];

/** What applying a clean plan and accounting for it need. */
type PlanToApply = Pick<CleanPlan, 'hide' | 'repairs' | 'pageMarks' | 'removed' | 'documentCharsHidden'>;

/**
 * One page's DocClip state: the cleaning applied to it (with its undo), the analysis of the
 * cleaned text per unit and the highlights painted over it. `start` and `stop` are exact
 * inverses, even when `stop` comes while `start` is still working through the page.
 *
 * Offsets: each unit (chunk or arrival) is analysed over its own text map; the page's text —
 * what clips are described and re-anchored in, and what the panel's offsets index — is
 * `buildTextMap(body)`, built lazily (`pageText`) only when something needs page offsets, and
 * the units' results are translated into it (`analysis`) through their Text nodes
 * (page-units.ts) only for the panel and for a selection.
 */
export class PageSession {
  private applied: AppliedClean[] = [];
  /** Text nodes longer than a chunk, split so that they are cleaned and analysed chunk by chunk (joined again by `stop`). */
  private splits: TextSplits[] = [];
  private marks: PageMark[] = [];
  private removedByReason: Record<string, number> = {};
  private documentCharsHidden = 0;
  /** The document's page count and the highest page marker removed so far: later chunks and arrived blocks continue that sequence. */
  private pageCount: number | null = null;
  private lastPage: number | null = null;
  private units: Unit[] = [];
  /** Chunks of the first pass not yet planned (arrivals inside them are left to the pass), and not yet analysed. */
  private toPlan: CleanChunk[] = [];
  private toAnalyse: CleanChunk[] = [];
  private arrivals: Element[] = [];
  /** Chunks of arrived blocks whose cleaning did not fit in the observer's callback. */
  private uncleaned: CleanChunk[] = [];
  private settling: Promise<void> = Promise.resolve();
  private watchTerms: string[] = [];
  /** The page's text and, built from it when asked, the analysis translated into it; null after a change. */
  private cachedText: TextMap | null = null;
  private cached: PageAnalysis | null = null;
  /** Each unit's Text nodes → segment, built on a unit's first hover. */
  private readonly unitIndexes = new WeakMap<Unit, Map<Node, number>>();
  private generation = 0;
  private readonly layers: HighlightLayers;
  /** Units are painted only while near the viewport (see highlight-layers.ts); null: all painted. */
  private readonly nearViewport: NearViewport<object> | null;
  /** The saved clips anchored and painted on this page. */
  private readonly saved: SavedClips;
  enabled = false;
  /** True while the first pass works through the page. */
  working = false;
  /** The document is drawn as images: only saved clips are painted (figures of the page's own captions would mislead). */
  drawn = false;
  readonly visible: Record<HighlightCategory, boolean> = { figure: true, target: true, watch: true, clip: true };
  /** Called after saved clips were anchored (found, not found, found with changed text). */
  onAnchored: ((result: AnchorResult) => void) | null = null;

  /**
   * Blocks cleaned while the page was parsed: no later plan made while it is parsed reads them
   * again (cleaning is not idempotent — with a marker cut out, a title can read as doubled).
   */
  private cleanedWhileParsing = new WeakSet<Element>();
  /** The same blocks in a list, for the first pass to clean again (`start`). */
  private parseTimeBlocks: Element[] = [];
  /**
   * Cleanings made while the page was parsed after a chunk no longer fitted in the budget (a
   * small block further on, such as a fixed toast at the end of the body): the first pass keeps
   * them as they are, instead of cleaning everything up to them again at once (on a 1M-character
   * page that was the whole page, a 270 ms task), and skips their blocks.
   */
  private late: { applied: AppliedClean; plan: PlanToApply; blocks: Element[] }[] = [];

  /** The document's title, once the page is parsed (see docTitle). */
  private title: string | null = null;

  /**
   * The session may be made while the page is still parsed (at document_start, to clean what the
   * parser inserts: `cleanParsed`); its work on the whole page starts once it is parsed (`start`).
   */
  constructor(
    private readonly doc: Document,
    readonly profile: SiteProfile,
    readonly docId: string,
  ) {
    const api = highlightApiAvailable();
    const registry: HighlightRegistry = api ? CSS.highlights : fallbackPainter().markRegistry(doc);
    let n = 0;
    const create = (): HighlightSet => (api ? new Highlight() : new (fallbackPainter().MarkHighlight)(`docclip-${CATEGORIES[n++ % 4]}`));
    this.layers = new HighlightLayers(registry, create);
    // The <mark> painter changes the DOM to paint: there every unit stays painted.
    this.nearViewport = api ? new NearViewport<object>((unit, near) => this.layers.setNear(unit, near)) : null;
    this.saved = new SavedClips(doc, this.layers, this.nearViewport, (result) => this.onAnchored?.(result));
  }

  /**
   * The document's title (page-facts.ts `documentTitle`): kept once the page is parsed; while it
   * is parsed, what the parser has reached so far (the heading may come later than the <title>).
   */
  get docTitle(): string {
    if (this.title !== null) return this.title;
    const title = documentTitle(this.doc);
    if (this.doc.readyState !== 'loading') this.title = title;
    return title;
  }

  /**
   * Cleans blocks the parser has finished while the page is still parsed (parse-time-cleaner.ts),
   * before the browser first draws them: planned and hidden or repaired as arrivals are, chunk by
   * chunk in document order, up to `maxChars` of text; not analysed. Sibling blocks are planned
   * together (runChunks): a run of page blocks tells the page count, which a page marker spliced
   * into a word needs to be found. Returns the characters cleaned, and whether every chunk fitted
   * in `maxChars`. The first pass (`start`) puts this back and cleans those chunks again as part
   * of the whole page, in one task (no frame shows the difference): a block cleaned on its own
   * may miss what only its neighbours tell (a title doubled across two blocks, the page count).
   * A `late` cleaning (a small block of the page's frame, cleaned past the budget) is kept by the
   * first pass instead, which skips its blocks.
   * Long Text nodes are not split here (the pass splits them): splitting at parse time and
   * undoing it at the hand-over left a page marker cut after DocClip was turned off
   * (test/e2e/big-page-structures.test.ts), so a block with one enormous node is one chunk.
   */
  cleanParsed(blocks: Element[], maxChars: number, late = false): { chars: number; all: boolean } {
    let chars = 0;
    for (const chunk of runChunks(blocks, CHUNK_CHARS)) {
      if (chars + chunk.chars > maxChars && chars > 0) return { chars, all: false };
      const plan = this.planChunk(chunk);
      this.applyPlan(plan);
      chars += chunk.chars;
      const elements = chunkNodes(chunk).filter((n): n is Element => n.nodeType === 1);
      for (const element of elements) this.cleanedWhileParsing.add(element);
      if (late) this.late.push({ applied: this.applied.at(-1)!, plan, blocks: elements });
      else this.parseTimeBlocks.push(...elements);
    }
    return { chars, all: true };
  }

  /**
   * The first pass over the page's chunks, yielding to the event loop every SLICE_MS: (1) plan
   * the cleaning of every chunk, the page untouched; (2) for each chunk in turn, analyse its
   * cleaned text and paint it if it is near the viewport, applying the plans of the chunks ahead
   * APPLY_CHARS of text at a time, so the browser lays the page out again a few times, not once
   * per chunk (a small page: once). Resolves, once the chunks near the viewport are painted,
   * true; false when `stop` came first (the page is then already restored).
   *
   * Before its first await, text nodes longer than a chunk are split (split-long-texts.ts): a
   * watch of the page's arrivals must begin after that, or it takes the pieces for new blocks.
   */
  async start(watchTerms: string[]): Promise<boolean> {
    const generation = ++this.generation;
    const stopped = () => generation !== this.generation;
    this.watchTerms = watchTerms;
    this.working = true;
    this.showLayers();
    const pause = timeSlicer(SLICE_MS);
    const early = this.parseTimeBlocks;
    // In this one task (no frame in between): put back what was cleaned while the page was
    // parsed — before long text nodes are split, so that each undo finds the nodes it made —
    // then clean the chunks it touched again, as the pass cleans every chunk. Late cleanings stay.
    if (early.length > 0 || this.late.length > 0) this.undoParseTimeCleaning();
    const keepWhole = (e: Element) => this.profile.clutterSelectors.some((s) => safeMatches(e, s));
    const chunks = this.chunksOf(this.doc.body, keepWhole);
    this.toPlan = [...chunks];
    this.toAnalyse = [...chunks];
    const plans: PlanToApply[] = [];
    if (early.length > 0) {
      // The early blocks are a prefix of the page in document order: every chunk that starts
      // before the last of them ends is cleaned again (the undo joined a block's text again: it
      // is now under it, or in pieces of it).
      const last = early.at(-1)!;
      const after = chunks.findIndex((c) => startsAfter(c, last));
      const touched = after === -1 ? chunks.length : after;
      for (let i = 0; i < touched; i++) {
        const plan = this.planChunk(this.toPlan.shift()!);
        this.applyPlan(plan);
        plans.push(plan);
      }
    }
    const preApplied = plans.length;
    while (this.toPlan.length > 0) {
      await pause();
      if (stopped()) return false;
      // Kept without the text map it was made on: a whole page of plans waits to be applied.
      const { hide, repairs, pageMarks, removed, documentCharsHidden } = this.planChunk(this.toPlan.shift()!);
      plans.push({ hide, repairs, pageMarks, removed, documentCharsHidden });
    }
    let appliedTo = preApplied; // plans[0, appliedTo) are applied
    for (let i = 0; i < chunks.length; i++) {
      await pause();
      if (stopped()) return false;
      const chunk = this.toAnalyse.shift()!;
      if (i >= appliedTo) {
        // The next APPLY_CHARS of cleaning at once: one layout of the page for them, drawn while
        // the chunks are analysed; and the whole of an inline run (one enormous paragraph) at once,
        // as the browser lays all of it out again after any change in it.
        const more = (chars: number) => chars < APPLY_CHARS || oneInlineRun(chunks[appliedTo - 1]!, chunks[appliedTo]!);
        for (let chars = 0; appliedTo < plans.length && more(chars); appliedTo++) {
          this.applyPlan(plans[appliedTo]!);
          chars += chunks[appliedTo]!.chars;
        }
      }
      const map = buildTextMap(chunk.root, { skip: isHiddenOrOwn, range: chunk.range ?? undefined });
      // The first chunks hold the first screen (the page is read in document order): they are
      // painted now if they are near it, in the frame that draws them cleaned.
      this.addUnit({ chunk, analysis: analyzeUnit(map, this.watchTerms) }, i < MEASURED_CHUNKS);
    }
    await this.nearViewport?.reported();
    if (stopped()) return false;
    this.working = false;
    this.anchorNow();
    return true;
  }

  /**
   * The chunks of `root` (plan-chunks.ts), its Text nodes longer than a chunk split first (when
   * its walk found any, the chunks are planned again over the pieces).
   */
  private chunksOf(root: Element, keepWhole?: (element: Element) => boolean): CleanChunk[] {
    const longTexts: Text[] = [];
    const chunks = planChunks(root, CHUNK_CHARS, keepWhole, longTexts);
    if (longTexts.length === 0) return chunks;
    const splits = splitTexts(longTexts, CHUNK_CHARS, isHiddenOrOwn);
    this.splits.push(splits);
    return splits.split > 0 ? planChunks(root, CHUNK_CHARS, keepWhole) : chunks;
  }

  private planChunk(chunk: CleanChunk): CleanPlan {
    const plan = planClean(chunk.root, this.profile, {
      skip: (e) => isHiddenOrOwn(e) || this.cleanedWhileParsing.has(e),
      title: this.docTitle,
      pageCount: this.pageCount,
      lastPage: this.lastPage,
      range: chunk.range ?? undefined,
    });
    this.pageCount ??= plan.pageCount;
    this.lastPage = plan.lastPage;
    return plan;
  }

  private applyPlan(plan: PlanToApply): void {
    this.applied.push(applyCleanPlan(plan));
    this.account(plan);
  }

  /** Counts what an applied plan removed, and keeps its page marks. */
  private account(plan: PlanToApply): void {
    this.marks.push(...plan.pageMarks);
    for (const r of plan.removed) this.removedByReason[r.reason] = (this.removedByReason[r.reason] ?? 0) + 1;
    this.documentCharsHidden += plan.documentCharsHidden;
  }

  /**
   * Blocks the site added, told in the observer's callback (before the browser paints them): each
   * is cleaned now, chunk by chunk, for up to ARRIVAL_CLEAN_MS (what is left is cleaned first
   * thing at the next `settle`), unless it lies in a chunk the first pass has still to plan. It is
   * analysed at the next `settle`, unless it lies in a chunk the first pass has still to analyse
   * (then it is cleaned now whatever it costs: the pass reads it next).
   */
  arrived(roots: Element[]): void {
    const deadline = performance.now() + ARRIVAL_CLEAN_MS;
    for (const root of roots) {
      if (this.toPlan.some((chunk) => chunkCovers(chunk, root))) continue;
      const readByPass = this.toAnalyse.some((chunk) => chunkCovers(chunk, root));
      // Pieces of a long text split here are not seen as arrivals: the watcher drops the records of what this callback changes.
      for (const chunk of this.chunksOf(root)) {
        if (readByPass || performance.now() < deadline) this.applyPlan(this.planChunk(chunk));
        else this.uncleaned.push(chunk);
      }
      if (!readByPass) this.arrivals.push(root);
    }
  }

  /**
   * Cleans what `arrived` left, then analyses and paints the blocks that arrived since the last
   * settle, chunk by chunk in SLICE_MS slices: work proportional to them. Settles run one after
   * another; resolves when this one is done (or `stop` came).
   */
  settle(): Promise<void> {
    const generation = this.generation;
    // The <mark> painter changes the DOM to paint: there a settle runs to its end within this
    // call, so that the watcher drops the paint's own mutations when it returns (watch-arrivals.ts).
    if (!this.nearViewport) return this.settleArrivals(generation, null);
    this.settling = this.settling.then(() => this.settleArrivals(generation, timeSlicer(SLICE_MS)));
    return this.settling;
  }

  /** settle's work; with no `pause` it never awaits (so it runs to its end synchronously). */
  private async settleArrivals(generation: number, pause: (() => Promise<void>) | null): Promise<void> {
    const stopped = () => generation !== this.generation;
    while (this.uncleaned.length > 0) {
      const chunk = this.uncleaned.shift()!;
      if (chunk.root.isConnected) this.applyPlan(this.planChunk(chunk));
      if (pause) await pause();
      if (stopped()) return;
    }
    // Units whose text left the page, or that an arrival now holds, are dropped; units that lost
    // some of their text (the site replaced a part of them) are analysed again, arrivals in them
    // included.
    const roots = this.arrivals.splice(0).filter((r) => r.isConnected && !isHiddenOrOwn(r));
    const kept = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
    const changed: CleanChunk[] = [];
    this.units = this.units.filter((u) => {
      const gone = !unitHolds(u, (n) => n.isConnected) || kept.some((r) => unitWithin(u, (n) => r.contains(n)));
      const partly = !gone && u.analysis.map.segments.some((s) => !s.node.isConnected);
      if (gone || partly) {
        this.layers.removeUnit(u);
        this.nearViewport?.untrack(u);
      }
      if (partly) changed.push(u.chunk);
      return !gone && !partly;
    });
    const alone = kept.filter((r) => !changed.some((chunk) => chunkCovers(chunk, r)));
    const chunks = [...changed, ...alone.flatMap((root) => planChunks(root, CHUNK_CHARS))];
    // An arrival inside a unit that kept all its text is new text that unit's map does not hold: analysed alone.
    for (const chunk of chunks) {
      const map = buildTextMap(chunk.root, { skip: isHiddenOrOwn, range: chunk.range ?? undefined });
      this.addUnit({ chunk, analysis: analyzeUnit(map, this.watchTerms) });
      if (pause) await pause();
      if (stopped()) return;
    }
    if (!this.working) this.anchorNow();
  }

  private addUnit(unit: Unit, measure = false): void {
    this.units.push(unit);
    this.cached = this.cachedText = null;
    this.nearViewport?.track(unit, chunkNodes(unit.chunk).filter((n): n is Element => n.nodeType === 1), measure);
    this.paintUnit(unit, ['figure', 'target', 'watch']);
  }

  private paintUnit(unit: Unit, categories: HighlightCategory[]): void {
    const a = unit.analysis;
    for (const c of categories) {
      if (c === 'clip') continue;
      // Made when the unit is first near the viewport: most units of a big page never are.
      this.layers.replace(unit, c, () => rangesFor(this.doc, a.map, c === 'figure' ? a.figures : c === 'target' ? a.targets : a.watch));
    }
  }

  /** New watch terms: found again in every unit (a substring search) and repainted. */
  setWatchTerms(terms: string[]): void {
    this.watchTerms = terms;
    for (const unit of this.units) {
      unit.analysis = { ...unit.analysis, watch: findWatchTerms(unit.analysis.map.text, terms) };
      this.paintUnit(unit, ['watch']);
    }
    this.cached = null;
  }

  /** Re-anchors saved clips over the page's text and repaints only them (after the first pass, if it is still working). */
  anchor(clips: Clip[]): void {
    this.saved.clips = clips;
    if (!this.working) this.anchorNow();
  }

  /** Anchoring needs the page's whole text: built only when there are saved clips to anchor (or earlier anchors to take back). */
  private anchorNow(): void {
    if (this.enabled && this.saved.hasWork) this.saved.anchor(this.pageText());
  }

  /**
   * The analysis of the whole page, offsets in its text (built on first use after a change:
   * one walk of the cleaned page and a translation of the units' results), or null when off.
   */
  get analysis(): PageAnalysis | null {
    if (this.cached || !this.enabled) return this.enabled ? this.cached : null;
    const map = this.pageText()!;
    const index = indexSegments(map);
    const merged = mergeUnits(this.units.map((u) => u.analysis), map, index);
    this.cached = { map, index, ...merged, pages: pagesOf(this.marks, map, index) };
    return this.cached;
  }

  /** The cleaned page's text (one walk of the page, kept until the page or the cleaning changes), or null when off. */
  private pageText(): TextMap | null {
    if (!this.enabled) return null;
    return (this.cachedText ??= buildTextMap(this.doc.body, { skip: isHiddenOrOwn }));
  }

  /**
   * The cleaned page's text with the saved clips anchored in it now (not the last paint's
   * anchors, which may belong to an older text of the page) and the pages its markers name;
   * null when DocClip is off here.
   */
  fullText(): Omit<PageFullText, 'docId' | 'docTitle' | 'url' | 'siteName'> | null {
    const map = this.pageText();
    if (!map) return null;
    const { found } = anchorClips(map.text, this.saved.clips);
    const shown = this.marks.filter((m) => m.node.isConnected).map((m) => m.page);
    const pages = shown.length === 0 ? null : { first: Math.min(...shown), last: Math.max(...shown), count: this.pageCount };
    return { text: map.text, found, pages };
  }

  /** Scrolls to a saved clip anchored on this page and flashes it; false when it is not anchored here. */
  revealClip(id: string): boolean {
    const map = this.pageText();
    return this.saved.reveal(map, id);
  }

  /** Figures, targets and watch hits found so far (without building the page's analysis). */
  counts(): Record<'figure' | 'target' | 'watch', number> {
    const n = { figure: 0, target: 0, watch: 0 };
    for (const u of this.units) {
      n.figure += u.analysis.figures.length;
      n.target += u.analysis.targets.length;
      n.watch += u.analysis.watch.length;
    }
    return n;
  }

  setVisible(category: HighlightCategory, visible: boolean): void {
    this.visible[category] = visible;
    this.showLayers();
  }

  private showLayers(): void {
    for (const c of CATEGORIES) this.layers.show(c, this.enabled && this.visible[c] && (!this.drawn || c === 'clip'));
  }

  /** Recomputes what is shown after `drawn` or `enabled` changed. */
  refreshShown(): void {
    this.showLayers();
  }

  /** Undoes every change, newest first, and removes the highlights; a first pass still working stops at its next chunk. */
  stop(): void {
    this.generation++;
    this.working = false;
    this.layers.clear();
    this.nearViewport?.disconnect();
    this.saved.reset();
    this.undoCleaning();
    this.units = [];
    this.toPlan = [];
    this.toAnalyse = [];
    this.arrivals = [];
    this.uncleaned = [];
    this.cached = this.cachedText = null;
  }

  /** Undoes what was cleaned while the page was parsed, but the late cleanings (kept, their blocks skipped by the pass). */
  private undoParseTimeCleaning(): void {
    const late = this.late;
    const kept = new Set(late.map((l) => l.applied));
    this.applied = this.applied.filter((a) => !kept.has(a));
    this.undoCleaning();
    for (const { applied, plan, blocks } of late) {
      this.applied.push(applied);
      this.account(plan);
      for (const block of blocks) this.cleanedWhileParsing.add(block);
    }
  }

  /** Undoes every cleaning applied, newest first, and forgets what it removed. */
  private undoCleaning(): void {
    for (const a of this.applied.reverse()) a.undo();
    this.applied = [];
    // After the repairs' undo (each restores a piece's own text), the pieces are joined again.
    for (const s of this.splits.reverse()) s.undo();
    this.splits = [];
    this.cleanedWhileParsing = new WeakSet();
    this.parseTimeBlocks = [];
    this.late = [];
    this.marks = [];
    this.removedByReason = {};
    this.documentCharsHidden = 0;
    this.pageCount = null;
    this.lastPage = null;
  }

  /** A hover label for the figure at a DOM point, or null. */
  describeAt(node: Node, offset: number): string | null {
    if (!this.visible.figure || this.working || !this.enabled) return null;
    // Looked up in the unit holding the node: the page's merged analysis is not built for a hover.
    for (const unit of this.units) {
      const { map, figures } = unit.analysis;
      let index = this.unitIndexes.get(unit);
      if (!index) this.unitIndexes.set(unit, (index = indexSegments(map)));
      const i = index.get(node);
      if (i === undefined) continue;
      const figure = figureAt(figures, map.segments[i]!.start + offset);
      return figure ? describeFigure(figure) : null;
    }
    return null;
  }

  status(drawn: boolean, siteEnabled: boolean): PageStatus {
    const n = this.counts();
    return {
      enabled: this.enabled,
      siteEnabled,
      site: this.profile.id,
      siteName: this.profile.name,
      docId: this.docId,
      docTitle: this.docTitle,
      drawn,
      hidden: this.applied.reduce((k, a) => k + a.hidden, 0),
      repaired: this.applied.reduce((k, a) => k + a.repaired, 0),
      removedByReason: { ...this.removedByReason },
      documentCharsHidden: this.documentCharsHidden,
      figures: this.enabled ? n.figure : 0,
      targets: this.enabled ? n.target : 0,
      highlights: { ...this.visible },
      clipsShown: this.saved.anchors.found.length,
      clipsNotFound: this.saved.anchors.notFound.map((c) => ({ id: c.id, text: c.text.slice(0, 80) })),
      clipsChanged: this.saved.anchors.changed.map((c) => ({ id: c.id, saved: c.saved.slice(0, 400), now: c.now.slice(0, 400) })),
    };
  }
}

/**
 * Chunks over `blocks` (in document order, none inside another): each run of siblings among them
 * — what lies between two of them under the same parent included — in pieces of up to
 * `maxChars`, as ranges of their parent's children; a block longer than that split as
 * planChunks splits it.
 */
export function runChunks(blocks: Element[], maxChars: number): CleanChunk[] {
  const chunks: CleanChunk[] = [];
  let run: (CleanChunk & { range: ChildRange }) | null = null;
  for (const block of blocks) {
    const chars = block.textContent?.length ?? 0;
    const parent = block.parentElement;
    if (!parent || chars > maxChars) {
      run = null;
      chunks.push(...planChunks(block, maxChars));
      continue;
    }
    if (run && run.root === parent && run.chars + chars <= maxChars) {
      // The siblings between the run's end and this block (white space, blocks cleaned before) join it.
      for (let n = run.range.to; n && n !== block; n = n.nextSibling) run.chars += n.textContent?.length ?? 0;
      run.range = { from: run.range.from, to: block.nextSibling };
      run.chars += chars;
    } else {
      run = { root: parent, range: { from: block, to: block.nextSibling }, chars };
      chunks.push(run);
    }
  }
  return chunks;
}

/** Whether the chunk's first node comes after `element` and all of it. */
function startsAfter(chunk: CleanChunk, element: Element): boolean {
  const first = chunk.range?.from ?? chunk.root;
  return !element.contains(first) && (element.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}
