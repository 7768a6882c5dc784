import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import type { Raster } from '../core/ocr/raster';

/** Decodes a PNG or JPEG file's bytes to RGBA (by its signature); throws on anything else. */
export function decodeImage(bytes: Uint8Array, name = 'image'): Raster {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    const png = PNG.sync.read(Buffer.from(bytes));
    return { width: png.width, height: png.height, data: png.data };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
    return { width: img.width, height: img.height, data: img.data };
  }
  throw new Error(`${name} is neither a PNG nor a JPEG image`);
}
