import type { DocClipDatabase, OcrPage } from './database';

/**
 * The `ocrPages` table: the OCR reading of each page of a document, so that a revisit lays the
 * text layer without reading the page again. A reading is for one image (`imageKey`): a page
 * whose image changed is read again.
 */

/** Longest text and most lines a cached page may hold (a page has a few thousand characters). */
const MAX_TEXT = 50_000;
const MAX_LINES = 2_000;

/** Stores (or replaces) the reading of one page; throws with what is wrong on a row that is not one. */
export async function putOcrPage(db: DocClipDatabase, page: OcrPage): Promise<void> {
  if (!page.docId || !Number.isInteger(page.page) || page.page < 1) throw new Error(`ocr cache: a page needs a docId and a page number ≥ 1, got ${page.docId} ${page.page}`);
  if (page.text.length > MAX_TEXT || page.lines.length > MAX_LINES) throw new Error(`ocr cache: page ${page.page} is larger than ${MAX_TEXT} characters or ${MAX_LINES} lines`);
  if (page.confidences.length !== page.text.length) throw new Error(`ocr cache: page ${page.page} has ${page.text.length} characters and ${page.confidences.length} confidences`);
  await db.ocrPages.put(page);
}

/** The reading of page `page` of `docId` when it was read from the image `imageKey`; undefined otherwise. */
export async function getOcrPage(db: DocClipDatabase, docId: string, page: number, imageKey: string): Promise<OcrPage | undefined> {
  const row = await db.ocrPages.get([docId, page]);
  return row?.imageKey === imageKey ? row : undefined;
}

/** How many pages of `docId` are read. */
export function countOcrPages(db: DocClipDatabase, docId: string): Promise<number> {
  return db.ocrPages.where('docId').equals(docId).count();
}

/** Forgets the readings of `docId` (all documents when it is undefined); returns how many pages were dropped. */
export function clearOcrPages(db: DocClipDatabase, docId?: string): Promise<number> {
  return docId === undefined ? db.ocrPages.count().then(async (n) => (await db.ocrPages.clear(), n)) : db.ocrPages.where('docId').equals(docId).delete();
}

/** Bytes the cache takes, as UTF-16 JSON (what the library's storage figures add up). */
export async function ocrCacheBytes(db: DocClipDatabase): Promise<number> {
  let bytes = 0;
  await db.ocrPages.each((row) => (bytes += JSON.stringify(row).length * 2));
  return bytes;
}
