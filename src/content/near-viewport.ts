/**
 * Which units of the page are near the viewport: within `margin` of it (a CSS margin, as
 * IntersectionObserver's rootMargin; by default a screen's height above and below). One
 * IntersectionObserver watches the elements of every tracked unit; a unit is near while any of
 * its elements is. `onChange` is told each change (the first report of a unit included);
 * a unit with no element to watch is near from the start and stays near.
 *
 * An element with no box of its own (`display: contents`, a wrapper whose size is zero) is never
 * reported as intersecting: the first report of one that has element children puts its children
 * in its place, so a page that wraps its text that way is still painted.
 */
export class NearViewport<U> {
  private readonly observer: IntersectionObserver;
  private readonly unitsOf = new Map<Element, Set<U>>();
  private readonly elementsOf = new Map<U, Element[]>();
  private readonly nearElements = new Set<Element>();
  private readonly near = new Set<U>();
  /** Elements watched but not yet reported on (each is reported once soon after it is watched). */
  private readonly unreported = new Set<Element>();
  private waiting: Array<() => void> = [];

  constructor(
    private readonly onChange: (unit: U, near: boolean) => void,
    margin = '100% 0px',
  ) {
    this.observer = new IntersectionObserver((entries) => this.report(entries), { rootMargin: margin });
  }

  /**
   * Watches `unit`'s elements. With `measure`, the unit is also told near at once when one of
   * them lies within a screen's height of the viewport now (its box read synchronously, a layout
   * of the page if it changed): so the units of the first screen are painted in the frame that
   * first draws them, not one frame after the observer's first report. The report still comes,
   * and decides from then on.
   */
  track(unit: U, elements: Element[], measure = false): void {
    this.untrack(unit);
    this.elementsOf.set(unit, elements);
    if (elements.length === 0) {
      this.near.add(unit);
      this.onChange(unit, true);
      return;
    }
    for (const element of elements) {
      let units = this.unitsOf.get(element);
      if (!units) {
        this.unitsOf.set(element, (units = new Set()));
        this.unreported.add(element);
        this.observer.observe(element);
      }
      units.add(unit);
    }
    // An element another unit watched already has been reported on: this unit may be near now.
    if (elements.some((e) => this.nearElements.has(e)) || (measure && elements.some(nearNow))) this.setNear(unit, true);
    else this.onChange(unit, false);
  }

  untrack(unit: U): void {
    const elements = this.elementsOf.get(unit);
    if (!elements) return;
    this.elementsOf.delete(unit);
    this.near.delete(unit);
    for (const element of elements) {
      const units = this.unitsOf.get(element);
      units?.delete(unit);
      if (units && units.size === 0) {
        this.unitsOf.delete(element);
        this.nearElements.delete(element);
        this.unreported.delete(element);
        this.observer.unobserve(element);
      }
    }
    this.wakeIfReported();
  }

  isNear(unit: U): boolean {
    return this.near.has(unit);
  }

  /**
   * Resolves once every element watched so far has been reported on (at the browser's next
   * frame), or after `timeoutMs` in a tab that draws no frames.
   */
  reported(timeoutMs = 100): Promise<void> {
    if (this.unreported.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiting.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  disconnect(): void {
    this.observer.disconnect();
    this.unitsOf.clear();
    this.elementsOf.clear();
    this.nearElements.clear();
    this.near.clear();
    this.unreported.clear();
    this.wakeIfReported();
  }

  private report(entries: IntersectionObserverEntry[]): void {
    const touched = new Set<U>();
    for (const entry of entries) {
      const element = entry.target;
      this.unreported.delete(element);
      const box = entry.boundingClientRect;
      if (!entry.isIntersecting && box.width === 0 && box.height === 0 && element.firstElementChild) {
        this.replaceByChildren(element);
        continue;
      }
      if (entry.isIntersecting) this.nearElements.add(element);
      else this.nearElements.delete(element);
      for (const unit of this.unitsOf.get(element) ?? []) touched.add(unit);
    }
    for (const unit of touched) {
      const elements = this.elementsOf.get(unit) ?? [];
      this.setNear(unit, elements.some((e) => this.nearElements.has(e)));
    }
    this.wakeIfReported();
  }

  /** Watches the element children of `element` for its units, instead of it (see the class comment). */
  private replaceByChildren(element: Element): void {
    const units = this.unitsOf.get(element) ?? new Set<U>();
    const children = [...element.children];
    this.observer.unobserve(element);
    this.unitsOf.delete(element);
    this.nearElements.delete(element);
    for (const unit of units) {
      const elements = this.elementsOf.get(unit);
      if (elements) this.elementsOf.set(unit, [...elements.filter((e) => e !== element), ...children]);
    }
    for (const child of children) {
      let childUnits = this.unitsOf.get(child);
      if (!childUnits) {
        this.unitsOf.set(child, (childUnits = new Set()));
        this.unreported.add(child);
        this.observer.observe(child);
      }
      for (const unit of units) childUnits.add(unit);
    }
  }

  private setNear(unit: U, near: boolean): void {
    if (near === this.near.has(unit)) return;
    if (near) this.near.add(unit);
    else this.near.delete(unit);
    this.onChange(unit, near);
  }

  private wakeIfReported(): void {
    if (this.unreported.size > 0) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const wake of waiting) wake();
  }
}

/** Whether the element's box lies within a screen's height of the viewport (the default margin), now. */
function nearNow(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const screen = innerHeight;
  return (box.width > 0 || box.height > 0) && box.bottom >= -screen && box.top <= 2 * screen;
}
