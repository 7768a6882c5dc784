import { PNG } from 'pngjs';

/** A PNG data URL of a blank `width` × `height` image, as tabs.captureVisibleTab hands one back (written by pngjs). */
export function blankPngDataUrl(width: number, height: number): string {
  return `data:image/png;base64,${PNG.sync.write(new PNG({ width, height })).toString('base64')}`;
}
