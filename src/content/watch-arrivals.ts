import { isHiddenOrOwn } from '../core/dom/apply-clean-plan';

/** Arrived blocks are re-analysed at most this long after the first of them arrived (ms). */
const SETTLE_MS = 150;

/**
 * Watches what the site adds under `root`. `onArrived` gets the topmost added elements in the
 * observer's callback itself — a microtask after the insertion, before the browser paints — so
 * a nag the site re-inserts is hidden before it is ever seen, at a cost proportional to what
 * arrived. `onSettled` (re-reading the page text, repainting) runs at most SETTLE_MS after the
 * first arrival of a batch: not a debounce that restarts on every mutation, which a page that
 * inserts a node every 100 ms would starve. DocClip's own UI and hidden clutter are ignored;
 * text repairs are character-data changes, which are not observed. Returns a stop function.
 */
export function watchArrivals(root: Element, onArrived: (roots: Element[]) => void, onSettled: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    const added = new Set<Element>();
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        // A text node's arrival is its parent's: but the line breaks between inserted blocks
        // hold nothing to clean or find, and would make the whole container an arrival.
        if (node.nodeType === Node.TEXT_NODE && !/\S/.test((node as Text).data)) continue;
        const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        if (element && element.isConnected && !isHiddenOrOwn(element) && !element.closest('docclip-ui')) added.add(element);
      }
    }
    const roots = [...added].filter((e) => !hasAncestorIn(e, added));
    if (roots.length === 0) return;
    onArrived(roots);
    observer.takeRecords(); // our own changes while cleaning are not arrivals
    timer ??= setTimeout(() => {
      timer = undefined;
      onSettled();
      observer.takeRecords();
    }, SETTLE_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}

function hasAncestorIn(element: Element, set: Set<Element>): boolean {
  for (let p = element.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}
