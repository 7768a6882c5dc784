/**
 * Drawn pages for the canvas-text benchmark: known texts laid out in pages and drawn onto
 * canvases the way 百度文库's new reader draws them (test/fixtures/canvas/baidu-wenku-reader.html):
 * one canvas a page at device pixel ratio 1.5, the site's 16 px font, text drawn with fillText.
 * How a line goes to fillText varies between readers, so each page uses one of three ways:
 * a line at a time, a character at a time (each at its measured x), or runs of 2–6 characters.
 *
 * Pure: the layout here only splits text into pages of paragraphs; the drawing (line wrapping by
 * measureText) happens in the page's own script, as a site's does.
 */

export type DrawMode = 'line' | 'char' | 'run';

export interface DrawnPage {
  /** The page's paragraphs, in reading order: what the reader sees on it. */
  paragraphs: string[];
  mode: DrawMode;
}

const MODES: readonly DrawMode[] = ['line', 'char', 'run'];

/**
 * Splits `paragraphs` into pages of about `pageChars` characters (a paragraph is never split),
 * the draw mode cycling line → char → run.
 */
export function paginate(paragraphs: readonly string[], pageChars = 900): DrawnPage[] {
  const pages: DrawnPage[] = [];
  let current: string[] = [];
  let size = 0;
  const flush = () => {
    if (current.length === 0) return;
    pages.push({ paragraphs: current, mode: MODES[pages.length % MODES.length]! });
    current = [];
    size = 0;
  };
  for (const p of paragraphs) {
    if (size > 0 && size + p.length > pageChars) flush();
    current.push(p);
    size += p.length;
  }
  flush();
  return pages;
}

/**
 * The reader page: the site's chrome, a canvas per page, and the script that draws one page a
 * frame (`gapMs` apart, as a reader draws pages as they load). When the last page is drawn,
 * `window.__drawn` holds each page's draw time (performance.now()).
 */
export function readerHtml(title: string, pages: readonly DrawnPage[], gapMs = 120): string {
  const data = JSON.stringify(pages).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title.replace(/</g, '&lt;')} - 百度文库</title>
<style>
body { margin: 0; font-family: sans-serif; background: #f2f3f5; }
.doc-main { width: 816px; margin: 16px auto; }
.reader-page { position: relative; margin: 0 0 12px; background: #fff; }
.reader-page canvas { display: block; width: 816px; height: 1056px; }
</style></head><body>
<div class="header-wrapper"><a class="logo">百度文库</a><a class="vip-entry">开通VIP</a></div>
<div class="doc-main"><h1 class="doc-title">${title.replace(/</g, '&lt;')}</h1><div id="original-creader-root">
${pages.map((_, i) => `<div id="pageNo-${i + 1}" class="reader-page"><canvas data-page="${i + 1}"></canvas></div>`).join('\n')}
</div></div>
<script>
(() => {
  const pages = ${data};
  const DPR = 1.5, W = 816, H = 1056, LEFT = 40, TOP = 48, FONT = 16, LINE = 28;
  window.__drawn = [];
  const runLength = (i) => 2 + ((i * 7) % 5);
  function wrap(ctx, text, width) {
    const lines = [];
    let line = '';
    for (const ch of text) {
      if (line && ctx.measureText(line + ch).width > width) { lines.push(line); line = ''; }
      line += ch;
    }
    if (line) lines.push(line);
    return lines;
  }
  function draw(index) {
    const page = pages[index];
    const canvas = document.querySelector('#pageNo-' + (index + 1) + ' canvas');
    canvas.width = W * DPR;
    canvas.height = H * DPR;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#222';
    ctx.font = (FONT * DPR) + 'px sans-serif';
    ctx.textBaseline = 'alphabetic';
    let y = TOP * DPR;
    for (const paragraph of page.paragraphs) {
      for (const line of wrap(ctx, paragraph, (W - 2 * LEFT) * DPR)) {
        const x0 = LEFT * DPR;
        if (page.mode === 'line') ctx.fillText(line, x0, y);
        else {
          const chars = [...line];
          let i = 0;
          while (i < chars.length) {
            const n = page.mode === 'char' ? 1 : runLength(i);
            const piece = chars.slice(i, i + n).join('');
            ctx.fillText(piece, x0 + ctx.measureText(chars.slice(0, i).join('')).width, y);
            i += n;
          }
        }
        y += LINE * DPR;
      }
      y += (LINE / 2) * DPR;
    }
    window.__drawn.push(performance.now());
  }
  let next = 0;
  function step() {
    draw(next++);
    if (next < pages.length) setTimeout(() => requestAnimationFrame(step), ${gapMs});
  }
  requestAnimationFrame(step);
})();
</script></body></html>`;
}
