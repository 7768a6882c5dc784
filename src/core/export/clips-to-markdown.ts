import type { DocumentRecord } from '../documents/document-record';
import type { Clip } from '../types';
import { escapeMarkdown, escapeMarkdownInline, markdownLines, markdownQuote, markdownUrl, oneLine } from './markdown-escape';
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
    const heading = `## ${escapeMarkdown(oneLine(group[0]!.docTitle) || '无题名')}`;
    const record = records.get(group[0]!.docId);
    const about: string[] = [];
    if (record?.author) about.push(`作者：${escapeMarkdownInline(oneLine(record.author))}`);
    if (record?.note.trim()) about.push(`文档笔记：${markdownLines(record.note)}`);
    return [heading, ...about, ...group.map(clipBlock)].join('\n\n');
  });
  return `# DocClip 摘录\n\n${sections.join('\n\n')}\n`;
}

function clipBlock(clip: Clip): string {
  const quote = markdownQuote(clip.text);
  const page = clip.page === null ? '' : `，第 ${clip.page} 页`;
  const source = `— [${escapeMarkdownInline(oneLine(clip.docTitle) || clip.url)}](${markdownUrl(clip.url)})${page} · ${escapeMarkdownInline(siteName(clip))} · ${clip.createdAt.slice(0, 10)}`;
  const parts = [quote, source];
  if (clip.category) parts.push(`分类：${escapeMarkdownInline(oneLine(clip.category))}`);
  if (clip.note.trim()) parts.push(`笔记：${markdownLines(clip.note)}`);
  if (clip.tags.length > 0) parts.push(`标签：${clip.tags.map(codeSpan).join(' ')}`);
  return parts.join('\n\n');
}

/** A code span holding `text` whatever backticks it contains (CommonMark §6.1). */
function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
