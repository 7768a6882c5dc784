import type { TextMap } from '../core/dom/text-map';
import type { Clip } from '../core/types';
import { anchorClipsInPasses, type AnchorResult } from './anchor-clips';
import type { HighlightLayers } from './highlight-layers';
import type { NearViewport } from './near-viewport';
import { revealClip } from './reveal-clip';
import { rangesFor } from './text-ranges';
import { afterNextFrame } from './yield-to-event-loop';

const NONE: AnchorResult = { found: [], notFound: [], changed: [] };

/**
 * The reader's saved clips on one page (PageSession's part for them): anchored over the page's
 * text and painted in the `clip` layer, each clip a unit of the layers of its own, near while
 * its paragraph is.
 */
export class SavedClips {
  /** The clips saved for this document (kept across turning DocClip off and on). */
  clips: Clip[] = [];
  /** Where the last anchoring found them. */
  anchors: AnchorResult = NONE;
  private units: object[] = [];
  /** Stops a search for clips that is still to run (the page or the clips changed). */
  private cancel: () => void = () => undefined;

  constructor(
    private readonly doc: Document,
    private readonly layers: HighlightLayers,
    private readonly nearViewport: NearViewport<object> | null,
    /** Called once every clip is placed or listed as not found. */
    private readonly anchored: (result: AnchorResult) => void,
  ) {}

  /** Whether anchoring has anything to do: clips to place, or earlier results to take back. */
  get hasWork(): boolean {
    return this.clips.length > 0 || this.anchors.found.length > 0 || this.anchors.notFound.length > 0;
  }

  /**
   * Anchors the clips over `map`, the page's text (null: DocClip shows no text here). Clips still
   * at their place are painted at once; the others are looked for once that frame is drawn
   * (anchor-clips.ts), and painted when found.
   */
  anchor(map: TextMap | null): void {
    this.cancel();
    if (!map || this.clips.length === 0) {
      this.anchors = NONE;
      this.paint(map);
      return;
    }
    this.cancel = anchorClipsInPasses(
      map.text,
      this.clips,
      (result, done) => {
        this.anchors = result;
        this.paint(map);
        if (done) this.anchored(result);
      },
      // After the next frame: the clips found at once are drawn before the search for the others.
      (run) => {
        let cancelled = false;
        void afterNextFrame().then(() => cancelled || run());
        return () => {
          cancelled = true;
        };
      },
    );
  }

  /** Scrolls to a clip anchored in `map` and flashes it; false when it is not anchored there. */
  reveal(map: TextMap | null, id: string): boolean {
    return map !== null && revealClip(this.doc, map, this.anchors.found, id);
  }

  /** Forgets the anchoring (the layers were cleared by the session): nothing is painted or searched for. */
  reset(): void {
    this.cancel();
    this.units = [];
    this.anchors = NONE;
  }

  private paint(map: TextMap | null): void {
    for (const unit of this.units) {
      this.layers.removeUnit(unit);
      this.nearViewport?.untrack(unit);
    }
    this.units = [];
    for (const range of map ? rangesFor(this.doc, map, this.anchors.found) : []) {
      const unit = {};
      const paragraph = range.startContainer.parentElement;
      this.nearViewport?.track(unit, paragraph ? [paragraph] : []);
      this.layers.add(unit, 'clip', [range]);
      this.units.push(unit);
    }
  }
}
