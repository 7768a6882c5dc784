/**
 * Where the content script is written in the extension's folder, as one classic script
 * (build/classic-content-script.ts): the manifest names it, and the popup injects it on sites
 * DocClip has no profile for.
 */
export const CLASSIC_CONTENT_SCRIPT = 'content/docclip.js';
