/**
 * A probe the page itself runs: an inline script, first in <head>, that notes when it ran and
 * asks for animation frames; at the first frame (before it is painted) whose viewport shows any
 * text — the reader's first sight of the page; earlier frames, before the parser reached <body>,
 * draw nothing — it notes the time and the text then visible in the viewport: text nodes with a
 * box on screen whose element is rendered (`checkVisibility`: not under display:none,
 * visibility:hidden or opacity 0). The page's own script: no extension code runs in it.
 */
export interface FirstFrame {
  /** performance.now() when the probe's script ran (the parser was at the top of <head>). */
  scriptAt: number;
  /** performance.now() at the first animation frame with text in the viewport, before the text was read. */
  frameAt: number;
  /** Animation frames before it, with no text in the viewport. */
  emptyFrames: number;
  /** The text visible in the viewport at that frame, node after node. */
  viewportText: string;
}

function probe(): void {
  const w = window as unknown as { __firstFrame?: Partial<FirstFrame> };
  const record: Partial<FirstFrame> = { scriptAt: performance.now() };
  w.__firstFrame = record;
  let emptyFrames = 0;
  const atFrame = () => {
    const frameAt = performance.now();
    const parts: string[] = [];
    const body = document.body;
    const walker = body ? document.createTreeWalker(body, NodeFilter.SHOW_TEXT) : null;
    const range = document.createRange();
    for (let node = walker?.nextNode(); node; node = walker!.nextNode()) {
      const text = node as Text;
      const parent = text.parentElement;
      if (!/\S/.test(text.data) || !parent) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      range.selectNodeContents(text);
      const onScreen = Array.from(range.getClientRects()).some(
        (r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
      );
      if (onScreen) parts.push(text.data);
    }
    if (parts.length === 0 && emptyFrames < 1000) {
      emptyFrames++;
      requestAnimationFrame(atFrame);
      return;
    }
    Object.assign(record, { frameAt, emptyFrames, viewportText: parts.join('\n') });
  };
  requestAnimationFrame(atFrame);
}

/** The probe as an inline <script> element. */
export const FIRST_FRAME_PROBE = `<script>(${probe.toString()})();</script>`;

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
