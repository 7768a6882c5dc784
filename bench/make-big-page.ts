import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededRandom } from '../test/harness/seeded-random';
import { STRUCTURES, type DocumentBlock, type MarkerForm, type PageStructure } from './page-structures';

/**
 * Generates a large document page in the structure of a 三七文档 (m.777doc.com) page — the
 * tip banner, the "免费阅读已结束" fold, the 资源描述 label, the document area, the pager, the
 * download button and the ICP/QQ/© footer of demo/777doc/index.html — around a document of
 * `blocks` page blocks built from the text of the real seed page
 * (test/fixtures/seed/777doc-seed-page.txt).
 *
 * Every block carries its page marker `k/N`, as the site splices them; in the default structure
 * ('blocks', the 三七文档 markup):
 * - odd k: as an element of its own (`<div class="page-no">k/N</div>`) before the block;
 * - even k: inside a word of the block's first paragraph (`经k/N济`), between two ideographs.
 * So the markers form one increasing sequence 1..blocks over N = `pageCount`. The other
 * structures (bench/page-structures.ts) write the same document — the same paragraphs and
 * markers — in other markups.
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
  /** The markup the document is written in (bench/page-structures.ts); default 'blocks', the 三七文档 markup. */
  structure?: PageStructure;
}

export interface BigPage {
  html: string;
  title: string;
  structure: PageStructure;
  /** Blocks rendered in `html`. */
  blocks: number;
  pageCount: number;
  /** Characters of document text in the blocks (markers included). */
  documentChars: number;
  /** The document's text without its markers: its paragraphs, a line each (the same for every structure). */
  text: string;
  /** How many markers stand in each form (see MarkerForm). */
  markerForms: Record<MarkerForm, number>;
  /** Markers rendered as elements of their own (`.page-no`) and spliced inside words (markerForms.element, .word). */
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

/** Block k of the document: its paragraphs and where a marker inside a word goes (throws if nowhere). */
function documentBlock(k: number, pageCount: number, blockChars: number, seed: number): DocumentBlock {
  const paragraphs = blockParagraphs(k, blockChars, seed);
  const spliceAt = spliceOffset(paragraphs[0]!);
  if (spliceAt < 0) throw new Error(`block ${k}: no place to splice its marker`);
  return { k, marker: `${k}/${pageCount}`, paragraphs, spliceAt };
}

export function makeBigPage(options: BigPageOptions = {}): BigPage {
  const chars = options.chars ?? 1_000_000;
  const blockChars = options.blockChars ?? 2_000;
  const seed = options.seed ?? 1;
  const structure = options.structure ?? 'blocks';
  const renderer = STRUCTURES[structure];
  const blocks = Math.max(1, Math.round(chars / blockChars));
  const pageCount = options.pageCount ?? blocks;
  if (pageCount < blocks) throw new Error(`pageCount ${pageCount} < blocks ${blocks}`);
  const doc = Array.from({ length: blocks }, (_, i) => documentBlock(i + 1, pageCount, blockChars, seed));
  const promo = `${BIG_PAGE_TITLE}【范文参考】此篇精选办公资料“${BIG_PAGE_TITLE}”由三一刀客网友为您整理分享,供您写作参考之用,希望对您有所帮助,喜欢就下载使用吧!`;
  // The frame (banners, folds, pager, footer, toast) is the bundled sample 三七文档 page's, so
  // the benchmark and the demo share one picture of the site; only the document is generated.
  const html = fillFrame(readFileSync(FRAME_FILE, 'utf8'), {
    title: BIG_PAGE_TITLE,
    content: `\n<p>${promo}</p>\n${renderer.render(doc)}  `,
    pageCount,
    style: BLOCK_STYLE + renderer.style,
  });
  const markerForms: Record<MarkerForm, number> = { element: 0, word: 0, 'element-in-word': 0, line: 0 };
  for (const b of doc) markerForms[renderer.markerForm(b.k)]++;
  return {
    html,
    title: BIG_PAGE_TITLE,
    structure,
    blocks,
    pageCount,
    documentChars: doc.reduce((n, b) => n + b.paragraphs.reduce((m, p) => m + p.length, 0) + b.marker.length, 0),
    text: doc.map((b) => b.paragraphs.join('\n')).join('\n'),
    markerForms,
    markersAsElements: markerForms.element,
    markersInWords: markerForms.word,
    blocksHtml: (from, count) => renderer.render(Array.from({ length: count }, (_, i) => documentBlock(from + i, pageCount, blockChars, seed))),
  };
}

const FRAME_FILE = resolve(import.meta.dirname, '../demo/777doc/index.html');
const BLOCK_STYLE = '  .content p { text-indent: 2em; margin: 0 0 8px; }\n  .page-no { text-align: right; color: #bbb; font-size: 12px; }\n';

/** The sample page with its title, document and pager replaced; throws if the frame changed shape. */
function fillFrame(frame: string, fill: { title: string; content: string; pageCount: number; style: string }): string {
  const steps: Array<[RegExp, string]> = [
    [/<title>[^<]*<\/title>/, `<title>${fill.title} - 三七文档</title>`],
    [/<h1 class="doc-title">[^<]*<\/h1>/, `<h1 class="doc-title">${fill.title}</h1>`],
    [/<div class="content" id="contents">[^<]*<\/div>/, `<div class="content" id="contents">${fill.content}</div>`],
    [/<div class="pager">\d+ \/ \d+<\/div>/, `<div class="pager">1 / ${fill.pageCount}</div>`],
    [/<\/style>/, `${fill.style}</style>`],
  ];
  return steps.reduce((html, [pattern, replacement]) => {
    if (!pattern.test(html)) throw new Error(`bench page frame: ${pattern} not found in ${FRAME_FILE}`);
    return html.replace(pattern, () => replacement); // a function: no $-patterns in generated text
  }, frame);
}
