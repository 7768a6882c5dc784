import type { OffscreenApi } from './offscreen-api';

/** The offscreen document's page (src/offscreen/index.html, a build input of the Chrome build). */
export const OFFSCREEN_PAGE = 'src/offscreen/index.html';

/**
 * Its reasons: an extension has one offscreen document at most, and DocClip's serves both the
 * automatic backup (a Blob URL for downloads.download) and the OCR engine (WebAssembly on worker
 * threads), so it is made with both, whichever asks first.
 */
const PARAMETERS = {
  url: OFFSCREEN_PAGE,
  reasons: ['BLOBS', 'WORKERS'],
  justification: 'Write the automatic backup file (a Blob URL for downloads.download: service workers have no URL.createObjectURL) and read the text of page images the reader asked for (OCR in WebAssembly).',
};

/** Lets go of a hold on the offscreen document (the last one closes it). Calling it twice counts once. */
export type ReleaseOffscreen = () => Promise<void>;

/**
 * Holds of the service worker on the offscreen document: the document is made (or one already
 * open is reused) for the first, and closed when the last is let go, so that neither the backup
 * nor a reading closes it under the other. A hold asked for while it closes waits, then makes
 * the document again.
 */
export function offscreenHolder(offscreen: OffscreenApi): () => Promise<ReleaseOffscreen> {
  let holders = 0;
  let opening: Promise<void> | null = null;
  let closing: Promise<void> | null = null;
  return async () => {
    holders++;
    try {
      while (closing) await closing;
      opening ??= (async () => {
        if (!(await offscreen.hasDocument())) await offscreen.createDocument(PARAMETERS);
      })().finally(() => {
        opening = null;
      });
      await opening;
    } catch (error) {
      holders--;
      throw error;
    }
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      if (--holders > 0) return;
      closing = offscreen
        .closeDocument()
        .catch(() => undefined)
        .finally(() => {
          closing = null;
        });
      await closing;
    };
  };
}
