import type { CanvasText } from './canvas-text-source';
import type { ContentParts } from './content-parts';
import { yieldToEventLoop } from './yield-to-event-loop';

/** What CanvasLayers needs of the layers the part makes (canvas-text-layer.ts, CanvasTextLayers). */
export interface TextLayers {
  update(changed: CanvasText[]): void;
  clear(): void;
}

/** Loads the part of the text layers over canvases (content-parts.ts `loadPart`). */
export type LoadCanvasLayers = () => Promise<ContentParts['canvas-text-layer']>;

/**
 * The text layers over canvases, their code a part of the content script loaded on first use
 * (parts/canvas-text-layer.ts): most pages draw no text on a canvas. The part starts loading at
 * `preload` (index.ts calls it at document_start on a site whose pages are canvases, boot.ts at
 * the first drawing recorded). Until it has run, `update`s are kept (the latest text of each
 * canvas) and laid once it has, a canvas a task, as canvas-text-source.ts hands them over; after
 * that, an update is laid at once, in the task the recorder handed it over in. A part that
 * failed to load is asked for again at the next update.
 */
export class CanvasLayers {
  private layers: TextLayers | null = null;
  private loading: Promise<TextLayers | null> | null = null;
  private readonly waiting = new Map<HTMLCanvasElement, CanvasText>();
  private draining = false;

  constructor(
    private readonly doc: Document,
    private readonly load: LoadCanvasLayers,
  ) {}

  /** Starts loading the part (once); resolves with the layers, or null when it could not load. */
  preload(): Promise<TextLayers | null> {
    this.loading ??= this.load().then(
      ({ CanvasTextLayers }) => {
        this.layers = new CanvasTextLayers(this.doc);
        void this.drain();
        return this.layers;
      },
      (error: unknown) => {
        this.loading = null;
        console.warn('DocClip: the text layers over canvases could not load', error);
        return null;
      },
    );
    return this.loading;
  }

  /** Lays the layers of the canvases whose text changed: now when the part is in, else once it is. */
  update(changed: CanvasText[]): void {
    if (this.layers && !this.draining && this.waiting.size === 0) {
      this.layers.update(changed);
      return;
    }
    for (const text of changed) this.waiting.set(text.canvas, text);
    if (this.layers) void this.drain();
    else void this.preload();
  }

  /** Removes every layer, and forgets the text kept for layers not laid yet. */
  clear(): void {
    this.waiting.clear();
    this.layers?.clear();
  }

  /** Lays the kept texts, a canvas a task (the first at once). */
  private async drain(): Promise<void> {
    if (this.draining || !this.layers) return;
    this.draining = true;
    try {
      for (let first = true; this.waiting.size > 0; first = false) {
        if (!first) await yieldToEventLoop();
        const next = this.waiting.values().next();
        if (next.done) break;
        this.waiting.delete(next.value.canvas);
        this.layers.update([next.value]);
      }
    } finally {
      this.draining = false;
    }
  }
}
