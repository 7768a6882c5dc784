import { seededRandom } from '../test/harness/seeded-random';

/**
 * The markups the benchmark's big page comes in (issue 13): the same document — the same
 * paragraphs and the same page markers `k/N` — written the ways real pages write it. Each
 * renderer turns the document's blocks into the HTML of the page's `#contents`.
 */

export type PageStructure = 'blocks' | 'pieces' | 'markers' | 'text-node' | 'nested' | 'table' | 'wrapped';

export const PAGE_STRUCTURES: readonly PageStructure[] = ['blocks', 'pieces', 'markers', 'text-node', 'nested', 'table', 'wrapped'];

/** The path each structure's page is served at (on the host DocClip matches, and the peers' host). */
export const structurePath = (s: PageStructure) => `/p-${910_001 + PAGE_STRUCTURES.indexOf(s)}.html`;

/**
 * How block k's marker stands in the markup: `element` an element of its own before the block,
 * `word` spliced as text inside a word of the block's first paragraph, `element-in-word` an
 * element of its own inside that word, `line` a line of its own inside a text node.
 */
export type MarkerForm = 'element' | 'word' | 'element-in-word' | 'line';

/** One page block of the document: its marker and its paragraphs (without the marker). */
export interface DocumentBlock {
  k: number;
  marker: string;
  paragraphs: string[];
  /** Where a marker inside a word goes in paragraphs[0]: between two ideographs, away from figure words. */
  spliceAt: number;
}

