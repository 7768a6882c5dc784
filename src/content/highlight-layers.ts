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

/** A unit's Ranges, or how to make them (called once, when the unit is first near). */
export type RangeSource = Range[] | (() => Range[]);

export class HighlightLayers {
  private readonly highlights = new Map<HighlightCategory, HighlightSet>();
  /** Per unit and category: the Ranges made so far, and sources not yet made (of a far unit). */
  private readonly byUnit = new Map<unknown, Map<HighlightCategory, { ranges: Range[]; unmade: Array<() => Range[]> }>>();
  private readonly shown = new Set<HighlightCategory>();
  private readonly far = new Set<unknown>();

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly create: () => HighlightSet,
    private readonly nameOf: (category: HighlightCategory) => string = (c) => `docclip-${c}`,
  ) {}

  /**
   * Adds the Ranges of `unit` to the category (after what the unit already had there). Given as
   * a function, they are made only when the unit is near (at once, or when it comes near).
   */
  add(unit: unknown, category: HighlightCategory, source: RangeSource): void {
    let own = this.byUnit.get(unit);
    if (!own) this.byUnit.set(unit, (own = new Map()));
    let entry = own.get(category);
    if (!entry) own.set(category, (entry = { ranges: [], unmade: [] }));
    if (this.far.has(unit) && typeof source === 'function') {
      entry.unmade.push(source);
      return;
    }
    const ranges = typeof source === 'function' ? source() : source;
    entry.ranges.push(...ranges);
    if (this.far.has(unit) || ranges.length === 0) return;
    const highlight = this.highlight(category);
    for (const r of ranges) highlight.add(r);
  }

  /** Replaces every range of the category with those of `source` (used per unit, e.g. new watch terms). */
  replace(unit: unknown, category: HighlightCategory, source: RangeSource): void {
    this.removeUnit(unit, category);
    this.add(unit, category, source);
  }

  /** Takes every range of `unit` out (of one category, or of all; all also forgets whether it was far). */
  removeUnit(unit: unknown, category?: HighlightCategory): void {
    const own = this.byUnit.get(unit);
    if (own) {
      for (const [c, entry] of own) {
        if (category !== undefined && c !== category) continue;
        if (!this.far.has(unit)) {
          const highlight = this.highlights.get(c);
          if (highlight) for (const r of entry.ranges) highlight.delete(r);
        }
        own.delete(c);
      }
      if (own.size === 0) this.byUnit.delete(unit);
    }
    if (category === undefined) this.far.delete(unit);
  }

  /** Puts the unit's Ranges into the Highlights (near; making those not made yet) or takes them out and keeps them (far). */
  setNear(unit: unknown, near: boolean): void {
    if (near === !this.far.has(unit)) return;
    if (near) this.far.delete(unit);
    else this.far.add(unit);
    for (const [c, entry] of this.byUnit.get(unit) ?? []) {
      if (near) for (const make of entry.unmade.splice(0)) entry.ranges.push(...make());
      if (entry.ranges.length === 0) continue;
      const highlight = this.highlight(c);
      for (const r of entry.ranges) {
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
