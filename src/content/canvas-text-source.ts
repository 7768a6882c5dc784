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
 * the text it shows. `onChange` gets the canvases whose text changed, one canvas a call: the
 * first in the task in which the recorder hands its batch over (a task of the recorder's own,
 * right after the page's drawing: laying the layer there spares a wait in the task queue), each
 * other one in a task of its own (a page that draws many canvases at once is laid a canvas a
 * task). A batch that is not what the recorder sends is dropped with a warning. Returns a stop function.
 */
export function listenForCanvasText(win: Window, onChange: (changed: CanvasText[]) => void): () => void {
  const bytes = new Uint8Array(16);
  win.crypto.getRandomValues(bytes);
  const channel = `docclip-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  const shown = new WeakMap<HTMLCanvasElement, TextRecord[]>();
  const changed = new Map<HTMLCanvasElement, CanvasText>();
  let draining = false;
  let stopped = false;
  /** Hands the changed canvases on, a canvas a task; the first at once. */
  async function drain(): Promise<void> {
    draining = true;
    try {
      for (let first = true; changed.size > 0 && !stopped; first = false) {
        if (!first) await yieldToEventLoop();
        const next = changed.entries().next();
        if (next.done) break;
        changed.delete(next.value[0]);
        onChange([next.value[1]]);
      }
    } finally {
      draining = false;
    }
  }
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
    // The recorder sends all its canvases in one task: the first is laid once they are all in (a microtask).
    if (!draining) {
      draining = true;
      queueMicrotask(() => void drain());
    }
  };
  win.addEventListener(channel, listener, true);
  win.dispatchEvent(new CustomEvent(CONNECT_EVENT, { detail: channel }));
  return () => {
    stopped = true;
    win.removeEventListener(channel, listener, true);
  };
}
