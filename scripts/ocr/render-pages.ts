// Renders known text into page images the way drawn-document sites show them, for the OCR bench,
// the CLI test and the page-images e2e fixture. Chromium (playwright-core) draws the text on a
// canvas with a CJK font and encodes it; the truth is the text that was drawn, line by line.
//
//   tsx scripts/ocr/render-pages.ts OUT_DIR STYLE [TEXT_FILE]   (STYLE: canvas | jpeg | small)
//
// Writes OUT_DIR/page-N.{png,jpg} and OUT_DIR/page-N.txt (the drawn lines). Wrap in flock.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../../test/harness/find-chromium';

/** How a site shows its pages: pixel width, CSS font size × device pixel ratio, encoding. */
export interface PageStyle {
  /** Width of the image in pixels. */
  width: number;
  /** Device pixel ratio the page is drawn at (canvas readers draw at the screen's). */
  dpr: number;
  /** Font size in CSS pixels (drawn at fontSize × dpr). */
  fontSize: number;
  /** 'png' for a canvas read back as it is, 'jpeg' with a quality for image pages. */
  type: 'png' | 'jpeg';
  quality: number;
  /** Lines per page. */
  linesPerPage: number;
}

export const PAGE_STYLES: Record<string, PageStyle> = {
  // 百度文库/道客巴巴: a canvas at device pixel ratio 1.5, 16 px text.
  canvas: { width: 1200, dpr: 1.5, fontSize: 16, type: 'png', quality: 1, linesPerPage: 40 },
  // 原创力/金锄头: JPEG page images about 1240 px wide at quality 70.
  jpeg: { width: 1240, dpr: 1.5, fontSize: 16, type: 'jpeg', quality: 0.7, linesPerPage: 40 },
  // The narrow end: 800 px wide at quality 60.
  small: { width: 800, dpr: 1, fontSize: 16, type: 'jpeg', quality: 0.6, linesPerPage: 40 },
};

export interface RenderedPage {
  bytes: Buffer;
  lines: string[];
}

/** Draws `paragraphs` into pages of `style`; each page's lines are wrapped at the page's width. */
export async function renderPages(paragraphs: string[], style: PageStyle): Promise<RenderedPage[]> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const pages = await page.evaluate(
      ({ paragraphs, style }) => {
        const px = style.fontSize * style.dpr;
        const margin = Math.round(style.width * 0.08);
        const lineGap = Math.round(px * 1.75);
        const height = margin * 2 + lineGap * style.linesPerPage;
        const canvas = document.createElement('canvas');
        canvas.width = style.width;
        canvas.height = height;
        const ctx = canvas.getContext('2d')!;
        const font = `${px}px "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif`;
        ctx.font = font;
        const maxWidth = style.width - margin * 2;
        const lines: Array<{ text: string; indent: boolean }> = [];
        for (const para of paragraphs) {
          let line = '';
          let first = true;
          for (const ch of [...para]) {
            const indent = first ? px * 2 : 0;
            if (ctx.measureText(line + ch).width + indent > maxWidth) {
              lines.push({ text: line, indent: first });
              line = '';
              first = false;
            }
            line += ch;
          }
          if (line) lines.push({ text: line, indent: first });
        }
        const out: Array<{ url: string; lines: string[] }> = [];
        for (let i = 0; i < lines.length; i += style.linesPerPage) {
          const chunk = lines.slice(i, i + style.linesPerPage);
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, canvas.width, canvas.height);
          ctx.fillStyle = '#222';
          ctx.font = font;
          ctx.textBaseline = 'top';
          chunk.forEach((l, k) => ctx.fillText(l.text, margin + (l.indent ? px * 2 : 0), margin + k * lineGap));
          out.push({ url: canvas.toDataURL(style.type === 'png' ? 'image/png' : 'image/jpeg', style.quality), lines: chunk.map((l) => l.text) });
        }
        return out;
      },
      { paragraphs, style },
    );
    return pages.map((p) => ({ bytes: Buffer.from(p.url.slice(p.url.indexOf(',') + 1), 'base64'), lines: p.lines }));
  } finally {
    await browser.close();
  }
}

/** The paragraphs of a text file: its non-empty lines, trimmed. */
export function paragraphsOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

async function cli(): Promise<void> {
  const [outDir, styleName = 'jpeg', textFile] = process.argv.slice(2);
  const style = PAGE_STYLES[styleName];
  if (!outDir || !style || !textFile) {
    console.error(`usage: tsx scripts/ocr/render-pages.ts OUT_DIR ${Object.keys(PAGE_STYLES).join('|')} TEXT_FILE`);
    process.exitCode = 2;
    return;
  }
  await mkdir(outDir, { recursive: true });
  const pages = await renderPages(paragraphsOf(await readFile(textFile, 'utf8')), style);
  for (const [i, p] of pages.entries()) {
    const name = `page-${i + 1}`;
    await writeFile(join(outDir, `${name}.${style.type === 'png' ? 'png' : 'jpg'}`), p.bytes);
    await writeFile(join(outDir, `${name}.txt`), p.lines.join('\n') + '\n');
  }
  console.log(`${pages.length} pages in ${outDir}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await cli();
