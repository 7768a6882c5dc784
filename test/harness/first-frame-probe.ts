/**
 * A probe of what the reader sees in the first frames of a page load: registered before the
 * page's own scripts (Playwright `addInitScript`, i.e. at the document's creation, the time of a
 * `document_start` content script), it looks, in a `requestAnimationFrame` callback of each frame
 * — run just before that frame is laid out and painted — at the text in the viewport and counts
 * the characters of recognised clutter there (the strings the caller names, compared without
 * white space), the document text that should be there, and the figure highlights in view.
 *
 * Frames are recorded until `frames` have been seen or `untilMs` after navigation start; the
 * first frame with text in the viewport is the page's first contentful frame.
 */

export interface FrameSample {
  /** performance.now() in the rAF callback. */
  at: number;
  /** Non-space characters of text in the viewport. */
  viewportChars: number;
  /** Clutter strings (squeezed) visible in the viewport. */
  clutter: string[];
  /** Characters of those strings. */
  clutterChars: number;
  /** Content strings (squeezed) of `expect` visible in the viewport. */
  content: string[];
  /** Ranges of the `docclip-figure` highlight that lie in the viewport. */
  figuresInView: number;
  /** What the probe itself cost in this frame (ms). */
  probeMs: number;
}

export interface ProbeOptions {
  clutter: string[];
  content: string[];
  frames: number;
  untilMs: number;
}

/**
 * The probe's source, to run with `addInitScript({ content })`; its samples are read with
 * `readFrames`. Self-contained (it is sent to the page as text).
 */
export function firstFrameProbe(options: ProbeOptions): string {
  // `__name`: tsx (the bench) wraps inner functions in a helper of that name, which the page lacks.
  return `(() => { const __name = (f) => f; (${probeInPage.toString()})(${JSON.stringify(options)}); })();`;
}

/** An expression that reads, in the page, the samples the probe recorded so far (`page.evaluate(READ_FRAMES)`). */
export const READ_FRAMES = 'window.__docclipFrames ?? []';

function probeInPage(options: ProbeOptions): void {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const clutter = options.clutter.map(squeeze).filter((s) => s.length > 0);
  const content = options.content.map(squeeze).filter((s) => s.length > 0);
  const frames: FrameSample[] = [];
  (window as unknown as { __docclipFrames: FrameSample[] }).__docclipFrames = frames;
  const tick = () => {
    const t0 = performance.now();
    const height = innerHeight;
    const width = innerWidth;
    let text = '';
    const body = document.body;
    if (body) {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let below = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const parent = n.parentElement;
        if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE)$/.test(parent.tagName)) continue;
        if (!/\S/.test(n.data)) continue;
        range.selectNodeContents(n);
        const box = range.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue; // not rendered (display: none, or an empty box)
        if (box.top >= height) {
          // Text in document order past the viewport's bottom: after a run of such nodes, stop.
          if (++below > 400) break;
          continue;
        }
        below = 0;
        if (box.bottom <= 0 || box.right <= 0 || box.left >= width) continue;
        if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions)) continue;
        text += n.data;
      }
    }
    const seen = squeeze(text);
    const found = clutter.filter((c) => seen.includes(c));
    let figuresInView = 0;
    const highlights = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    highlights?.get('docclip-figure')?.forEach((r) => {
      const box = r.getBoundingClientRect();
      if (box.bottom > 0 && box.top < height && (box.width > 0 || box.height > 0)) figuresInView++;
    });
    frames.push({
      at: t0,
      viewportChars: seen.length,
      clutter: found,
      clutterChars: found.reduce((k, c) => k + c.length, 0),
      content: content.filter((c) => seen.includes(c)),
      figuresInView,
      probeMs: performance.now() - t0,
    });
    if (frames.length < options.frames && performance.now() < options.untilMs) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
