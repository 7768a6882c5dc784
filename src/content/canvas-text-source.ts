import { applyOps, parseTextBatch, type TextRecord } from '../core/canvas-text/drawn-text';
import { yieldToEventLoop } from './yield-to-event-loop';

/** The event the recorder (src/page-world/canvas-text-recorder.iife.ts) listens for. */
const CONNECT_EVENT = 'docclip:canvas-text-connect';

/** What a canvas shows now: the records since its last wipe, and its pixel size. */
export interface CanvasText {
  canvas: HTMLCanvasElement;
  records: TextRecord[];
  width: number;
  height: number;
}

/**
 * The content script's end of the canvas-text hand-over: asks the recorder in the page's main
 * world to send its batches on a channel named at random for this page, and keeps, per canvas,
 * the text it shows. `onChange` gets the canvases whose text changed (at most once per batch the
 * recorder sends, i.e. per frame), in a task of its own after the frame's: the recorder sends
 * from an animation frame callback, and that frame also commits the page's freshly drawn
 * canvases (the bench measured the two together over 50 ms on a dense page). A batch that is not
 * what the recorder sends is dropped with a warning. Returns a stop function.
 */
export function listenForCanvasText(win: Window, onChange: (changed: CanvasText[]) => void): () => void {
  const bytes = new Uint8Array(16);
  win.crypto.getRandomValues(bytes);
  const channel = `docclip-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  const shown = new WeakMap<HTMLCanvasElement, TextRecord[]>();
  let changed = new Map<HTMLCanvasElement, CanvasText>();
  let queued = false;
  const listener = (event: Event) => {
    const canvas = event.target;
    if (!(canvas instanceof HTMLCanvasElement)) return;
    event.stopImmediatePropagation();
    const batch = parseTextBatch((event as CustomEvent<unknown>).detail);
    if (batch instanceof Error) {
      console.warn('DocClip:', batch.message);
      return;
    }
    const records = applyOps(shown.get(canvas) ?? [], batch.ops);
    shown.set(canvas, records);
    changed.set(canvas, { canvas, records, width: batch.width, height: batch.height });
    // The recorder sends all its canvases in one task: they are handed on together, in the next task.
    if (!queued) {
      queued = true;
      void yieldToEventLoop().then(() => {
        queued = false;
        const now = [...changed.values()];
        changed = new Map();
        onChange(now);
      });
    }
  };
  win.addEventListener(channel, listener, true);
  win.dispatchEvent(new CustomEvent(CONNECT_EVENT, { detail: channel }));
  return () => win.removeEventListener(channel, listener, true);
}
