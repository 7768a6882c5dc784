import { browser } from '../browser';
import { offscreenHolder, type ReleaseOffscreen } from './offscreen-holder';

export { OFFSCREEN_PAGE, type ReleaseOffscreen } from './offscreen-holder';

/**
 * The part of Chrome's `offscreen` API that DocClip uses (Chrome 109+, `hasDocument` 116+). Firefox
 * has none: its background is an event page with a DOM. webextension-polyfill passes
 * `browser.offscreen` through as Chrome's own (promise-returning in MV3) and its types do not
 * list it, hence this interface.
 * https://developer.chrome.com/docs/extensions/reference/api/offscreen
 */
export interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument(): Promise<boolean>;
}

/** Chrome's offscreen API, or undefined where there is none (Firefox). */
export function offscreenApi(): OffscreenApi | undefined {
  return (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
}

let shared: (() => Promise<ReleaseOffscreen>) | null = null;

/** Holds this worker's offscreen document (Chrome only: throws where there is no offscreen API). */
export function holdOffscreenDocument(): Promise<ReleaseOffscreen> {
  const offscreen = offscreenApi();
  if (!offscreen) return Promise.reject(new Error('this browser has no offscreen documents'));
  shared ??= offscreenHolder(offscreen);
  return shared();
}
