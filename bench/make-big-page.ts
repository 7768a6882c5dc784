import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededRandom } from '../test/harness/seeded-random';

/**
 * Generates a large document page in the structure of a 三七文档 (m.777doc.com) page — the
 * tip banner, the "免费阅读已结束" fold, the 资源描述 label, the document area, the pager, the
 * download button and the ICP/QQ/© footer of demo/777doc/index.html — around a document of
 * `blocks` page blocks built from the text of the real seed page
 * (test/fixtures/seed/777doc-seed-page.txt).
 *
 * Every block carries its page marker `k/N`, as the site splices them:
 * - odd k: as an element of its own (`<div class="page-no">k/N</div>`) before the block;
 * - even k: inside a word of the block's first paragraph (`经k/N济`), between two ideographs.
 * So the markers form one increasing sequence 1..blocks over N = `pageCount`.
 *
 * Deterministic: the same options give the same page (a seeded shuffle of the seed's sentences).
 */

export interface BigPageOptions {
  /** Document characters wanted (text of the blocks, markers included); default 1,000,000. */
  chars?: number;
  /** Characters per block (approximate); default 2,000. */
  blockChars?: number;
  /** N in `k/N`; default: the number of blocks (a page that later appends blocks passes more). */
  pageCount?: number;
  /** Random seed; default 1. */
  seed?: number;
}

export interface BigPage {
  html: string;
  title: string;
  /** Blocks rendered in `html`. */
  blocks: number;
  pageCount: number;
  /** Characters of document text in the blocks (markers included). */
  documentChars: number;
  /** Markers rendered as elements (`.page-no`) and spliced inside words. */
  markersAsElements: number;
  markersInWords: number;
  /** HTML of blocks `from`..`from+count-1` (1-based), for a page that appends blocks while the reader scrolls. */
  blocksHtml(from: number, count: number): string;
}

export const BIG_PAGE_TITLE = '组织部生态保护研讨发言';

const SEED_FILE = resolve(import.meta.dirname, '../test/fixtures/seed/777doc-seed-page.txt');
/** Characters next to which a fraction reads as a figure (see core/clean/marker-candidates.ts): never splice there. */
const FIGURE_NEIGHBOURS = /[约占为近超达逾余仅共是的以左多强弱之]/;
const IDEOGRAPH = /[\u4e00-\u9fff]/;

let cachedSentences: string[] | null = null;

/** The seed document's sentences, without its own page markers and the site's promotion sentence. */
export function seedSentences(): string[] {
  if (cachedSentences) return cachedSentences;
  const lines = readFileSync(SEED_FILE, 'utf8').split('\n');
  const body = lines.reduce((a, b) => (b.length > a.length ? b : a), '');
  const text = body
    .replace(/\d{1,2}\/20/g, '')
    .replace(/^组织部生态保护研讨发言【范文参考】.*?喜欢就下载使用吧!/, '');
  cachedSentences = text.split(/(?<=[。;!?])/).map((s) => s.trim()).filter((s) => s.length >= 8);
  return cachedSentences;
}


function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Paragraph texts of block `k` (deterministic in seed and k), about `blockChars` long in all. */
function blockParagraphs(k: number, blockChars: number, seed: number): string[] {
  const sentences = seedSentences();
  const next = seededRandom(seed * 100_003 + k);
  const paragraphs: string[] = [];
  let total = 0;
  let paragraph = '';
  while (total < blockChars) {
    const s = sentences[Math.floor(next() * sentences.length)]!;
    paragraph += s;
    total += s.length;
    if (paragraph.length > 250 + next() * 400) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
  }
  if (paragraph) paragraphs.push(paragraph);
  return paragraphs;
}

/** Where to splice a marker into `text`: between two ideographs, away from figure words; -1 if nowhere. */
export function spliceOffset(text: string, from = 6): number {
  for (let i = from; i < text.length - 2; i++) {
    const before = text[i - 1]!;
    const after = text[i]!;
    if (IDEOGRAPH.test(before) && IDEOGRAPH.test(after) && !FIGURE_NEIGHBOURS.test(before) && !FIGURE_NEIGHBOURS.test(after) && !FIGURE_NEIGHBOURS.test(text[i + 1]!)) {
      return i;
    }
  }
  return -1;
}

