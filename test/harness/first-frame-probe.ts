/**
 * A probe the page itself runs: an inline script, first in <head>, that notes when it ran and
 * asks for animation frames. At the first frame (before it is painted) whose viewport shows any
 * text — the reader's first sight of the page; earlier frames, before the parser reached <body>,
 * draw nothing — it notes the time and the text then visible in the viewport: text with a box on
 * screen whose element is rendered (`checkVisibility`: not under display:none, visibility:hidden
 * or opacity 0); a long text node is read in slices, so only its part on screen counts. It goes
 * on reading the viewport at the next frames (FOLLOW_FRAMES of them), for a measurement of when
 * it became clean. The page's own script: no extension code runs in it.
 */
export interface FirstFrame {
  /** performance.now() when the probe's script ran (the parser was at the top of <head>). */
  scriptAt: number;
  /** performance.now() at the first animation frame with text in the viewport, before the text was read. */
  frameAt: number;
  /** Animation frames before it, with no text in the viewport. */
  emptyFrames: number;
  /** The text visible in the viewport at that frame. */
  viewportText: string;
  /** That frame and the ones after it: when each began, and its viewport's text. */
  frames: Array<{ at: number; text: string }>;
}

/** Frames read after the first one with text. */
const FOLLOW_FRAMES = 90;

function probe(follow: number): void {
  const w = window as unknown as { __firstFrame?: Partial<FirstFrame> };
  const record: Partial<FirstFrame> = { scriptAt: performance.now(), frames: [] };
  w.__firstFrame = record;
  const SLICE = 200;
  /** Text nodes in a row wholly below the viewport after which the rest of the page is taken to be below too. */
  const BELOW_LIMIT = 400;
  const range = document.createRange();
  const boxes = (node: Text, from: number, to: number) => {
    range.setStart(node, from);
    range.setEnd(node, to);
    return Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  };
  const onScreen = (r: DOMRect) => r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  const readViewport = (): string => {
    const parts: string[] = [];
    const body = document.body;
    if (!body) return '';
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let below = 0;
    for (let node = walker.nextNode(); node && below < BELOW_LIMIT; node = walker.nextNode()) {
      const text = node as Text;
      const parent = text.parentElement;
      if (!/\S/.test(text.data) || !parent) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      let seen = false;
      let allBelow = true;
      for (let at = 0; at < text.length; at += SLICE) {
        const end = Math.min(text.length, at + SLICE);
        const rects = boxes(text, at, end);
        if (rects.some(onScreen)) {
          parts.push(text.data.slice(at, end));
          seen = true;
        }
        if (rects.some((r) => r.top < innerHeight)) allBelow = false;
        else if (rects.length > 0) break; // the rest of this node is further down
      }
      below = seen || !allBelow ? 0 : below + 1;
    }
    return parts.join('\n');
  };
  let emptyFrames = 0;
  const atFrame = () => {
    const at = performance.now();
    const text = readViewport();
    if (record.frameAt === undefined) {
      if (!/\S/.test(text) && emptyFrames < 1000) {
        emptyFrames++;
        requestAnimationFrame(atFrame);
        return;
      }
      Object.assign(record, { frameAt: at, emptyFrames, viewportText: text });
    }
    record.frames!.push({ at, text });
    if (record.frames!.length <= follow) requestAnimationFrame(atFrame);
  };
  requestAnimationFrame(atFrame);
}

/**
 * The probe as an inline <script> element. `__name`: esbuild (tsx) may wrap the functions of a
 * source it transforms in a `__name(fn, "name")` helper, which the page does not have.
 */
export const FIRST_FRAME_PROBE = `<script>(() => { const __name = (f) => f; (${probe.toString()})(${FOLLOW_FRAMES}); })();</script>`;

/** `html` with the probe first in its <head>. */
export function withFirstFrameProbe(html: string): string {
  if (!/<head[^>]*>/i.test(html)) throw new Error('withFirstFrameProbe: the page has no <head>');
  return html.replace(/<head[^>]*>/i, (head) => head + FIRST_FRAME_PROBE);
}

/** Characters of `clutter` strings (white space ignored) in `text`, every occurrence counted. */
export function clutterChars(text: string, clutter: string[]): number {
  const seen = text.replace(/\s+/g, '');
  let n = 0;
  for (const c of new Set(clutter.map((s) => s.replace(/\s+/g, '')).filter((s) => s.length > 0))) {
    for (let at = seen.indexOf(c); at >= 0; at = seen.indexOf(c, at + c.length)) n += c.length;
  }
  return n;
}
