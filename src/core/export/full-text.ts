import type { Clip } from '../types';
import { yamlString } from './clips-to-obsidian';
import { localDay } from './group-documents';
import { escapeMarkdown, escapeMarkdownInline, markdownEscaper, markdownUrl, oneLine } from './markdown-escape';

/** The pages of the document that the site showed on the page, as its page markers (k/N) say. */
/** What follows the document's name in a full-text file's name (`<document> 全文.md`): the file sits beside the document's Obsidian note. */
export const FULL_TEXT_FILE_SUFFIX = ' 全文';

export interface ShownPages {
  /** The lowest and highest page k of the markers found on the page. */
  first: number;
  last: number;
  /** N: the document's page count, or null when the markers do not state it. */
  count: number | null;
}

/** The cleaned text of one page and where the reader's clips lie in it. */
export interface FullTextSource {
  title: string;
  url: string;
  /** The site's name (三七文档), as the other exports name it. */
  site: string;
  /** When the text was taken: the access date written. */
  accessed: Date;
  /** The page's cleaned text (clutter hidden, page markers repaired), as DocClip reads and anchors it. */
  text: string;
  /** Clips found in `text`, with their span there (start inclusive, end exclusive). */
  marks: ReadonlyArray<{ start: number; end: number; clip: Clip }>;
  /** Clips of the document that are not in `text` (not found again, or saved from another page of it): listed, not lost. */
  missing: readonly Clip[];
  /** null: the page has no page markers, so how many pages the site showed is not known. */
  pages: ShownPages | null;
}

/** A line of the text as written out: its span in the source text, white space at both ends left out. */
interface Line {
  start: number;
  end: number;
}

/**
 * The lines of `text` with something on them, trimmed: what the cleaned page shows, without
 * the blank lines hidden blocks leave behind (the CLI's `text` is tidied the same way).
 */
function textLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    let start = at;
    let end = at + raw.length;
    at = end + 1;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) lines.push({ start, end });
  }
  return lines;
}

/** A clip as written out: its number, and its span clamped to the lines it shows on. */
interface Marked {
  n: number;
  start: number;
  end: number;
  clip: Clip;
}

/**
 * The clips numbered as the reader meets them: those shown in the text in text order (their
 * spans clamped to the first and last line they cover, so a clip that starts or ends on white
 * space between lines opens and closes on text), then the missing ones, with any clip whose
 * span holds no text of a line.
 */
function numbered(source: FullTextSource, lines: readonly Line[]): { marks: Marked[]; missing: Array<{ n: number; clip: Clip }> } {
  const shown: Omit<Marked, 'n'>[] = [];
  const hidden: Clip[] = [];
  for (const m of source.marks) {
    const covered = lines.filter((l) => l.start < m.end && l.end > m.start);
    if (covered.length === 0) hidden.push(m.clip);
    else shown.push({ clip: m.clip, start: Math.max(m.start, covered[0]!.start), end: Math.min(m.end, covered.at(-1)!.end) });
  }
  const marks = shown.sort((a, b) => a.start - b.start || a.end - b.end).map((m, i) => ({ ...m, n: i + 1 }));
  return { marks, missing: [...hidden, ...source.missing].map((clip, i) => ({ n: marks.length + i + 1, clip })) };
}

/**
 * A line cut where clips start or end: its pieces of text, each with the clips that cover it,
 * those that start with it and those that end with it.
 */