export interface StructureRenderer {
  /** What the markup is, for BENCHMARKS.md. */
  describe: string;
  /** CSS the structure adds to the page. */
  style: string;
  markerForm(k: number): MarkerForm;
  /** HTML of a run of blocks, in a container of the structure's own where it has one. */
  render(blocks: DocumentBlock[]): string;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The block's paragraphs as escaped HTML, the first with `inWord` (HTML) at the splice point when given. */
function paragraphsHtml(block: DocumentBlock, inWord: string | null): string[] {
  return block.paragraphs.map((p, i) =>
    i === 0 && inWord !== null ? escapeHtml(p.slice(0, block.spliceAt)) + inWord + escapeHtml(p.slice(block.spliceAt)) : escapeHtml(p),
  );
}

const oddElementEvenWord = (k: number): MarkerForm => (k % 2 === 1 ? 'element' : 'word');

/** (a) Today's page: a `div.page-block` per block, a `<p>` (one text node) per paragraph. */
const blocks: StructureRenderer = {
  describe: 'a `div.page-block` per block, a `<p>` holding one text node per paragraph; odd markers a `div.page-no` of their own, even ones spliced inside a word (三七文档)',
  style: '',
  markerForm: oddElementEvenWord,
  render: (list) =>
    list
      .map((b) => {
        const element = blocks.markerForm(b.k) === 'element';
        const head = element ? `<div class="page-no">${b.marker}</div>\n` : '';
        const ps = paragraphsHtml(b, element ? null : b.marker);
        return `${head}<div class="page-block" data-page="${b.k}">\n${ps.map((p) => `<p>${p}</p>\n`).join('')}</div>\n`;
      })
      .join(''),
};

/** Characters per line of the pieces reader (16 px type in the 724 px column). */
const PIECE_LINE_CHARS = 44;
const PIECE_LINE_PX = 26;

/**
 * (b) 百度文库's old reader: `.reader-page > .inner > .bd > .reader-txt-layer > .ie-fix`, and in
 * it every piece of a line an absolutely positioned `p.reader-word-layer` of 4–24 characters.
 * Paragraph and marker text only breaks where the lines do; a marker is never cut in two pieces.
 */
const pieces: StructureRenderer = {
  describe: '百度文库\'s old reader: each block a `.reader-page > .inner > .bd > .reader-txt-layer > .ie-fix`, each piece of a line (4–24 characters) an absolutely positioned `p.reader-word-layer`; odd markers a `div` of their own above the text layer, even ones inside a piece',
  style: '  .ie-fix { position: relative; }\n  .reader-word-layer { position: absolute; margin: 0; height: 26px; line-height: 26px; white-space: pre; text-indent: 0; }\n  .reader-page { margin: 0 0 12px; }\n  .reader-page-no { text-align: right; color: #bbb; font-size: 12px; text-indent: 0; }\n',
  markerForm: oddElementEvenWord,
  render: (list) =>
    list
      .map((b) => {
        const next = seededRandom(b.k * 7_919 + 17);
        const element = pieces.markerForm(b.k) === 'element';
        let html = '';
        let line = 0;
        const piece = (text: string, col: number, cls = 'reader-word-layer') => {
          html += `<p class="${cls}" style="top:${line * PIECE_LINE_PX}px;left:${col * 16}px;width:${text.length * 16}px">${escapeHtml(text)}</p>\n`;
        };
        b.paragraphs.forEach((p, i) => {
          // Atoms: characters, and the marker as one.
          const atoms = [...p];
          if (i === 0 && !element) atoms.splice(b.spliceAt, 0, b.marker);
          let col = 2; // the paragraph's indent
          let at = 0;
          while (at < atoms.length) {
            const room = PIECE_LINE_CHARS - col;
            const want = Math.min(room, 4 + Math.floor(next() * 21));
            let text = '';
            let width = 0;
            while (at < atoms.length && (width === 0 || width + atoms[at]!.length <= want)) {
              text += atoms[at];
              width += atoms[at]!.length;
              at++;
            }
            piece(text, col);
            col += width;
            if (col >= PIECE_LINE_CHARS) {
              line++;
              col = 0;
            }
          }
          if (col > 0) line++;
        });
        // A piece is inline: a marker piece of its own would run into the next piece's text ("13/20" + "9大…").
        const head = element ? `<div class="reader-page-no">${b.marker}</div>` : '';
        return `<div class="reader-page reader-page-${b.k}"><div class="inner"><div class="bd" data-page-no="${b.k}" data-render="1">${head}<div class="reader-txt-layer"><div class="ie-fix" style="height:${line * PIECE_LINE_PX}px">\n${html}</div></div></div></div></div>\n`;
      })
      .join(''),
};

/** (c) Markers three ways: an element between blocks, text inside a word, an element inside a word. */
const markers: StructureRenderer = {
  describe: 'as (blocks), markers three ways in turn: a `div.page-no` between blocks, text spliced inside a word, a `span.page-no` element inside a word',
  style: '  span.page-no { color: #bbb; font-size: 12px; }\n',
  markerForm: (k) => (['element-in-word', 'element', 'word'] as const)[k % 3]!,
  render: (list) =>
    list
      .map((b) => {
        const form = markers.markerForm(b.k);
        const head = form === 'element' ? `<div class="page-no">${b.marker}</div>\n` : '';
        const inWord = form === 'word' ? b.marker : form === 'element-in-word' ? `<span class="page-no">${b.marker}</span>` : null;
        return `${head}<div class="page-block" data-page="${b.k}">\n${paragraphsHtml(b, inWord).map((p) => `<p>${p}</p>\n`).join('')}</div>\n`;
      })
      .join(''),
};

/**
 * (d) The whole document in one Text node (`white-space: pre-wrap`, a line per paragraph). The
 * HTML parser splits text nodes at 65,536 characters, so the page's own script joins them
 * (`normalize()`) before DOMContentLoaded, as a page that sets its text from script has it.
 */
const textNode: StructureRenderer = {
  describe: 'the whole document in one Text node of ≈ 1M characters (`white-space: pre-wrap`, a line per paragraph; the page\'s script joins the parser\'s 64 K pieces with `normalize()`); odd markers a line of their own, even ones inside a word',
  style: '  .one-text { white-space: pre-wrap; text-indent: 0; }\n',
  markerForm: (k) => (k % 2 === 1 ? 'line' : 'word'),
  render: (list) => {
    const text = list
      .map((b) => {
        const line = textNode.markerForm(b.k) === 'line';
        return (line ? `${b.marker}\n` : '') + paragraphsHtml(b, line ? null : b.marker).join('\n') + '\n';
      })
      .join('');
    return `<div class="one-text">${text}</div><script>document.currentScript.previousElementSibling.normalize();</script>\n`;
  },
};

const NEST_DEPTH = 60;
const SPAN_OPEN = '<span lang="ZH-CN"><span style="font-family:宋体"><font size="3"><span class="s1"><span><b style="font-weight:normal"><span class="s2"><span>';
const SPAN_CLOSE = '</span></span></b></span></span></font></span></span>';

/** (e) Deep nesting: each block inside 60 nested `div`s, each paragraph's text inside 8 nested inline elements (as Word's HTML exports wrap them). */
const nested: StructureRenderer = {
  describe: `deep nesting: each block inside ${NEST_DEPTH} nested \`div\`s, each paragraph's text inside 8 nested inline elements (\`span\`/\`font\`/\`b\`, as Word's HTML exports); markers as (blocks), the element ones innermost`,
  style: '',
  markerForm: oddElementEvenWord,
  render: (list) =>
    list
      .map((b) => {
        const element = nested.markerForm(b.k) === 'element';
        const head = element ? `<div class="page-no">${b.marker}</div>\n` : '';
        const ps = paragraphsHtml(b, element ? null : b.marker);
        const open = Array.from({ length: NEST_DEPTH }, (_, i) => `<div class="n${i}">`).join('');
        return `${open}${head}<div class="page-block" data-page="${b.k}">\n${ps.map((p) => `<p>${SPAN_OPEN}${p}${SPAN_CLOSE}</p>\n`).join('')}</div>${'</div>'.repeat(NEST_DEPTH)}\n`;
      })
      .join(''),
};

/** (f) One table for the document: a row per paragraph, odd markers in a row of their own. */
const table: StructureRenderer = {
  describe: 'one `<table>` for the whole document, a row with one cell per paragraph; odd markers a row (`td.page-no`) of their own, even ones inside a word',
  style: '  .doc-table { border-collapse: collapse; width: 100%; }\n  .doc-table td { border: 1px solid #eee; padding: 4px 6px; text-indent: 2em; }\n  .doc-table td.page-no { text-align: right; text-indent: 0; }\n',
  markerForm: oddElementEvenWord,
  render: (list) => {
    const rows = list
      .map((b) => {
        const element = table.markerForm(b.k) === 'element';
        const head = element ? `<tr><td class="page-no">${b.marker}</td></tr>\n` : '';
        return head + paragraphsHtml(b, element ? null : b.marker).map((p, i) => `<tr${i === 0 ? ` data-page="${b.k}"` : ''}><td>${p}</td></tr>\n`).join('');
      })
      .join('');
    return `<table class="doc-table"><tbody>\n${rows}</tbody></table>\n`;
  },
};

/** (g) Every block in one element: its paragraphs text nodes ended by `<br>`, no element per block or paragraph. */
const wrapped: StructureRenderer = {
  describe: 'all blocks in one `div.doc-wrap`: each paragraph a text node ended by `<br>`, no element per block or paragraph (范文 sites); odd markers a `span.page-no` line, even ones inside a word',
  style: '  .doc-wrap span.page-no { color: #bbb; font-size: 12px; }\n',
  markerForm: oddElementEvenWord,
  render: (list) => {
    const body = list
      .map((b) => {
        const element = wrapped.markerForm(b.k) === 'element';
        const head = element ? `<span class="page-no">${b.marker}</span><br>` : '';
        return head + paragraphsHtml(b, element ? null : b.marker).map((p) => `${p}<br>`).join('');
      })
      .join('\n');
    return `<div class="doc-wrap">${body}</div>\n`;
  },
};

export const STRUCTURES: Record<PageStructure, StructureRenderer> = {
  blocks,
  pieces,
  markers,
  'text-node': textNode,
  nested,
  table,
  wrapped,
};
