/** An RGBA image in memory: `data` holds width × height × 4 bytes, rows from the top. */
export interface Raster {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** An axis-aligned box in pixels of some image: left/top inclusive, right/bottom exclusive. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The part `box` of `image` (clipped to the image) resized to `width` × `height` by bilinear
 * sampling, as planar float channels in B, G, R order (PaddleOCR's models were trained on OpenCV's
 * BGR images), each value mapped by `normalize(channel, byte)`. Throws on an empty box or size.
 */
export function sampleBgr(
  image: Raster,
  box: Box,
  width: number,
  height: number,
  normalize: (channel: number, value: number) => number,
  out = new Float32Array(3 * width * height),
  outWidth = width,
): Float32Array {
  const left = Math.max(0, Math.min(image.width, box.left));
  const right = Math.max(left, Math.min(image.width, box.right));
  const top = Math.max(0, Math.min(image.height, box.top));
  const bottom = Math.max(top, Math.min(image.height, box.bottom));
  if (right - left <= 0 || bottom - top <= 0 || width <= 0 || height <= 0) throw new Error(`ocr: cannot sample an empty box ${JSON.stringify(box)}`);
  const sx = (right - left) / width;
  const sy = (bottom - top) / height;
  const plane = outWidth * height;
  const { data } = image;
  const stride = image.width * 4;
  const table = [new Float32Array(256), new Float32Array(256), new Float32Array(256)];
  for (let c = 0; c < 3; c++) for (let v = 0; v < 256; v++) table[c]![v] = normalize(c, v);
  for (let y = 0; y < height; y++) {
    // Sample points stay inside the box's pixels; neighbours are whole pixels of the image.
    const fy = Math.min(bottom - 1, Math.max(top, top + (y + 0.5) * sy - 0.5));
    const y0 = Math.min(image.height - 1, Math.floor(fy));
    const y1 = Math.min(image.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(right - 1, Math.max(left, left + (x + 0.5) * sx - 0.5));
      const x0 = Math.min(image.width - 1, Math.floor(fx));
      const x1 = Math.min(image.width - 1, x0 + 1);
      const wx = fx - x0;
      const a = y0 * stride + x0 * 4;
      const b = y0 * stride + x1 * 4;
      const c = y1 * stride + x0 * 4;
      const d = y1 * stride + x1 * 4;
      for (let ch = 0; ch < 3; ch++) {
        // RGBA byte order: channel ch of BGR is byte 2 - ch.
        const k = 2 - ch;
        const top2 = data[a + k]! * (1 - wx) + data[b + k]! * wx;
        const bot2 = data[c + k]! * (1 - wx) + data[d + k]! * wx;
        const v = Math.round(top2 * (1 - wy) + bot2 * wy);
        out[ch * plane + y * outWidth + x] = table[ch]![v]!;
      }
    }
  }
  return out;
}
