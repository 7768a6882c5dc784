import { browser } from '../browser';
import { unwrap, type ContentPart } from '../messages';

/** Asks the background to run a part of the content script in this frame (content-parts.ts); rejects with its error. */
export async function requestPart(part: ContentPart): Promise<void> {
  unwrap<null>(await browser.runtime.sendMessage({ type: 'part/load', part }));
}
