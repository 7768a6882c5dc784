// The OCR of page images, a part of the content script loaded when the reader first asks for a reading (content-parts.ts, ocr-hook.ts).
import { registerPart } from '../content-parts';
import * as ocrPageImages from '../ocr-page-images';

registerPart('ocr-page-images', ocrPageImages);
