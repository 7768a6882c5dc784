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

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly create: () => HighlightSet,
    private readonly nameOf: (category: HighlightCategory) => string = (c) => `docclip-${c}`,
  ) {}

  /** Adds `ranges` of `unit` to the category (after what the unit already had there). */
  add(unit: unknown, category: HighlightCategory, ranges: Range[]): void {
    if (ranges.length === 0) return;
    const highlight = this.highlight(category);
    for (const r of ranges) highlight.add(r);
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

  /** Takes every range of `unit` out (of one category, or of all). */
  removeUnit(unit: unknown, category?: HighlightCategory): void {
    const own = this.byUnit.get(unit);
    if (!own) return;
    for (const [c, ranges] of own) {
      if (category !== undefined && c !== category) continue;
      const highlight = this.highlights.get(c);
      if (highlight) for (const r of ranges) highlight.delete(r);
      own.delete(c);
    }
    if (own.size === 0) this.byUnit.delete(unit);
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

  /** Ranges painted in a category. */
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
