/**
 * Chrome's offscreen document for OCR (made by src/background/ocr-host.ts): answers the
 * background's `ocr/read` requests with the engine. Every other runtime message (content
 * scripts' requests to the background reach every extension page too) is left to the background.
 */
import { browser } from '../browser';
import { errorReply, parseMessage, type Reply } from '../messages';
import { OffscreenRequestSchema } from '../ocr-messages';
import type { OcrReading } from '../core/ocr/ocr-reading';

const extensionOrigin = browser.runtime.getURL('');

browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; url?: string; tab?: unknown }) => {
  if (typeof message !== 'object' || message === null || (message as { target?: unknown }).target !== 'offscreen') return undefined;
  // Only the extension itself (the service worker: no tab) may ask.
  if (sender.id !== browser.runtime.id || sender.tab || !sender.url?.startsWith(extensionOrigin)) return undefined;
  return read(message);
});

async function read(message: unknown): Promise<Reply<OcrReading>> {
  const parsed = parseMessage(OffscreenRequestSchema, message);
  if (!parsed.ok) return parsed;
  try {
    const { readPageImage } = await import('../ocr/ocr-engine');
    return { ok: true, value: await readPageImage(parsed.value.src) };
  } catch (error) {
    return errorReply(error);
  }
}
