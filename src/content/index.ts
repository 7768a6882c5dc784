/**
 * DocClip content script (one classic script, run at document_start: build/classic-content-script.ts).
 *
 *   document_start ─► EarlyClean: the profile's clutter selectors as a stylesheet; what the parser
 *     inserts planned and cleaned in the MutationObserver's callback, before the first frame (early-clean.ts)
 *   DOMContentLoaded ─► boot; the session adopts the early cleaning (one undo for all of it)
 *   page DOM ─planChunks (core)─► chunk 1, 2, … (≤ CHUNK_CHARS of text each; a small page is one chunk)
 *     started after the page's first frame; between chunks, yield (MessageChannel):  page-session.ts `start`
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
import { EarlyClean } from './early-clean';
import { loadFallbackPainter } from './paint-highlights';
import { createSiteProfile } from '../core/sites/create-site-profile';

// The manifest's content script and the popup's on-demand injection (activeTab) may both reach
// a page: DocClip starts once per page.
const claimed = globalThis as typeof globalThis & { docclipStarted?: boolean };
if (!claimed.docclipStarted) {
  claimed.docclipStarted = true;
  // At document_start (the manifest's script, one classic file): clean what the parser inserts
  // before the page is first drawn, and start the whole-page pass once the DOM is parsed.
  const loading = document.readyState === 'loading';
  if (loading) performance.mark('docclip:early'); // the page's timeline: test/e2e/first-paint.test.ts
  const early = loading ? new EarlyClean(document, createSiteProfile(location.href)) : null;
  const go = () => void loadFallbackPainter().then(() => boot(early), (error: unknown) => console.error('DocClip could not start', error));
  if (loading) document.addEventListener('DOMContentLoaded', go, { once: true });
  else go();
}
