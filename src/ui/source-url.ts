import type { Clip } from '../core/types';

/**
 * The address that opens a clip's source and asks the content script to show the clip:
 * the clip's URL with any fragment replaced by `#docclip=<id>`.
 * Returns null for anything but http(s): an imported file could carry a `javascript:` or
 * `data:` URL, and the library must never navigate to one.
 */
export function sourceUrl(clip: Pick<Clip, 'url' | 'id'>): string | null {
  let url: URL;
  try {
    url = new URL(clip.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = `docclip=${encodeURIComponent(clip.id)}`;
  return url.href;
}
