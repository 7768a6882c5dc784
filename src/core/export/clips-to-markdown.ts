import type { DocumentRecord } from '../documents/document-record';
import type { Clip } from '../types';
import { siteName } from './site-name';

/**
 * A Markdown digest of clips, for notes apps (Obsidian, Typora, 语雀). Clips are grouped
 * under one heading per document (docId), documents and clips in the order given:
 *
 *   ## 某县林业发展规划
 *
 *   > 到2025年，完成造林3万亩。
 *
 *   — [某县林业发展规划](https://…)，第 3 页 · 三七文档 · 2026-11-01
 *
 *   分类：数据          (only when there is a category)
 *
 *   笔记：…            (only when there is a note)
 *
 *   标签：`林业` `target`  (only when there are tags)
 *
 * Under a document's heading come the reader's author of it (`作者：…`) and their note of the
 * document (`文档笔记：…`) when `records` has them.
 *
 * Clip text and notes are escaped so that they show as written (no accidental emphasis,
 * links or headings); line breaks are kept.
 */
export function clipsToMarkdown(clips: readonly Clip[], records: ReadonlyMap<string, DocumentRecord> = new Map()): string {
  const byDocument = new Map<string, Clip[]>();
  for (const clip of clips) {
    const group = byDocument.get(clip.docId);
    if (group) group.push(clip);
    else byDocument.set(clip.docId, [clip]);
  }
  const sections = [...byDocument.values()].map((group) => {
    const heading = `## ${escapeMarkdown(group[0]!.docTitle.trim() || '无题名')}`;
    const record = records.get(group[0]!.docId);
    const about: string[] = [];
    if (record?.author) about.push(`作者：${escapeMarkdown(record.author)}`);
    if (record?.note.trim()) about.push(`文档笔记：${escapeMarkdown(record.note.trim()).replace(/\r\n?|\n/g, '  \n')}`);
    return [heading, ...about, ...group.map(clipBlock)].join('\n\n');
  });
  return `# DocClip 摘录\n\n${sections.join('\n\n')}\n`;
}

function clipBlock(clip: Clip): string {
  const quote = clip.text.split(/\r\n?|\n/).map((line) => (line.trim() ? `> ${escapeMarkdown(line)}` : '>')).join('\n');
  const page = clip.page === null ? '' : `，第 ${clip.page} 页`;
  const source = `— [${escapeMarkdown(clip.docTitle.trim() || clip.url)}](${markdownUrl(clip.url)})${page} · ${escapeMarkdown(siteName(clip))} · ${clip.createdAt.slice(0, 10)}`;
  const parts = [quote, source];
  if (clip.category) parts.push(`分类：${escapeMarkdown(clip.category)}`);
  if (clip.note.trim()) parts.push(`笔记：${escapeMarkdown(clip.note.trim()).replace(/\r\n?|\n/g, '  \n')}`);
  if (clip.tags.length > 0) parts.push(`标签：${clip.tags.map(codeSpan).join(' ')}`);
  return parts.join('\n\n');
}

/**
 * Backslash-escapes Markdown punctuation, and a list marker, thematic break (---) or setext
 * underline (===) at the line start.
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownInline(text)
    .replace(/^(\s*)([-+])(?=\s|[-\s]*$)/, '$1\\$2')
    .replace(/^(\s*)(=)(?==*\s*$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Backslash-escapes the Markdown punctuation that could start emphasis, code, links, HTML or a table cell anywhere in a line. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~!]/g, '\\$&');
}

/** A URL safe inside `(…)`: spaces and parentheses percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A code span holding `text` whatever backticks it contains (CommonMark §6.1). */
function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
