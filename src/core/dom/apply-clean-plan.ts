import type { CleanPlan } from './plan-clean';

/** The attribute (and stylesheet key) of hidden clutter; its value is the reason. */
export const HIDDEN_ATTRIBUTE = 'data-docclip-hidden';

export interface AppliedClean {
  hidden: number;
  /** Spans cut out of text nodes (page markers spliced into words, inline clutter). */
  repaired: number;
  /** Restores every element and text node the plan changed, exactly as it was. Idempotent. */
  undo(): void;
}

/**
 * Applies a plan to the DOM it was made on: hides elements with HIDDEN_ATTRIBUTE (a stylesheet
 * keyed on it does the hiding, so nothing is deleted) and repairs text nodes, remembering the
 * original data. A text node the page changed since planning is left alone (its repair no longer
 * fits), and so is its undo.
 */
export function applyCleanPlan(plan: Pick<CleanPlan, 'hide' | 'repairs'>): AppliedClean {
  const hiddenNow: Element[] = [];
  for (const step of plan.hide) {
    if (step.element.hasAttribute(HIDDEN_ATTRIBUTE)) continue;
    step.element.setAttribute(HIDDEN_ATTRIBUTE, step.reason);
    hiddenNow.push(step.element);
  }
  const repairedNow: Array<{ node: Text; original: string; repaired: string; cuts: unknown[] }> = [];
  for (const step of plan.repairs) {
    if (step.node.data !== step.original) continue;
    step.node.data = step.repaired;
    repairedNow.push(step);
  }
  let undone = false;
  return {
    hidden: hiddenNow.length,
    repaired: repairedNow.reduce((n, r) => n + r.cuts.length, 0),
    undo() {
      if (undone) return;
      undone = true;
      for (const el of hiddenNow) el.removeAttribute(HIDDEN_ATTRIBUTE);
      for (const r of repairedNow) if (r.node.data === r.repaired) r.node.data = r.original;
    },
  };
}

/** Skip predicate for text maps of the cleaned page: hidden clutter and DocClip's own UI. */
export function isHiddenOrOwn(element: Element): boolean {
  return element.hasAttribute(HIDDEN_ATTRIBUTE) || element.tagName === 'DOCCLIP-UI';
}
