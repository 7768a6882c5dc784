import type { Box } from './raster';

/** PaddleOCR's DB post-processing settings (its defaults for PP-OCR Chinese detection). */
export interface DetectSettings {
  /** A pixel of the probability map is text above this. */
  threshold: number;
  /** A region is kept when its mean probability is at least this. */
  boxThreshold: number;
  /** How far the shrunk text region is grown back: d = area × ratio / perimeter. */
  unclipRatio: number;
  /** Regions narrower or lower than this (map pixels) are noise. */
  minSize: number;
}

export const DETECT_DEFAULTS: DetectSettings = { threshold: 0.3, boxThreshold: 0.6, unclipRatio: 1.5, minSize: 3 };

/** A detected text region in map pixels, with its mean text probability. */
export interface DetectedBox extends Box {
  score: number;
}

/**
 * The text regions of a DB probability map (`width` × `height`, row-major, values 0..1): the
 * 8-connected regions of pixels over `threshold`, each as its bounding box grown by the DB
 * unclip distance (PaddleOCR grows the region's polygon; pages are upright, so a box is enough),
 * clipped to the map. Regions under `minSize` or with a mean probability under `boxThreshold`
 * are dropped. Returns boxes top to bottom, then left to right; none for an empty map.
 */
export function detectBoxes(map: Float32Array, width: number, height: number, settings: DetectSettings = DETECT_DEFAULTS): DetectedBox[] {
  if (map.length !== width * height) throw new Error(`ocr: a ${width}×${height} map has ${width * height} values, got ${map.length}`);
  const label = new Int32Array(width * height);
  const stack: number[] = [];
  const boxes: DetectedBox[] = [];
  let next = 0;
  for (let start = 0; start < map.length; start++) {
    if (label[start] !== 0 || map[start]! <= settings.threshold) continue;
    next++;
    label[start] = next;
    stack.push(start);
    let left = width;
    let right = -1;
    let top = height;
    let bottom = -1;
    let sum = 0;
    let count = 0;
    while (stack.length > 0) {
      const i = stack.pop()!;
      const x = i % width;
      const y = (i - x) / width;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      sum += map[i]!;
      count++;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width || (dx === 0 && dy === 0)) continue;
          const j = ny * width + nx;
          if (label[j] === 0 && map[j]! > settings.threshold) {
            label[j] = next;
            stack.push(j);
          }
        }
      }
    }
    const w = right - left + 1;
    const h = bottom - top + 1;
    if (Math.min(w, h) < settings.minSize) continue;
    const score = sum / count;
    if (score < settings.boxThreshold) continue;
    const d = (w * h * settings.unclipRatio) / (2 * (w + h));
    boxes.push({
      left: Math.max(0, left - d),
      top: Math.max(0, top - d),
      right: Math.min(width, right + 1 + d),
      bottom: Math.min(height, bottom + 1 + d),
      score,
    });
  }
  return boxes.sort((p, q) => p.top - q.top || p.left - q.left);
}
