import { applyCleanPlan, isHiddenOrOwn, type AppliedClean } from '../core/dom/apply-clean-plan';
import { planClean, type PageMark } from '../core/dom/plan-clean';
import { buildTextMap } from '../core/dom/text-map';
import type { SiteProfile } from '../core/sites/site-profile';
import { describeFigure } from '../core/figures/describe-figure';
import type { Clip } from '../core/types';
import type { HighlightCategory, PageStatus } from '../messages';
import { analyzePage, figureAt, type PageAnalysis } from './page-analysis';
import { paintRanges, type Unpaint } from './paint-highlights';
import { rangesFor } from './text-ranges';
import { anchorClips, type AnchorResult } from './anchor-clips';
import { revealClip } from './reveal-clip';

/**
 * One page's DocClip state: the cleaning applied to it (with its undo), the analysis of the
 * cleaned text and the highlights painted over it. `start` and `stop` are exact inverses:
 * after `stop` the page is as the site left it.
 */
export class PageSession {
  private applied: AppliedClean[] = [];
  private marks: PageMark[] = [];
  private removedByReason: Record<string, number> = {};
  private documentCharsHidden = 0;
  /** The document's page count and the highest page marker removed so far: arrived blocks continue that sequence. */
  private pageCount: number | null = null;
  private lastPage: number | null = null;
  private unpaint: Partial<Record<HighlightCategory, Unpaint>> = {};
  private anchors: AnchorResult = { found: [], notFound: [] };
  analysis: PageAnalysis | null = null;
  enabled = false;
  /** The document is drawn as images: only saved clips are painted (figures of the page's own captions would mislead). */
  drawn = false;
  readonly visible: Record<HighlightCategory, boolean> = { figure: true, target: true, watch: true, clip: true };

  constructor(
    private readonly doc: Document,
    readonly profile: SiteProfile,
    readonly docId: string,
    readonly docTitle: string,
  ) {}

  /** Cleans `root` (the whole body at first, then each arrived block) and records how to undo it. */
  clean(root: Element): void {
    const plan = planClean(root, this.profile, {
      skip: isHiddenOrOwn,
      title: this.docTitle,
      pageCount: this.pageCount,
      lastPage: this.lastPage,
    });
    this.pageCount ??= plan.pageCount;
    this.lastPage = plan.lastPage;
    this.applied.push(applyCleanPlan(plan));
    this.marks.push(...plan.pageMarks);
    for (const r of plan.removed) this.removedByReason[r.reason] = (this.removedByReason[r.reason] ?? 0) + 1;
    this.documentCharsHidden += plan.documentCharsHidden;
  }

  /** Re-reads the cleaned text, recognises figures, targets and watch terms, re-anchors the clips, and paints it all. */
  analyze(watchTerms: string[], clips: Clip[]): void {
    const map = buildTextMap(this.doc.body, { skip: isHiddenOrOwn });
    this.analysis = analyzePage(map, watchTerms, this.marks.filter((m) => m.node.isConnected));
    this.anchors = anchorClips(map.text, clips);
    this.paint();
  }

  /** Scrolls to a saved clip anchored on this page and flashes it; false when it is not anchored here. */
  revealClip(id: string): boolean {
    return this.analysis !== null && revealClip(this.doc, this.analysis.map, this.anchors.found, id);
  }

  /**
   * Re-anchors saved clips over the text already analysed and repaints only them: saved clips
   * arriving, or a new clip, do not redo the figures of the whole page.
   */
  anchor(clips: Clip[]): void {
    if (!this.analysis) return;
    this.anchors = anchorClips(this.analysis.map.text, clips);
    this.paint(['clip']);
  }

  paint(categories: HighlightCategory[] = ['figure', 'target', 'watch', 'clip']): void {
    const a = this.analysis;
    if (!a) return;
    const spans: Record<HighlightCategory, Array<{ start: number; end: number }>> = {
      figure: a.figures,
      target: a.targets,
      watch: a.watch,
      clip: this.anchors.found,
    };
    for (const category of categories) {
      this.unpaint[category]?.();
      delete this.unpaint[category];
      if (this.enabled && this.visible[category] && (!this.drawn || category === 'clip')) {
        this.unpaint[category] = paintRanges(`docclip-${category}`, rangesFor(this.doc, a.map, spans[category]));
      }
    }
  }

  setVisible(category: HighlightCategory, visible: boolean): void {
    this.visible[category] = visible;
    this.paint([category]);
  }

  /** Undoes every change, newest first, and removes the highlights. */
  stop(): void {
    for (const category of Object.keys(this.unpaint) as HighlightCategory[]) this.unpaint[category]?.();
    this.unpaint = {};
    for (const a of this.applied.reverse()) a.undo();
    this.applied = [];
    this.marks = [];
    this.removedByReason = {};
    this.documentCharsHidden = 0;
    this.pageCount = null;
    this.lastPage = null;
    this.analysis = null;
    this.anchors = { found: [], notFound: [] };
  }

  /** A hover label for the figure at a DOM point, or null. */
  describeAt(node: Node, offset: number): string | null {
    const a = this.analysis;
    if (!a || !this.visible.figure) return null;
    const i = a.index.get(node);
    if (i === undefined) return null;
    const figure = figureAt(a.figures, a.map.segments[i]!.start + offset);
    return figure ? describeFigure(figure) : null;
  }

  status(drawn: boolean, siteEnabled: boolean): PageStatus {
    return {
      enabled: this.enabled,
      siteEnabled,
      site: this.profile.id,
      siteName: this.profile.name,
      docId: this.docId,
      docTitle: this.docTitle,
      drawn,
      hidden: this.applied.reduce((n, a) => n + a.hidden, 0),
      repaired: this.applied.reduce((n, a) => n + a.repaired, 0),
      removedByReason: { ...this.removedByReason },
      documentCharsHidden: this.documentCharsHidden,
      figures: this.analysis?.figures.length ?? 0,
      targets: this.analysis?.targets.length ?? 0,
      highlights: { ...this.visible },
      clipsShown: this.anchors.found.length,
      clipsNotFound: this.anchors.notFound.map((c) => ({ id: c.id, text: c.text.slice(0, 80) })),
    };
  }
}