interface RenderedBlock {
  html: string;
  chars: number;
  element: boolean;
}

function renderBlock(k: number, pageCount: number, blockChars: number, seed: number): RenderedBlock {
  const paragraphs = blockParagraphs(k, blockChars, seed);
  const marker = `${k}/${pageCount}`;
  let html = '';
  const element = k % 2 === 1;
  if (element) {
    html += `<div class="page-no">${marker}</div>\n`;
  } else {
    const first = paragraphs[0]!;
    const at = spliceOffset(first);
    if (at < 0) throw new Error(`block ${k}: no place to splice its marker`);
    paragraphs[0] = first.slice(0, at) + marker + first.slice(at);
  }
  html += `<div class="page-block" data-page="${k}">\n`;
  for (const p of paragraphs) html += `<p>${escapeHtml(p)}</p>\n`;
  html += '</div>\n';
  const chars = paragraphs.reduce((n, p) => n + p.length, 0) + (element ? marker.length : 0);
  return { html, chars, element };
}

export function makeBigPage(options: BigPageOptions = {}): BigPage {
  const chars = options.chars ?? 1_000_000;
  const blockChars = options.blockChars ?? 2_000;
  const seed = options.seed ?? 1;
  const blocks = Math.max(1, Math.round(chars / blockChars));
  const pageCount = options.pageCount ?? blocks;
  if (pageCount < blocks) throw new Error(`pageCount ${pageCount} < blocks ${blocks}`);
  const rendered = Array.from({ length: blocks }, (_, i) => renderBlock(i + 1, pageCount, blockChars, seed));
  const promo = `${BIG_PAGE_TITLE}【范文参考】此篇精选办公资料“${BIG_PAGE_TITLE}”由三一刀客网友为您整理分享,供您写作参考之用,希望对您有所帮助,喜欢就下载使用吧!`;
  // The frame (banners, folds, pager, footer, toast) is the bundled sample 三七文档 page's, so
  // the benchmark and the demo share one picture of the site; only the document is generated.
  const html = fillFrame(readFileSync(FRAME_FILE, 'utf8'), {
    title: BIG_PAGE_TITLE,
    content: `\n<p>${promo}</p>\n${rendered.map((b) => b.html).join('')}  `,
    pageCount,
  });
  return {
    html,
    title: BIG_PAGE_TITLE,
    blocks,
    pageCount,
    documentChars: rendered.reduce((n, b) => n + b.chars, 0),
    markersAsElements: rendered.filter((b) => b.element).length,
    markersInWords: rendered.filter((b) => !b.element).length,
    blocksHtml: (from, count) =>
      Array.from({ length: count }, (_, i) => renderBlock(from + i, pageCount, blockChars, seed).html).join(''),
  };
}

const FRAME_FILE = resolve(import.meta.dirname, '../demo/777doc/index.html');
const BLOCK_STYLE = '  .content p { text-indent: 2em; margin: 0 0 8px; }\n  .page-no { text-align: right; color: #bbb; font-size: 12px; }\n';

/** The sample page with its title, document and pager replaced; throws if the frame changed shape. */
function fillFrame(frame: string, fill: { title: string; content: string; pageCount: number }): string {
  const steps: Array<[RegExp, string]> = [
    [/<title>[^<]*<\/title>/, `<title>${fill.title} - 三七文档</title>`],
    [/<h1 class="doc-title">[^<]*<\/h1>/, `<h1 class="doc-title">${fill.title}</h1>`],
    [/<div class="content" id="contents">[^<]*<\/div>/, `<div class="content" id="contents">${fill.content}</div>`],
    [/<div class="pager">\d+ \/ \d+<\/div>/, `<div class="pager">1 / ${fill.pageCount}</div>`],
    [/<\/style>/, `${BLOCK_STYLE}</style>`],
  ];
  return steps.reduce((html, [pattern, replacement]) => {
    if (!pattern.test(html)) throw new Error(`bench page frame: ${pattern} not found in ${FRAME_FILE}`);
    return html.replace(pattern, () => replacement); // a function: no $-patterns in generated text
  }, frame);
}
