/**
 * Functions that run inside a page (handed to `page.evaluate` of Playwright or puppeteer), so the
 * Chromium and Firefox suites look at a page the same way. Each is self-contained: it is sent to
 * the browser as source text and may use nothing from this module.
 */

/** Selects the first occurrence of `wanted` in the page's visible text nodes (as a reader's drag would); false when absent. */
export function selectTextInPage(wanted: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(wanted);
    if (i >= 0 && !n.parentElement?.closest('[data-docclip-hidden]')) {
      n.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
  }
  return false;
}

/** The strings covered by the CSS Custom Highlight `name`, in document order. */
export function highlightTextsInPage(name: string): string[] {
  // Plain loops: hostile fixtures break Array.prototype methods in the page's world.
  const h = CSS.highlights.get(name);
  const ranges: Range[] = [];
  if (h) h.forEach((r) => void ranges.push(r as Range));
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const texts: string[] = [];
  for (let i = 0; i < ranges.length; i++) texts.push(ranges[i]!.toString());
  return texts;
}

/** The strings wrapped by the <mark> painter (mark-fallback.ts) under `name`, in document order. */
export function markTextsInPage(name: string): string[] {
  const marks = document.querySelectorAll(`mark[data-docclip-mark="${name}"]`);
  const texts: string[] = [];
  for (let i = 0; i < marks.length; i++) texts.push(marks[i]!.textContent ?? '');
  return texts;
}

/** All clips in the extension's IndexedDB `docclip` / `clips`, read raw (call it in an extension page). */
export function readStoredClips(): Promise<Array<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('docclip');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('clips')) {
        db.close();
        resolve([]);
        return;
      }
      const req = db.transaction('clips').objectStore('clips').getAll();
      req.onsuccess = () => {
        db.close();
        resolve(req.result as Array<Record<string, unknown>>);
      };
      req.onerror = () => reject(req.error);
    };
  });
}

/** Empties the extension's `clips` table (call it in an extension page). */
export function clearStoredClips(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('docclip');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('clips', 'readwrite');
      tx.objectStore('clips').clear();
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