function pieces(text: string, line: Line, marks: readonly Marked[]) {
  const cuts = new Set([line.start, line.end]);
  for (const m of marks) {
    for (const at of [m.start, m.end]) if (at > line.start && at < line.end) cuts.add(at);
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(1).map((to, i) => {
    const from = points[i]!;
    const over = marks.filter((m) => m.start < to && m.end > from);
    return {
      from,
      to,
      text: text.slice(from, to),
      covered: over.length > 0,
      starting: over.filter((m) => m.start === from).map((m) => m.n),
      ending: over.filter((m) => m.end === to).map((m) => m.n),
    };
  });
}

/** Where the page's pages are said: "网站显示了第 1–9 页（共 20 页）", or that the page has no page markers. */
export function shownPagesSentence(pages: ShownPages | null): string {
  if (!pages) return '页面上没有页码标记，网站显示了几页不详';
  const range = pages.first === pages.last ? `第 ${pages.first} 页` : `第 ${pages.first}–${pages.last} 页`;
  return `网站显示了${range}${pages.count === null ? '' : `（共 ${pages.count} 页）`}`;
}

/** What a clip's footnote or list entry says, on one line: its page, day, category, note and tags (their line breaks written as spaces). */
function clipDetails(clip: Clip, markdown: boolean): string {
  const esc = (s: string) => (markdown ? escapeMarkdownInline(s) : s);
  const parts = [clip.page === null ? '' : `第 ${clip.page} 页`, `摘录于 ${localDay(new Date(clip.createdAt))}`];
  if (clip.category) parts.push(`分类：${esc(oneLine(clip.category))}`);
  if (clip.note.trim()) parts.push(`笔记：${esc(oneLine(clip.note))}`);
  if (clip.tags.length > 0) parts.push(`标签：${clip.tags.map((tag) => esc(oneLine(tag))).join(', ')}`);
  return parts.filter(Boolean).join(' · ');
}

/**
 * The page's cleaned text as Markdown: YAML front matter (title, url, site, accessed, the
 * pages shown), a heading, a line saying which pages the site showed, then the text, one
 * paragraph per line, each clip marked `<mark>…</mark>` (Obsidian, Typora, GitHub and
 * CommonMark's raw HTML show it highlighted) with a footnote `[^n]` after it giving its page,
 * day, category, note and tags. Clips not in the text are listed at the end. Text is
 * Markdown-escaped so it shows as written. A clip that spans lines is marked on each.
 */
export function fullTextMarkdown(source: FullTextSource): string {
  const lines = textLines(source.text);
  const { marks, missing } = numbered(source, lines);
  const front = ['---'];
  if (source.title) front.push(`title: ${yamlString(source.title)}`);
  front.push(`url: ${yamlString(source.url)}`, `site: ${yamlString(source.site)}`, `accessed: ${localDay(source.accessed)}`);
  if (source.pages) {
    const { first, last, count } = source.pages;
    front.push(`pages-shown: ${yamlString(first === last ? String(first) : `${first}-${last}`)}`);
    if (count !== null) front.push(`pages-total: ${count}`);
  }
  front.push('---');
  const link = `[${escapeMarkdownInline(source.site)}](${markdownUrl(source.url)})`;
  const head = [front.join('\n'), `# ${escapeMarkdown(oneLine(source.title) || source.url)}`, `${link} · 访问于 ${localDay(source.accessed)} · ${shownPagesSentence(source.pages)}。`];
  const body = lines.map((line) => {
    let out = '';
    let open = false;
    // Each piece escaped as it stands in its whole line (line-start markers, `&amp;`, `https://` cut by a mark).
    const escaped = markdownEscaper(source.text.slice(line.start, line.end));
    pieces(source.text, line, marks).forEach((piece) => {
      if (piece.covered !== open) {
        out += open ? '</mark>' : '<mark>';
        open = piece.covered;
      }
      out += escaped(piece.from - line.start, piece.to - line.start);
      if (piece.ending.length > 0) {
        out += '</mark>' + piece.ending.map((n) => `[^${n}]`).join('');
        open = false;
      }
    });
    return open ? `${out}</mark>` : out;
  });
  const tail = missing.length === 0
    ? []
    : ['## 未在本页文字中找到的摘录', missing.map(({ n, clip }) => `${n}. ${escapeMarkdown(oneLine(clip.text))}（${clipDetails(clip, true)}）`).join('\n')];
  const notes = marks.map(({ n, clip }) => `[^${n}]: ${clipDetails(clip, true)}`);
  return [...head, ...body, ...tail, ...(notes.length > 0 ? [notes.join('\n')] : [])].join('\n\n') + '\n';
}

/**
 * `[` followed (after any backslashes) by `摘录` or `/摘录`: where the page's own text could be
 * taken for a clip marker (`[摘录n]`, `[/摘录n]`).
 */
const MARKER_LOOKALIKE = /\[(\\*)(?=\/?摘录)/g;

/**
 * A piece of the page's text for the plain-text body: each `[` that would start a clip marker
 * (MARKER_LOOKALIKE) gets one more `\` after it, so `[摘录1]` in the page is written
 * `[\摘录1]` and `[\摘录1]` is written `[\\摘录1]`. A reader takes `[摘录n]` and `[/摘录n]`
 * (no backslash) as DocClip's markers and drops one backslash after any other `[` before
 * `摘录` or `/摘录`, which gives the page's text back. Pieces are escaped one by one: at each
 * cut between two pieces DocClip writes a marker, so no look-alike spans two.
 */
export function escapePlainMarkers(text: string): string {
  return text.replace(MARKER_LOOKALIKE, '[\\$1');
}

/** The header line that says how the page's own marker look-alikes are written (escapePlainMarkers). */
export const PLAIN_ESCAPE_NOTE = '原文本身写有“[摘录”或“[/摘录”处，在“[”后多加一个“\\”（写作“[\\摘录”“[\\/摘录”），以免与摘录标记相混';

/**
 * The page's cleaned text as plain text: a header (title, source, access day, the pages
 * shown), the text line by line with each clip between `[摘录n]` and `[/摘录n]`, then the
 * clips with their page, day, category, note and tags, and those not in the text. The page's
 * own text that looks like a marker is escaped (escapePlainMarkers), and the header then says
 * so (PLAIN_ESCAPE_NOTE), so that every `[摘录n]` and `[/摘录n]` in the body is DocClip's.
 */
export function fullTextPlain(source: FullTextSource): string {
  const lines = textLines(source.text);
  const { marks, missing } = numbered(source, lines);
  let escaped = false;
  const pageText = (text: string) => {
    const out = escapePlainMarkers(text);
    if (out !== text) escaped = true;
    return out;
  };
  const body = lines.map((line) =>
    pieces(source.text, line, marks)
      .map((p) => `${p.starting.map((n) => `[摘录${n}]`).join('')}${pageText(p.text)}${p.ending.map((n) => `[/摘录${n}]`).join('')}`)
      .join(''),
  );
  const head = [oneLine(source.title) || source.url, `来源：${oneLine(source.site)} ${source.url}`, `访问：${localDay(source.accessed)}`, `页数：${shownPagesSentence(source.pages)}`];
  if (marks.length > 0) head.push(`摘录：${marks.length} 条，在文中以 [摘录n]…[/摘录n] 标出`);
  if (escaped) head.push(PLAIN_ESCAPE_NOTE);
  const sections = [head.join('\n'), body.join('\n')];
  if (marks.length > 0) sections.push(['摘录', ...marks.map(({ n, clip }) => `[${n}] ${clipDetails(clip, false)}`)].join('\n'));
  if (missing.length > 0) {
    sections.push(['未在本页文字中找到的摘录', ...missing.map(({ n, clip }) => `[${n}] ${oneLine(clip.text)}（${clipDetails(clip, false)}）`)].join('\n'));
  }
  return sections.join('\n\n') + '\n';
}
