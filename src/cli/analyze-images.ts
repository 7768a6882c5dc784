import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ocrText, spanConfidence } from '../core/ocr/ocr-text';
import { readPage, type OcrModels } from '../core/ocr/read-page';
import { analyze, type Analysis } from './analyze';
import { decodeImage } from './decode-image';

/** What `docclip analyze` prints for page images: the text analysis, each figure with the page and OCR confidence it was read with. */
export interface ImageAnalysis extends Omit<Analysis, 'figures'> {
  source: 'ocr';
  pages: Array<{ file: string; page: number; characters: number; confidence: number; ms: number }>;
  figures: Array<Analysis['figures'][number] & { page: number | null; confidence: number | null }>;
}

const IMAGE = /\.(png|jpe?g)$/i;

/** Whether `path` names a page image (by its extension). */
export function isImagePath(path: string): boolean {
  return IMAGE.test(path);
}

/**
 * The page images `path` names: itself when it is an image file, else the image files of the
 * folder in natural order (page-2 before page-10). Throws when a folder holds none.
 */
export async function pageImages(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const names = (await readdir(path)).filter(isImagePath).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (names.length === 0) throw new Error(`${path} holds no .png or .jpg page images`);
  return names.map((n) => join(path, n));
}

/**
 * Reads each page image with OCR, in order, and runs the text analysis on the pages' text
 * (pages joined by line breaks), as `analyze` does on copied text. A figure's confidence is the
 * lowest confidence of the characters it was read from, `null` with its page where its text
 * could not be found again in what was read (a repair of the cleaner changed it).
 */
export async function analyzeImages(files: string[], models: OcrModels, options: { url?: string } = {}): Promise<ImageAnalysis> {
  const pages: ImageAnalysis['pages'] = [];
  let all = '';
  const confidences: number[] = [];
  const pageStarts: number[] = [];
  for (const [i, file] of files.entries()) {
    const started = Date.now();
    const image = decodeImage(await readFile(file), basename(file));
    const read = ocrText(await readPage(image, models));
    if (all.length > 0) {
      all += '\n';
      confidences.push(1);
    }
    pageStarts.push(all.length);
    all += read.text;
    confidences.push(...read.confidences);
    const mean = read.confidences.length === 0 ? 0 : read.confidences.reduce((s, c) => s + c, 0) / read.confidences.length;
    pages.push({ file: basename(file, extname(file)) + extname(file), page: i + 1, characters: read.text.length, confidence: round(mean), ms: Date.now() - started });
  }
  const analysis = analyze(all, { url: options.url, html: false });
  let cursor = 0;
  const figures = analysis.figures.map((f) => {
    const at = all.indexOf(f.text, cursor);
    if (at < 0) return { ...f, page: null, confidence: null };
    cursor = at + f.text.length;
    const page = pageStarts.filter((s) => s <= at).length;
    return { ...f, page, confidence: round(spanConfidence(confidences, at, at + f.text.length)) };
  });
  return { ...analysis, source: 'ocr', pages, figures };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
