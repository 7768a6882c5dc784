import { t } from './extension-api';
import { confidencePercent } from '../core/ocr/figure-source';
import type { OcrFigureSource } from './ocr-page-images';
import { ownSize } from './image-text-layer';

/** The crop's largest size in the tip (CSS px): a line or two of the page at about its size on screen. */
const CROP_MAX = { width: 320, height: 96 };

/**
 * What a figure's tip shows besides its value when the figure was read by OCR: the confidence it
 * was read with (the lowest of its characters; per line when it was read over two) and the part
 * of the page image it was read in, drawn on a small canvas from the <img> the page shows (the
 * image that was read: nothing is fetched), the figure's part outlined. A canvas that draws a
 * page's image from another origin cannot be read back, only shown, which is all it is for.
 */
export function ocrFigureTip(doc: Document, source: OcrFigureSource): HTMLElement[] {
  const line = doc.createElement('div');
  line.className = 'tip-ocr';
  line.textContent = t('ocrFigureConfidence', String(confidencePercent(source.confidence)));
  if (source.lines.length > 1) line.textContent += ` ${t('ocrFigureLines', source.lines.map((l) => `${confidencePercent(l.confidence)}%`).join(' / '))}`;
  const crop = cropCanvas(doc, source);
  return crop ? [line, crop] : [line];
}

function cropCanvas(doc: Document, { img, width, height, crop, lines }: OcrFigureSource): HTMLCanvasElement | null {
  const w = crop.right - crop.left;
  const h = crop.bottom - crop.top;
  const own = ownSize(img);
  if (w <= 0 || h <= 0 || (img instanceof HTMLImageElement && !img.complete) || own.width === 0 || width <= 0 || height <= 0) return null;
  const scale = Math.min(CROP_MAX.width / w, CROP_MAX.height / h, 1.5);
  const ratio = doc.defaultView?.devicePixelRatio || 1;
  const canvas = doc.createElement('canvas');
  canvas.className = 'tip-crop';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', t('ocrFigureCrop'));
  canvas.width = Math.max(1, Math.round(w * scale * ratio));
  canvas.height = Math.max(1, Math.round(h * scale * ratio));
  canvas.style.width = `${Math.round(w * scale)}px`;
  canvas.style.height = `${Math.round(h * scale)}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  // The reading's pixels to the image's (or canvas's) own (the page may show a larger or smaller decode of it).
  const sx = own.width / width;
  const sy = own.height / height;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, crop.left * sx, crop.top * sy, w * sx, h * sy, 0, 0, canvas.width, canvas.height);
  const k = scale * ratio;
  ctx.strokeStyle = 'rgba(240, 140, 0, 0.95)';
  ctx.lineWidth = Math.max(1, 1.5 * ratio);
  for (const { box } of lines) ctx.strokeRect((box.left - crop.left) * k, (box.top - crop.top) * k, (box.right - box.left) * k, (box.bottom - box.top) * k);
  return canvas;
}
