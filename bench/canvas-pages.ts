/**
 * Drawn pages for the canvas-text benchmark: known texts laid out in pages and drawn onto
 * canvases the way 百度文库's new reader draws them (test/fixtures/canvas/baidu-wenku-reader.html):
 * one canvas a page at device pixel ratio 1.5, the site's 16 px font, text drawn with fillText.
 * How a line goes to fillText varies between readers, so each page uses one of three ways:
 * a line at a time, a character at a time (each at its measured x), or runs of 2–6 characters.
 *
 * Pure: the layout here only splits text into pages of paragraphs (with an upper bound of each
 * paragraph's lines, so that no page overflows its canvas); the drawing (line wrapping by
 * measureText) happens in the page's own script, as a site's does.
 */

export type DrawMode = 'line' | 'char' | 'run';

export interface DrawnPage {
  /** The page's paragraphs, in reading order: what the reader sees on it. */
  paragraphs: string[];
  mode: DrawMode;
}

const MODES: readonly DrawMode[] = ['line', 'char', 'run'];

/** The reader's page in CSS px: its size, the text's margins, font size and line pitch. */
export const PAGE = { width: 816, height: 1056, left: 40, top: 48, font: 16, line: 28 } as const;
/** Lines a page holds: the text area's height over the line pitch, a line's room kept free at the bottom. */
const LINES_PER_PAGE = Math.floor((PAGE.height - PAGE.top - PAGE.line) / PAGE.line);
/** A paragraph's gap below it, in lines (the page script draws the same). */
const PARAGRAPH_GAP = 0.5;
/** Upper bounds of a character's advance at 16 px (CJK and full-width forms one em; others 0.65 em). */
const wide = (ch: string) => /[\u2E80-\uFFEF]/.test(ch);
const SENTENCE_END = /[。！？；!?;]/;

/** Lines `text` takes at most when wrapped at the page's width (an over-estimate: the page never overflows). */
export function linesOf(text: string): number {
  const room = PAGE.width - 2 * PAGE.left;
  let lines = 1;
  let x = 0;
  for (const ch of text) {
    const w = wide(ch) ? PAGE.font : PAGE.font * 0.65;
    if (x > 0 && x + w > room) {
      lines += 1;
      x = 0;
    }
    x += w;
  }
  return lines;
}

/**
 * Lays `paragraphs` out in pages that each fit one canvas, the draw mode cycling line → char →
 * run. A paragraph that does not fit the rest of a page is split after the last sentence end
 * that fits (mid-sentence only when a sentence is longer than a page) and goes on on the next
 * page, as a document's paragraph runs over a page break.
 */
export function paginate(paragraphs: readonly string[], linesPerPage = LINES_PER_PAGE): DrawnPage[] {
  const pages: DrawnPage[] = [];
  let current: string[] = [];
  let used = 0;
  const flush = () => {
    if (current.length === 0) return;
    pages.push({ paragraphs: current, mode: MODES[pages.length % MODES.length]! });
    current = [];
    used = 0;
  };
  for (const paragraph of paragraphs) {
    let rest = paragraph.trim();
    while (rest.length > 0) {
      const room = linesPerPage - used;
      if (linesOf(rest) <= room) {
        current.push(rest);
        used += linesOf(rest) + PARAGRAPH_GAP;
        break;
      }
      const cut = room < 1 ? 0 : longestFit(rest, Math.floor(room), used === 0);
      if (cut === 0) {
        if (current.length === 0) throw new Error(`paginate: no room for a line on an empty page (${linesPerPage} lines)`);
        flush();
        continue;
      }
      current.push(rest.slice(0, cut));
      rest = rest.slice(cut);
      flush();
    }
  }
  flush();
  return pages;
}

/**
 * Length of the longest prefix of `text` that fits in `lines` lines and ends a sentence, or 0;
 * with `midSentence`, the longest prefix that fits when no sentence end does.
 */
function longestFit(text: string, lines: number, midSentence: boolean): number {
  const room = PAGE.width - 2 * PAGE.left;
  let line = 1;
  let x = 0;
  let length = 0;
  let bySentence = 0;
  for (const ch of text) {
    const w = wide(ch) ? PAGE.font : PAGE.font * 0.65;
    if (x > 0 && x + w > room) {
      line += 1;
      x = 0;
    }
    if (line > lines) break;
    x += w;
    length += ch.length;
    if (SENTENCE_END.test(ch)) bySentence = length;
  }
  return bySentence > 0 ? bySentence : midSentence ? length : 0;
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
.doc-main { width: ${PAGE.width}px; margin: 16px auto; }
.reader-page { position: relative; margin: 0 0 12px; background: #fff; }
.reader-page canvas { display: block; width: ${PAGE.width}px; height: ${PAGE.height}px; }
</style></head><body>
<div class="header-wrapper"><a class="logo">百度文库</a><a class="vip-entry">开通VIP</a></div>
<div class="doc-main"><h1 class="doc-title">${title.replace(/</g, '&lt;')}</h1><div id="original-creader-root">
${pages.map((_, i) => `<div id="pageNo-${i + 1}" class="reader-page"><canvas data-page="${i + 1}"></canvas></div>`).join('\n')}
</div></div>
<script>
(() => {
  const pages = ${data};
  const DPR = 1.5, W = ${PAGE.width}, H = ${PAGE.height}, LEFT = ${PAGE.left}, TOP = ${PAGE.top}, FONT = ${PAGE.font}, LINE = ${PAGE.line};
  performance.mark('reader:start');
  window.__drawn = [];
  window.__drawSpans = [];
  window.__overflow = [];
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
    const started = performance.now();
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
    if (y - (LINE * 1.5) * DPR > canvas.height - 4 * DPR) window.__overflow.push(index + 1);
    const ended = performance.now();
    window.__drawn.push(ended);
    window.__drawSpans.push([started, ended]);
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
