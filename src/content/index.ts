/**
 * DocClip content script: one classic script (no module loader), run at document_start.
 *
 *   document_start (page-start.ts): the profile's selectors as a stylesheet; the reader's settings asked for
 *     └► while the page is parsed: MutationObserver ─► blocks the parser has finished (parsed-so-far.ts)
 *          ─► planClean + applyCleanPlan now, before the browser draws them      (parse-time-cleaner.ts)
 *   DOMContentLoaded: page DOM ─planChunks (core)─► chunk 1, 2, … (≤ CHUNK_CHARS of text each; a small page is one chunk)
 *     at once; between chunks, yield (MessageChannel):                             page-session.ts `start`
 *        0. in one task: the parse-time cleaning undone, the chunks it touched planned and applied again
 *        1. planClean(chunk, pageCount, lastPage) for every chunk, the page untouched
 *        2. applyCleanPlan ─► [data-docclip-hidden], repaired text (a frame per APPLY_CHARS)
 *        3. buildTextMap(chunk) ─► recognizeFigures / findTargets / watch terms (offsets local to the unit)
 *           └► their Ranges kept per unit; in the Highlights docclip-{figure,target,watch} while
 *              the unit is near the viewport                    (highlight-layers.ts, near-viewport.ts)
 *     after the last chunk: docclip:painted; saved clips (clips/forPage) ─► page text ─► anchor ─► docclip-clip
 *        ├─ MutationObserver: arrived blocks ─► planClean(block) now; at settle: analyse + paint that block only
 *        ├─ page text (buildTextMap(body)), built lazily for clips, selection, hover, panel;
 *        │     units' results translated into it through their Text nodes (page-units.ts)
 *        ├─ selection ─► <docclip-ui> clip button / popup / menu / shortcut ─► draftFromRange ─┐
 *        └─ analysis ─► FiguresPanel (in <docclip-ui>): goto ─► scroll + flash; clip-row ─► draftFromSpan ─┴► clip/create ─► background ─► Dexie
 *
 * The content script never opens the database (it would belong to the site's origin).
 */
import { boot } from './boot';
import { highlightApiAvailable, loadFallbackPainter } from './paint-highlights';
import { startPage } from './page-start';
import { afterNextFrame } from './yield-to-event-loop';
import { CHUNK_CHARS } from './chunk-size';
import { drawsOnCanvas } from '../core/dom/page-facts';
import { loadCanvasLayers } from './request-part';

// The manifest's content script and the popup's on-demand injection (activeTab) may both reach
// a page: DocClip starts once per page.
const claimed = globalThis as typeof globalThis & { docclipStarted?: boolean };
if (!claimed.docclipStarted) {
  claimed.docclipStarted = true;
  // When the classic script started running (the bench and the tests read it in the page's timeline).
  performance.mark('docclip:script');
  // Now, at document_start: the selector stylesheet, and cleaning as the parser inserts
  // (page-start.ts). Where the Highlight API is missing, the session needs the <mark> painter,
  // a part loaded first: there DocClip starts on the parsed page only.
  const early = highlightApiAvailable() ? startPage(document, location.href) : null;
  // A site whose pages are canvases: the part that lays text layers over them loads while the
  // page is parsed (canvas-layers.ts), to be there when the first pass starts.
  if (early && drawsOnCanvas(early.profile)) loadCanvasLayers().catch((error: unknown) => console.warn('DocClip: the text layers over canvases could not load', error));
  whenParsed(document)
    // On a big page, its first screen cleaned while it was parsed, the first pass lets the browser
    // lay out and draw the page first: started inside DOMContentLoaded, it forced that first
    // layout in its own task (bench/profile-structure.ts: 162 ms of a 434 ms task on the big
    // page). A smaller page starts at once, so its figures are painted in its first frames.
    .then(() => (early?.cleaner && isBigPage(document) ? afterNextFrame() : undefined))
    .then(loadFallbackPainter)
    .then(() => boot(early ?? startPage(document, location.href)), (error: unknown) => console.error('DocClip could not start', error));
}

/** A page whose first pass is long (more than a few chunks of text): textContent reads no layout. */
function isBigPage(doc: Document): boolean {
  return (doc.body?.textContent?.length ?? 0) > 4 * CHUNK_CHARS;
}

/** Resolves once the document is parsed: at once when run after that (on demand), else at DOMContentLoaded (from document_start). */
function whenParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
