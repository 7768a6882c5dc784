/**
 * Text written into Markdown so that a CommonMark or GFM reader (Obsidian, Typora, GitHub,
 * micromark) shows it as written: no accidental emphasis, link, heading, list, code, HTML,
 * table, footnote, character reference or autolink. Each rule puts a backslash before one
 * ASCII punctuation character (CommonMark §2.4), so the text reads back exactly.
 */

/** Characters that start emphasis, code, links, images, HTML, headings, tables, strikethrough or an escape anywhere in a line. */
const INLINE = /[\\`*_[\]<>#|~!]/g;
/** `&amp;`, `&#65;`, `&#x41;`: a character reference would show as the character it names. */
const CHARACTER_REFERENCE = /&(?=#?[A-Za-z0-9]+;)/g;
/**
 * The triggers of GFM's autolink literals (`https://…`, `www.…`, `a@b.cn`): inside a literal
 * a backslash is shown, not read as an escape, so the literal itself is defused instead.
 */
const AUTOLINK_TRIGGERS = /:(?=\/\/)|(?<=www)\.|@/gi;
/**
 * At a line's start (after its indentation): a bullet (- +), a thematic break or setext
 * underline (--- ===) and an ordered list marker (1. 1)) would start a block, even inside a
 * paragraph.
 */
const LINE_START = [/^[ \t]*([-+])(?=\s|[-\s]*$)/gm, /^[ \t]*(=)(?==*\s*$)/gm, /^[ \t]*\d+([.)])(?=\s|$)/gm];

/** The indexes of `text` before which a backslash goes; `lineStart`: each line of `text` starts a line of Markdown. */
function escapeIndexes(text: string, lineStart: boolean): Set<number> {
  const at = new Set<number>();
  for (const rule of [INLINE, CHARACTER_REFERENCE, AUTOLINK_TRIGGERS]) for (const m of text.matchAll(rule)) at.add(m.index);
  if (lineStart) for (const rule of LINE_START) for (const m of text.matchAll(rule)) at.add(m.index + m[0].length - m[1]!.length);
  return at;
}

/**
 * A function giving the escaped text of any slice [from, to) of `text`, each character
 * escaped as it stands in the whole of `text` (so that a slice cut in the middle of `&amp;`,
 * `https://` or a line's `1.` is still escaped as the whole would be). `lineStart`: `text`
 * starts a line of Markdown (line-start markers are escaped).
 */
export function markdownEscaper(text: string, lineStart = true): (from?: number, to?: number) => string {
  const at = escapeIndexes(text, lineStart);
  return (from = 0, to = text.length) => {
    let out = '';
    for (let i = from; i < to; i++) out += (at.has(i) ? '\\' : '') + text[i];
    return out;
  };
}

/** `text` escaped to show as written, each of its lines taken as the start of a line of Markdown. */
export function escapeMarkdown(text: string): string {
  return markdownEscaper(text, true)();
}

/** `text` escaped to show as written in the middle of a line (line-start markers left alone). */
export function escapeMarkdownInline(text: string): string {
  return markdownEscaper(text, false)();
}

/** A text on one line: each run of white space holding a line break becomes one space. */
export function oneLine(text: string): string {
  return text.trim().replace(/\s*(?:\r\n?|\n)\s*/g, ' ');
}

/**
 * A note of several lines as one Markdown paragraph that shows its lines: each line trimmed
 * (indentation would make code of it) and escaped, blank lines left out (they would end the
 * paragraph), lines joined by hard breaks (two spaces and a line break).
 */
export function markdownLines(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(escapeMarkdown)
    .join('  \n');
}

/**
 * `text` as a Markdown block quote showing it as written: each line trimmed (indentation would
 * make code of it) and escaped, a run of blank lines one empty quote line (a paragraph break
 * inside the quote).
 */
export function markdownQuote(text: string): string {
  return text
    .trim()
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== '' || lines[i - 1] !== '')
    .map((line) => (line ? `> ${escapeMarkdown(line)}` : '>'))
    .join('\n');
}

/** A URL safe inside `(…)`: spaces and parentheses percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
