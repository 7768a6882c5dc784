import { isHiddenOrOwn } from '../core/dom/apply-clean-plan';

/** Quiet time after the last mutation before arrived blocks are cleaned (ms). */
const DEBOUNCE_MS = 150;

/**
 * Calls `onArrived` with the topmost elements the site added under `root` since the last call
 * (debounced), so each arrived block is cleaned once, at a cost proportional to its size.
 * DocClip's own UI and hidden clutter are ignored; text repairs are character-data changes,
 * which are not observed. Returns a function that stops watching.
 */
export function watchArrivals(root: Element, onArrived: (roots: Element[]) => void): () => void {
  let pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        if (element && element.isConnected && !isHiddenOrOwn(element) && !element.closest('docclip-ui')) pending.add(element);
      }
    }
    if (pending.size === 0) return;
    clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
  });
  const flush = () => {
    const roots = [...pending].filter((e) => e.isConnected && ![...pending].some((p) => p !== e && p.contains(e)));
    pending = new Set();
    if (roots.length === 0) return;
    onArrived(roots);
    observer.takeRecords(); // our own changes while cleaning are not arrivals
  };
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
