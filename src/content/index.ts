/**
 * DocClip content script.
 *
 *   page DOM ──planClean (core)──► applyCleanPlan ──► hidden clutter [data-docclip-hidden], repaired text
 *        │                                                   │
 *        │                             buildTextMap(cleaned) ─┴► recognizeFigures / findTargets / watch terms
 *        │                                                   └► anchor saved clips (clips/forPage)
 *        │                                                        └──► CSS.highlights docclip-{figure,target,watch,clip}
 *        ├─ MutationObserver: arrived blocks ─► planClean(block) ─► re-analyse
 *        ├─ selection ─► <docclip-ui> clip button / popup / menu / shortcut ─► draftFromRange ─┐
 *        └─ analysis ─► FiguresPanel (in <docclip-ui>): goto ─► scroll + flash; clip-row ─► draftFromSpan ─┴► clip/create ─► background ─► Dexie
 *
 * The content script never opens the database (it would belong to the site's origin).
 */
import { boot } from './boot';

// The manifest's content script and the popup's on-demand injection (activeTab) may both reach
// a page: DocClip starts once per page.
const claimed = globalThis as typeof globalThis & { docclipStarted?: boolean };
if (!claimed.docclipStarted) {
  claimed.docclipStarted = true;
  boot();
}
