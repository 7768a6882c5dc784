import type { HighlightCategory } from '../messages';

/**
 * The incremental bookkeeping of DocClip's highlights: one `Highlight` per category, kept for
 * the whole session, to which each analysed unit (a chunk of the first pass, or blocks that
 * arrived later) adds its Ranges, and from which a unit's Ranges are taken again when the unit
 * is dropped (its text left the page, or a larger arrival now holds it). Nothing is rebuilt
 * per chunk: painting a chunk costs its own Ranges only.
 *
 * Shown/hidden is registering the Highlight under its name or not (the Ranges stay), so a
 * category turned off and on again costs nothing. The registry and the Highlight constructor
 * are passed in (CSS.highlights and Highlight in the page; fakes in unit tests).
 *
 * Near/far: a unit set far (`setNear(unit, false)`) keeps its Ranges here but out of the
 * Highlights, until it is set near again. Chromium revisits every Range of every registered
 * Highlight at each frame in which the DOM changed (measured on the 1M-character benchmark page:
 * ≈ 20 ms a frame for 7,000 figure Ranges, ≈ 60 ms with the target clauses besides), so on a big
 * page only the units near the viewport are painted (near-viewport.ts). Units are near unless set far.
 */
export interface HighlightSet {
  add(range: Range): unknown;
  delete(range: Range): unknown;
  clear(): void;
  readonly size: number;
}

export interface HighlightRegistry {
  get(name: string): unknown;
  set(name: string, highlight: HighlightSet): unknown;
  delete(name: string): unknown;
}

export class HighlightLayers {
  private readonly highlights = new Map<HighlightCategory, HighlightSet>();
  private readonly byUnit = new Map<unknown, Map<HighlightCategory, Range[]>>();
  private readonly shown = new Set<HighlightCategory>();
  private readonly far = new Set<unknown>();

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly create: () => HighlightSet,
    private readonly nameOf: (category: HighlightCategory) => string = (c) => `docclip-${c}`,
  ) {}

  /** Adds `ranges` of `unit` to the category (after what the unit already had there). */
  add(unit: unknown, category: HighlightCategory, ranges: Range[]): void {
    if (ranges.length === 0) return;
    if (!this.far.has(unit)) {
      const highlight = this.highlight(category);
      for (const r of ranges) highlight.add(r);
    }
    let own = this.byUnit.get(unit);
    if (!own) this.byUnit.set(unit, (own = new Map()));
    const list = own.get(category);
    if (list) list.push(...ranges);
    else own.set(category, [...ranges]);
  }

  /** Replaces every range of the category with `ranges` of `unit` (used per unit, e.g. new watch terms). */
  replace(unit: unknown, category: HighlightCategory, ranges: Range[]): void {
    this.removeUnit(unit, category);
    this.add(unit, category, ranges);
  }

  /** Takes every range of `unit` out (of one category, or of all; all also forgets whether it was far). */
  removeUnit(unit: unknown, category?: HighlightCategory): void {
    if (category === undefined) this.far.delete(unit);
    const own = this.byUnit.get(unit);
    if (!own) return;
    for (const [c, ranges] of own) {
      if (category !== undefined && c !== category) continue;
      if (!this.far.has(unit)) {
        const highlight = this.highlights.get(c);
        if (highlight) for (const r of ranges) highlight.delete(r);
      }
      own.delete(c);
    }
    if (own.size === 0) this.byUnit.delete(unit);
  }

  /** Puts the unit's Ranges into the Highlights (near) or takes them out and keeps them (far). */
  setNear(unit: unknown, near: boolean): void {
    if (near === !this.far.has(unit)) return;
    if (near) this.far.delete(unit);
    else this.far.add(unit);
    for (const [c, ranges] of this.byUnit.get(unit) ?? []) {
      const highlight = this.highlight(c);
      for (const r of ranges) {
        if (near) highlight.add(r);
        else highlight.delete(r);
      }
    }
  }

  /** Registers (shows) or unregisters (hides) the category's highlight; its Ranges are kept. */
  show(category: HighlightCategory, shown: boolean): void {
    if (shown) {
      this.shown.add(category);
      this.registry.set(this.nameOf(category), this.highlight(category));
    } else {
      this.shown.delete(category);
      const highlight = this.highlights.get(category);
      if (highlight && this.registry.get(this.nameOf(category)) === highlight) this.registry.delete(this.nameOf(category));
    }
  }

  /** Ranges painted in a category (those of near units). */
  size(category: HighlightCategory): number {
    return this.highlights.get(category)?.size ?? 0;
  }

  /** Unregisters every highlight and forgets every range. */
  clear(): void {
    for (const category of [...this.highlights.keys()]) this.show(category, false);
    for (const highlight of this.highlights.values()) highlight.clear();
    this.highlights.clear();
    this.byUnit.clear();
    this.shown.clear();
    this.far.clear();
  }

  private highlight(category: HighlightCategory): HighlightSet {
    let highlight = this.highlights.get(category);
    if (!highlight) {
      this.highlights.set(category, (highlight = this.create()));
      if (this.shown.has(category)) this.registry.set(this.nameOf(category), highlight);
    }
    return highlight;
  }
}
