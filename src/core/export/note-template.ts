import { docClipBlock, yamlString } from './clips-to-obsidian';
import { localDay, type SourceDocument } from './group-documents';
import { escapeMarkdown, markdownLines, oneLine } from './markdown-escape';

/** The placeholders of a note template (the options page lists them). */
export const NOTE_PLACEHOLDERS = ['title', 'url', 'site', 'accessed', 'tags', 'author', 'note', 'clips'] as const;
export type NotePlaceholder = (typeof NOTE_PLACEHOLDERS)[number];

/** The template the options page starts from: the note documentNote writes, in template form. */
export const DEFAULT_NOTE_TEMPLATE = `---
title: {{title}}
url: {{url}}
site: {{site}}
accessed: {{accessed}}
tags: {{tags}}
---

{{clips}}
`;

/**
 * `browser.storage.local` key of the reader's note template (the options page writes it, the
 * library's Obsidian export reads it). Absent: DocClip's own note (documentNote).
 */
export const NOTE_TEMPLATE_KEY = 'noteTemplate';

/** The stored template, or null (absent, not a string, or only white space: DocClip's own note). */
export function readNoteTemplate(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

/**
 * `template` with each `{{name}}` (spaces inside the braces allowed) replaced by
 * `values[name]`, in one pass: a value that itself holds `{{…}}` is not expanded again. A
 * placeholder with no value is left as written, so a typo shows in the note. Pure.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([A-Za-z_]\w*)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : whole,
  );
}

/** The reader's front matter: a first line `---` up to the next line `---` (or `...`). */
const FRONT_MATTER = /^(---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.))(?=\r?\n|$)/;

/**
 * The note of `doc` written with the reader's `template` (renderTemplate, NOTE_PLACEHOLDERS).
 * A value is written for where it stands: inside the template's front matter as YAML (strings
 * double-quoted, tags a flow sequence `["林业", "碳汇"]`, accessed a bare YYYY-MM-DD); in the
 * body as Markdown-escaped text on one line (tags joined with ', '; the note's lines joined by
 * hard breaks, markdownLines). `{{clips}}` is DocClip's block
 * (docclip-block.ts); a template without it gets the block appended, so that a later export
 * can always replace it (replaceDocClipBlock).
 */
export function renderNoteTemplate(template: string, doc: SourceDocument): string {
  const block = docClipBlock(doc);
  const accessed = localDay(doc.accessed);
  const yaml: Record<NotePlaceholder, string> = {
    title: yamlString(doc.title),
    url: yamlString(doc.url),
    site: yamlString(doc.site),
    accessed,
    tags: `[${doc.tags.map(yamlString).join(', ')}]`,
    author: yamlString(doc.author),
    note: yamlString(doc.note),
    clips: yamlString(doc.clips.map((c) => c.text).join('\n')),
  };
  const text: Record<NotePlaceholder, string> = {
    title: escapeMarkdown(oneLine(doc.title)),
    url: doc.url,
    site: escapeMarkdown(oneLine(doc.site)),
    accessed,
    tags: doc.tags.map((tag) => escapeMarkdown(oneLine(tag))).join(', '),
    author: escapeMarkdown(oneLine(doc.author)),
    note: markdownLines(doc.note),
    clips: block,
  };
  const front = FRONT_MATTER.exec(template)?.[1] ?? '';
  const body = template.slice(front.length);
  const note = renderTemplate(front, yaml) + renderTemplate(body, text);
  if (/\{\{\s*clips\s*\}\}/.test(body)) return note;
  return note.trim() ? `${note.replace(/\s+$/, '')}\n\n${block}\n` : `${block}\n`;
}
