/**
 * Functions that run inside a page (handed to `page.evaluate` of Playwright or puppeteer), so the
 * Chromium and Firefox suites look at a page the same way. Each is self-contained: it is sent to
 * the browser as source text and may use nothing from this module, nor define inner functions
 * by name (tsx, which runs the demo and the bench, wraps those in a `__name` helper the page lacks).
 */

/**
 * Selects the first occurrence of `wanted` in the page's visible text (as a reader's drag would):
 * in one Text node if one holds it, else across adjacent ones (text split by <mark>s); false when absent.
 */
export function selectTextInPage(wanted: string): boolean {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('[data-docclip-hidden]')) nodes.push(n as Text);
  }
  // [node index, offset] of the start and the end; no inner functions (see the module comment).
  let found: [number, number, number, number] | null = null;
  for (let k = 0; k < nodes.length && !found; k++) {
    const i = nodes[k]!.data.indexOf(wanted);
    if (i >= 0) found = [k, i, k, i + wanted.length];
  }
  if (!found) {
    let text = '';
    const starts: number[] = [];
    for (let k = 0; k < nodes.length; k++) {
      starts.push(text.length);
      text += nodes[k]!.data;
    }
    const at = text.indexOf(wanted);
    if (at < 0) return false;
    let a = 0;
    while (a + 1 < nodes.length && starts[a + 1]! <= at) a++;
    let b = a;
    while (b + 1 < nodes.length && starts[b + 1]! < at + wanted.length) b++;
    found = [a, at - starts[a]!, b, at + wanted.length - starts[b]!];
  }
  const range = document.createRange();
  range.setStart(nodes[found[0]]!, found[1]);
  range.setEnd(nodes[found[2]]!, found[3]);
  // Into view as a reader's drag would have it: the element first (it may sit in a scrolled box),
  // then the text itself, which in a tall element can lie a screen or more below the element's centre.
  nodes[found[0]]!.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > window.innerHeight) window.scrollBy(0, rect.top - window.innerHeight / 2);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
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
