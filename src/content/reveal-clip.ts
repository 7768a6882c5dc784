import { rangesFor } from './text-ranges';
import { revealRange } from './reveal-range';
import { paintRanges } from './paint-highlights';
import type { TextMap } from '../core/dom/text-map';

const HASH = /^#docclip=([0-9a-f-]{36})$/i;
const FLASH_MS = 2000;

/** The clip id a URL fragment names (`#docclip=<uuid>`, as the library's "open source" writes it), or null. */
export function clipIdFromHash(hash: string): string | null {
  const m = HASH.exec(hash);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Scrolls to the anchored clip `id` and flashes it (highlight `docclip-focus`). Returns false
 * when that clip is not anchored on this page (the popup lists it under "not found").
 */
export function revealClip(doc: Document, map: TextMap, found: Array<{ id: string; start: number; end: number }>, id: string): boolean {
  const span = found.find((f) => f.id === id);
  const range = span && rangesFor(doc, map, [span])[0];
  if (!range || !revealRange(range)) return false;
  const unpaint = paintRanges('docclip-focus', [range]);
  setTimeout(unpaint, FLASH_MS);
  return true;
}
