import { BIG_PAGE_TITLE, blockParagraphs, escapeHtml, framePage, spliceOffset } from '../make-big-page';

/**
 * The family of big pages of `npm run bench:structures`: the same document (the seed page's
 * sentences, ≈ 1M characters in page blocks, page markers `k/N` — odd k as an element or a line
 * of its own, even k spliced inside a word) in the 三七文档 frame of make-big-page.ts, written in
 * one of several structures real pages use.
 */
export const STRUCTURES = {
  'text-per-block': 'one text node per block (line breaks in the text, white-space: pre-wrap)',
  'line-pieces': "each line in small absolutely positioned <p> pieces (百度文库's old reader)",
  'markers-elements-and-words': 'a <p> per paragraph; markers as elements and inside words (the bench page)',
  'one-text-node': 'the whole document in one enormous text node',
  'deep-nesting': 'every paragraph 24 elements deep',
  tables: 'every block a table, a row per paragraph',
  'wrapped-once': 'all blocks wrapped in one element inside the document area',
} as const;

export type Structure = keyof typeof STRUCTURES;

export interface StructurePage {
  structure: Structure;
  html: string;
  /** Characters of document text (markers included). */
  documentChars: number;
  /** Elements in the document area (a measure of the structure's weight). */
  elements: number;
  blocks: number;
}

interface Block {
  k: number;
  marker: string;
  /** Odd k: the marker stands alone (an element, or a line); even k: it is spliced in the first paragraph. */
  alone: boolean;
  paragraphs: string[];
}

const SEED = 1;
const BLOCK_CHARS = 2_000;
const LINE_CHARS = 40;
const PIECE_CHARS = 8;
const DEPTH = 24;

function documentBlocks(chars: number): Block[] {
  const count = Math.max(1, Math.round(chars / BLOCK_CHARS));
  return Array.from({ length: count }, (_, i) => {
    const k = i + 1;
    const marker = `${k}/${count}`;
    const paragraphs = blockParagraphs(k, BLOCK_CHARS, SEED);
    const alone = k % 2 === 1;
    if (!alone) {
      const at = spliceOffset(paragraphs[0]!);
      if (at < 0) throw new Error(`block ${k}: no place to splice its marker`);
      paragraphs[0] = paragraphs[0]!.slice(0, at) + marker + paragraphs[0]!.slice(at);
    }
    return { k, marker, alone, paragraphs };
  });
}

/** `text` in pieces of about `size` characters. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const markerElement = (b: Block) => (b.alone ? `<div class="page-no">${b.marker}</div>\n` : '');

function renderBlocks(structure: Structure, blocks: Block[]): { content: string; elements: number } {
  let elements = 0;
  const count = (html: string) => {
    elements += (html.match(/<[a-z]/g) ?? []).length;
    return html;
  };
  switch (structure) {
    case 'text-per-block':
      return {
        content: blocks.map((b) => count(`${markerElement(b)}<div class="page-block" style="white-space: pre-wrap">${escapeHtml(b.paragraphs.join('\n'))}</div>\n`)).join(''),
        elements,
      };
    case 'line-pieces':
      return {
        content: blocks
          .map((b) => {
            const lines = b.paragraphs.flatMap((p) => pieces(p, LINE_CHARS));
            if (b.alone) lines.unshift(b.marker);
            const html = lines
              .map((line, row) =>
                pieces(line, PIECE_CHARS)
                  .map((piece, col) => `<p class="reader-word-layer" style="top:${row * 28}px;left:${col * PIECE_CHARS * 16}px">${escapeHtml(piece)}</p>`)
                  .join(''),
              )
              .join('\n');
            return count(`<div class="page-block" style="position: relative; height: ${lines.length * 28}px">${html}</div>\n`);
          })
          .join(''),
        elements,
      };
    case 'markers-elements-and-words':
    case 'wrapped-once': {
      const inner = blocks.map((b) => count(`${markerElement(b)}<div class="page-block">${b.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</div>\n`)).join('');
      return { content: structure === 'wrapped-once' ? `<div class="all-blocks">${inner}</div>` : inner, elements: structure === 'wrapped-once' ? elements + 1 : elements };
    }
    case 'one-text-node': {
      const text = blocks.map((b) => (b.alone ? `${b.marker}\n` : '') + b.paragraphs.join('\n')).join('\n');
      return { content: `<div style="white-space: pre-wrap">${escapeHtml(text)}</div>`, elements: 1 };
    }
    case 'deep-nesting': {
      const open = '<div class="n">'.repeat(DEPTH - 1) + '<span>';
      const close = '</span>' + '</div>'.repeat(DEPTH - 1);
      return {
        content: blocks.map((b) => count(`${markerElement(b)}<div class="page-block">${b.paragraphs.map((p) => `${open}${escapeHtml(p)}${close}`).join('\n')}</div>\n`)).join(''),
        elements,
      };
    }
    case 'tables':
      return {
        content: blocks.map((b) => count(`${markerElement(b)}<table class="page-block"><tbody>${b.paragraphs.map((p) => `<tr><td>${escapeHtml(p)}</td></tr>`).join('\n')}</tbody></table>\n`)).join(''),
        elements,
      };
  }
}

/** One page of the family: the document of ≈ `chars` characters in `structure`. */
export function makeStructurePage(structure: Structure, chars = 1_000_000): StructurePage {
  const blocks = documentBlocks(chars);
  const { content, elements } = renderBlocks(structure, blocks);
  const promo = `${BIG_PAGE_TITLE}【范文参考】此篇精选办公资料“${BIG_PAGE_TITLE}”由三一刀客网友为您整理分享,供您写作参考之用,希望对您有所帮助,喜欢就下载使用吧!`;
  const style = structure === 'line-pieces' ? '<style>.reader-word-layer { position: absolute; margin: 0; white-space: nowrap; }</style>\n' : '';
  const html = framePage(`\n${style}<p>${promo}</p>\n${content}  `, blocks.length);
  const documentChars = blocks.reduce((n, b) => n + b.paragraphs.reduce((m, p) => m + p.length, 0) + (b.alone ? b.marker.length : 0), 0);
  return { structure, html, documentChars, elements, blocks: blocks.length };
}
