import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { createClipsSchemaValidator } from '../unit/helpers/clips-schema-validator';
import { parseCitations } from '../unit/helpers/parse-citations';
import { outline, readMarkdown, shownText } from '../unit/helpers/read-markdown';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_URL, openPopupFor, openWithDocClip, selectText, storedClips } from '../harness/sample-flow';
import { clipWithBubble, readTable, clearTables } from '../harness/library-flow';

/** The second document: the 人人文库 fixture (text view with page markers 1/10 and 3/10). */
const RENREN_URL = 'http://www.renrendoc.com/paper/298765432.html';
const FIRST = '花卉苗木基地建设目前已完成1800亩';
const SECOND = '畜禽养殖区无害化处理率达80%以上';
const THIRD = '全年核发排污许可证156家';

/** Every control of the library's export menu this test clicks: a new one fails the test until it is checked here. */
const EXPORT_ACTIONS = [
  'export-json',
  'export-csv',
  'export-figures-csv',
  'export-markdown',
  'export-obsidian',
  'export-web-annotation',
  'export-ris',
  'export-csl-json',
  'copy-zotero',
];

interface Download {
  name: string;
  path: string;
  text: string;
}

/** Clicks an export control and reads the file it downloads. */
async function download(page: Page, action: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`.export-bar [data-action="${action}"]`)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

/** Today as the browser (same machine, same time zone) writes an access date. */
function today(): [number, number, number] {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
}
const todayIso = () => today().map((n) => String(n).padStart(2, '0')).join('-');

/** A note split into its YAML front matter (parsed by `yaml`) and its body. */
function splitNote(note: string): { front: Record<string, unknown>; body: string } {
  const match = /^---\n([^]*?)\n---\n([^]*)$/.exec(note);
  if (!match) throw new Error(`no front matter in:\n${note.slice(0, 300)}`);
  return { front: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/**
 * The library's export menu, every entry, in Chromium: clips on two documents (the sample
 * 三七文档 page and the 人人文库 fixture), made with the in-page bubble and the popup, with
 * categories, tags, notes and pages, and a note, author and type for one document; each export
 * is downloaded and read back with the parser its target uses — citation-js for RIS, CSL-JSON
 * and the Zotero clipboard, csv-parse for the CSVs, micromark/mdast (with yaml for the front
 * matter) for the Markdown and the notes, the JSON
 * Schema and DocClip's own import for the JSON, JSON-LD shape for the Web Annotations.
 */
describe('every export of the library, read back by real parsers, in Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let library: Page;
  let clips: Array<Record<string, unknown>>;
  const clipOf = (text: string) => clips.find((c) => c.text === text)!;

  beforeAll(async () => {
    server = await startFixtureServer({
      'm.777doc.com': { '/p-231734.html': 'demo/777doc/index.html' },
      'www.renrendoc.com': { '/paper/298765432.html': 'test/fixtures/renrendoc/page.html' },
    });
    ext = await launchWithExtension({ proxy: server.proxy });
    // Playwright refuses an origin of chrome-extension:// ("opaque"): granted to every origin.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('clips on two documents with categories, tags, notes and pages, and a note, author and type for one', async () => {
    const sample = await openWithDocClip(ext, SAMPLE_URL);
    await clipWithBubble(sample, FIRST, '数据', '面积按亩计');
    await selectText(sample, SECOND);
    const popup = await openPopupFor(ext, SAMPLE_URL);
    await popup.fill('input[name="tags"]', '畜牧, 指标');
    await popup.selectOption('select[name="category"]', '目标');
    await popup.fill('textarea[name="note"]', '对照去年数据');
    await popup.click('[data-action="save-clip"]');
    await popup.locator('.success[role="status"]').first().waitFor();
    await popup.click('[data-action="open-document"]');
    await popup.fill('[data-field="document-note"]', '全文为研讨发言稿');
    await popup.fill('[data-field="document-author"]', '某市组织部；张三');
    await popup.selectOption('[data-field="document-type"]', 'R');
    await popup.click('[data-action="save-document"]');
    await expect.poll(() => popup.locator('.document-fields [role="status"]').textContent(), { timeout: 10_000 }).toBeTruthy();
    await popup.close();

    const renren = await openWithDocClip(ext, RENREN_URL);
    await clipWithBubble(renren, THIRD, '问题', '执法力度');

    library = await ext.openExtensionPage('src/library/index.html');
    await expect.poll(async () => (await storedClips(library)).length, { timeout: 10_000 }).toBe(3);
    clips = await storedClips(library);
    expect(clips.map((c) => [c.text, c.category, c.note]).sort()).toEqual(
      [[FIRST, '数据', '面积按亩计'], [SECOND, '目标', '对照去年数据'], [THIRD, '问题', '执法力度']].sort(),
    );
    expect(clipOf(SECOND).tags).toEqual(['畜牧', '指标']);
    // Every clip knows its page (the sites' k/N markers), so the exports' pages are checked, not absent.
    for (const clip of clips) expect(clip.page, String(clip.text)).toEqual(expect.any(Number));
    expect(await readTable(library, 'documents')).toEqual([
      expect.objectContaining({ docId: clipOf(FIRST).docId, note: '全文为研讨发言稿', author: '某市组织部；张三', docType: 'R' }),
    ]);
    await library.locator('li', { hasText: THIRD }).first().waitFor();
  });

  it('has no export control this test does not check', async () => {
    const actions = await library.locator('.export-bar button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')));
    expect(actions.sort()).toEqual([...EXPORT_ACTIONS].sort());
  });

  it('RIS: one report per document, read by citation-js with title, author, publisher, URL, access date, pages and the clips as notes', async () => {
    const file = await download(library, 'export-ris');
    expect(file.name).toBe(`docclip-clips-${todayIso()}.ris`);
    const items = await parseCitations(file.text, '@ris/file');
    expectReferences(items, (item) => (typeof item.note === 'string' ? [item.note] : (item.note as string[])).join('\n'));
  });

  it('CSL-JSON: the same documents, read by citation-js', async () => {
    const file = await download(library, 'export-csl-json');
    expect(file.name).toMatch(/\.csl\.json$/);
    const items = await parseCitations(file.text, '@csl/list+object');
    expectReferences(items, (item) => String(item.note));
    expect(items.map((i) => i.id).sort()).toEqual([clipOf(FIRST).docId, clipOf(THIRD).docId].sort());
  });

  it('copy for Zotero: RIS on the clipboard, read by citation-js', async () => {
    await library.evaluate(() => navigator.clipboard.writeText(''));
    await library.click('.export-bar [data-action="copy-zotero"]');
    await expect.poll(() => library.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 }).toMatch(/^TY {2}- /);
    const items = await parseCitations(await library.evaluate(() => navigator.clipboard.readText()), '@ris/file');
    expectReferences(items, (item) => (typeof item.note === 'string' ? [item.note] : (item.note as string[])).join('\n'));
    await expect.poll(() => library.locator('body').innerText()).toMatch(/2 篇文档|2 documents/);
  });

  /** What both reference exports (and the clipboard) must say of the two documents. */
  function expectReferences(items: Record<string, unknown>[], notesOf: (item: Record<string, unknown>) => string): void {
    expect(items).toHaveLength(2);
    const sample = items.find((i) => i.URL === SAMPLE_URL)!;
    const renren = items.find((i) => i.URL === RENREN_URL)!;
    const pages = (...texts: string[]) => {
      const ps = [...new Set(texts.map((t) => clipOf(t).page as number))].sort((a, b) => a - b);
      return ps.length === 1 ? String(ps[0]) : `${ps[0]}-${ps.at(-1)}`;
    };
    expect(sample).toMatchObject({
      type: 'report',
      title: clipOf(FIRST).docTitle,
      publisher: '三七文档',
      accessed: { 'date-parts': [today()] },
      page: pages(FIRST, SECOND),
    });
    expect((sample.author as Array<Record<string, string>>).map((a) => a.literal ?? a.family)).toEqual(['某市组织部', '张三']);
    expect(renren).toMatchObject({ type: 'report', title: clipOf(THIRD).docTitle, publisher: '人人文库', accessed: { 'date-parts': [today()] }, page: pages(THIRD) });
    expect(renren.author).toBeUndefined();
    const sampleNotes = notesOf(sample);
    for (const part of [`「${FIRST}」（第 ${clipOf(FIRST).page} 页）`, '分类：数据', '笔记：面积按亩计', `「${SECOND}」`, '分类：目标', '笔记：对照去年数据', '标签：畜牧, 指标', '文档笔记：全文为研讨发言稿']) {
      expect(sampleNotes).toContain(part);
    }
    expect(notesOf(renren)).toContain(`「${THIRD}」（第 ${clipOf(THIRD).page} 页）`);
    expect(notesOf(renren)).toContain('分类：问题');
    expect(notesOf(renren)).toContain('笔记：执法力度');
  }

  it('CSV: one row per clip with the category, note, tags and page columns, read by csv-parse', async () => {
    const file = await download(library, 'export-csv');
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(file.text, { bom: true }) as string[][];
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(3);
    const byText = new Map(rows.map((r) => [r[col('text')], r]));
    expect(byText.get(FIRST)![col('category')]).toBe('数据');
    expect(byText.get(SECOND)![col('category')]).toBe('目标');
    expect(byText.get(THIRD)![col('category')]).toBe('问题');
    expect(byText.get(SECOND)![col('tags')]).toBe('畜牧;指标');
    expect(byText.get(THIRD)![col('note')]).toBe('执法力度');
    expect(byText.get(THIRD)![col('page')]).toBe(String(clipOf(THIRD).page));
    expect(byText.get(THIRD)![col('url')]).toBe(RENREN_URL);
  });

  it('figures CSV: the figures inside the clips with their values, read by csv-parse', async () => {
    const file = await download(library, 'export-figures-csv');
    expect(file.name).toMatch(/\.figures\.csv$/);
    const [header, ...rows] = parseCsv(file.text, { bom: true }) as string[][];
    const row = (text: string) => rows.find((r) => r[header!.indexOf('text')] === text);
    expect(row('1800亩')?.[header!.indexOf('value')]).toBe('1800');
    expect(row('1800亩')?.[header!.indexOf('unit')]).toBe('亩');
    expect(row('80%以上') ?? row('80%')).toBeTruthy();
    expect(row('156家')?.[header!.indexOf('kind')]).toBe('count');
  });

  it('Markdown: a heading per document, the clips as quotes with page, category, note and tags, the author and document note', async () => {
    const file = await download(library, 'export-markdown');
    const lines = file.text.split('\n');
    expect(lines).toContain(`## ${clipOf(FIRST).docTitle}`);
    expect(lines).toContain(`## ${clipOf(THIRD).docTitle}`);
    for (const text of [FIRST, SECOND, THIRD]) expect(lines).toContain(`> ${text}`);
    for (const line of ['分类：数据', '笔记：面积按亩计', '分类：目标', '笔记：对照去年数据', '标签：`畜牧` `指标`', '分类：问题', '笔记：执法力度', '作者：某市组织部；张三', '文档笔记：全文为研讨发言稿']) {
      expect(lines).toContain(line);
    }
    expect(lines.some((l) => l.startsWith('— [') && l.includes(`(${RENREN_URL})`) && l.includes(`第 ${clipOf(THIRD).page} 页`) && l.includes('人人文库'))).toBe(true);
    // Read by a Markdown parser: one title, a heading per document, each clip one block quote.
    const { blocks } = readMarkdown(file.text);
    expect(blocks.filter((b) => b.type === 'heading').map(outline).sort((a, b) => a.type.localeCompare(b.type) || a.text.localeCompare(b.text))).toEqual([
      { type: 'heading1', text: 'DocClip 摘录' },
      ...[clipOf(FIRST).docTitle, clipOf(THIRD).docTitle].map((title) => ({ type: 'heading2', text: String(title) })).sort((a, b) => a.text.localeCompare(b.text)),
    ]);
    expect(blocks.filter((b) => b.type === 'blockquote').map(shownText).sort()).toEqual([FIRST, SECOND, THIRD].sort());
  });

  it('Obsidian / Logseq: one note per document, front matter read by yaml, the clips as quotes in DocClip\'s block', async () => {
    const file = await download(library, 'export-obsidian');
    expect(file.name).toMatch(/\.notes\.md$/);
    const parts = file.text.split(/^<!-- docclip:note (".*") -->\n/m).slice(1);
    const notes = new Map<string, string>();
    for (let i = 0; i < parts.length; i += 2) notes.set(JSON.parse(parts[i]!) as string, parts[i + 1]!);
    expect([...notes.keys()].sort()).toEqual([`${clipOf(FIRST).docTitle}.md`, `${clipOf(THIRD).docTitle}.md`].sort());

    const sample = splitNote(notes.get(`${clipOf(FIRST).docTitle}.md`)!);
    expect(sample.front).toEqual({
      title: clipOf(FIRST).docTitle,
      author: '某市组织部；张三',
      url: SAMPLE_URL,
      site: '三七文档',
      accessed: todayIso(),
      tags: ['畜牧', '指标'],
    });
    const renren = splitNote(notes.get(`${clipOf(THIRD).docTitle}.md`)!);
    expect(renren.front).toEqual({ title: clipOf(THIRD).docTitle, url: RENREN_URL, site: '人人文库', accessed: todayIso() });

    const block = (body: string) => body.slice(body.indexOf('<!-- docclip:start -->'), body.indexOf('<!-- docclip:end -->')).split('\n');
    const sampleLines = block(sample.body);
    expect(sampleLines).toEqual(expect.arrayContaining([`> ${FIRST}`, '分类：数据', '面积按亩计', `> ${SECOND}`, '分类：目标', '对照去年数据', '全文为研讨发言稿']));
    expect(sampleLines).toContain(`第 ${clipOf(FIRST).page} 页 · ${todayIso()}`);
    expect(block(renren.body)).toEqual(expect.arrayContaining([`> ${THIRD}`, '分类：问题', '执法力度']));
    expect(file.text).not.toMatch(/DocClip/);
    // Each note read by a Markdown parser: its front matter, then DocClip's block with each clip a block quote.
    for (const [name, texts] of [[`${clipOf(FIRST).docTitle}.md`, [FIRST, SECOND]], [`${clipOf(THIRD).docTitle}.md`, [THIRD]]] as const) {
      const { front, blocks } = readMarkdown(notes.get(name)!);
      expect(front?.url).toBe(name.startsWith(String(clipOf(THIRD).docTitle)) ? RENREN_URL : SAMPLE_URL);
      expect([blocks[0], blocks.at(-1)].map((b) => b && outline(b))).toEqual([
        { type: 'html', text: '<!-- docclip:start -->' },
        { type: 'html', text: '<!-- docclip:end -->' },
      ]);
      expect(blocks.filter((b) => b.type === 'blockquote').map(shownText).sort()).toEqual([...texts].sort());
    }
  });

  it('updates a note the reader keeps: their front matter and text stay byte for byte, DocClip\'s block holds the document\'s clips now', async () => {
    const exported = await download(library, 'export-obsidian');
    const name = `${clipOf(THIRD).docTitle}.md`;
    const note = exported.text.split(/^<!-- docclip:note ".*" -->\n/m).find((part) => part.includes(`> ${THIRD}`))!;
    // The reader's edits: a property, their heading and thoughts, an afterword; DocClip's block is an old one.
    const [head] = note.replace('\n---\n', '\naliases: ["人人文库报告"]\n---\n').split('<!-- docclip:start -->');
    const before = `${head!.trimEnd()}\n\n## 我的读后感\n\n执法力度是**关键**。\n\n`;
    const after = `\n\n我的后记\n`;
    const dir = await mkdtemp(join(tmpdir(), 'docclip-vault-'));
    await writeFile(join(dir, name), `${before}<!-- docclip:start -->\n> 旧的摘录\n<!-- docclip:end -->${after}`);
    const [file] = await Promise.all([library.waitForEvent('download'), library.locator('[data-field="update-note-file"]').setInputFiles(join(dir, name))]);
    expect(file.suggestedFilename()).toBe(name);
    const updated = await readFile(await file.path(), 'utf8');
    expect(updated.startsWith(before)).toBe(true);
    expect(updated.endsWith(after)).toBe(true);
    const { front, blocks } = readMarkdown(updated);
    expect(front).toMatchObject({ title: clipOf(THIRD).docTitle, url: RENREN_URL, aliases: ['人人文库报告'] });
    expect(blocks.filter((b) => b.type === 'blockquote').map(shownText)).toEqual([THIRD]);
    expect(blocks.map(outline)).toEqual(expect.arrayContaining([{ type: 'heading2', text: '我的读后感' }, { type: 'paragraph', text: '执法力度是关键。' }, { type: 'paragraph', text: '我的后记' }]));
    await expect.poll(() => library.locator('[data-state="note-update"]').innerText()).toMatch(new RegExp(`${name}.*(updated with 1 clip\\b|1 条摘录)`));

    // A note of no document in the library: said so, nothing downloaded.
    await writeFile(join(dir, '别的笔记.md'), '---\nurl: "https://example.org/none"\n---\n\n我的笔记\n');
    let downloaded = false;
    const onDownload = () => (downloaded = true);
    library.on('download', onDownload);
    await library.locator('[data-field="update-note-file"]').setInputFiles(join(dir, '别的笔记.md'));
    await expect.poll(() => library.locator('[data-state="note-update"][role="alert"]').innerText(), { timeout: 10_000 }).toMatch(/别的笔记\.md/);
    library.off('download', onDownload);
    expect(downloaded).toBe(false);
  });

  it('Obsidian / Logseq with the reader\'s template edited on the options page, and back to DocClip\'s note after "restore the default"', async () => {
    const options = await ext.openExtensionPage('src/options/index.html');
    const field = options.locator('#note-template');
    await expect.poll(() => field.isEnabled(), { timeout: 10_000 }).toBe(true);
    await field.fill('---\ntitle: {{title}}\nsource: {{url}}\ntags: {{tags}}\n---\n\n# {{title}}\n\n作者：{{author}}\n\n{{note}}\n\n## 摘录\n\n{{clips}}\n');
    await options.click('[data-action="save-note-template"]');
    await expect.poll(() => options.evaluate(() => chrome.storage.local.get('noteTemplate').then((s) => s.noteTemplate))).toContain('## 摘录');

    const file = await download(library, 'export-obsidian');
    const note = file.text.split(/^<!-- docclip:note ".*" -->\n/m).find((part) => part.includes(`> ${FIRST}`))!;
    const { front, blocks } = readMarkdown(note);
    expect(front).toEqual({ title: clipOf(FIRST).docTitle, source: SAMPLE_URL, tags: ['畜牧', '指标'] });
    const shown = blocks.map(outline);
    expect(shown.slice(0, 5)).toEqual([
      { type: 'heading1', text: String(clipOf(FIRST).docTitle) },
      { type: 'paragraph', text: '作者：某市组织部；张三' },
      { type: 'paragraph', text: '全文为研讨发言稿' },
      { type: 'heading2', text: '摘录' },
      { type: 'html', text: '<!-- docclip:start -->' },
    ]);
    expect(blocks.filter((b) => b.type === 'blockquote').map(shownText).sort()).toEqual([FIRST, SECOND].sort());

    await options.click('[data-action="reset-note-template"]');
    await expect.poll(() => options.evaluate(() => chrome.storage.local.get('noteTemplate').then((s) => s.noteTemplate ?? null))).toBeNull();
    expect(await field.inputValue()).toMatch(/^---\ntitle: \{\{title\}\}/);
    await options.close();
    const again = await download(library, 'export-obsidian');
    const restored = readMarkdown(again.text.split(/^<!-- docclip:note ".*" -->\n/m).find((part) => part.includes(`> ${FIRST}`))!);
    expect(Object.keys(restored.front ?? {}).sort()).toEqual(['accessed', 'author', 'site', 'tags', 'title', 'url']);
  });

  it('W3C Web Annotation: JSON-LD with the anno context, quote selectors, the category as a classifying body and tags as tagging', async () => {
    const file = await download(library, 'export-web-annotation');
    expect(file.name).toMatch(/\.jsonld$/);
    const doc = JSON.parse(file.text) as {
      '@context': string;
      type: string;
      total: number;
      first: { items: Array<{ id: string; type: string; motivation: string; body?: Array<{ type: string; purpose: string; value: string }>; target: { source: string; selector: Array<{ type: string; exact?: string }>; 'schema:pageStart'?: number } }> };
    };
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(3);
    const byText = new Map(doc.first.items.map((a) => [a.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact, a]));
    const bodies = (text: string, purpose: string) => (byText.get(text)!.body ?? []).filter((b) => b.purpose === purpose).map((b) => b.value);
    expect(bodies(FIRST, 'classifying')).toEqual(['数据']);
    expect(bodies(SECOND, 'classifying')).toEqual(['目标']);
    expect(bodies(THIRD, 'classifying')).toEqual(['问题']);
    expect(bodies(SECOND, 'tagging')).toEqual(['畜牧', '指标']);
    expect(bodies(THIRD, 'commenting')).toEqual(['执法力度']);
    for (const [text, annotation] of byText) {
      expect(annotation.type).toBe('Annotation');
      expect(annotation.id).toBe(`urn:uuid:${clipOf(text!).id}`);
      expect(annotation.motivation).toBe('commenting');
      expect(annotation.target.source).toBe(clipOf(text!).url);
      expect(annotation.target['schema:pageStart']).toBe(clipOf(text!).page);
    }
  });

  it('copies a GB/T 7714 citation in the style chosen (2015 or 2025), with the author and type entered in the library', async () => {
    const clipboard = () => library.evaluate(() => navigator.clipboard.readText());
    const cite = async (text: string) => {
      await library.evaluate(() => navigator.clipboard.writeText(''));
      await library.locator('li', { hasText: text }).first().locator('[data-action="copy-citation"]').click();
      await expect.poll(clipboard, { timeout: 10_000 }).not.toBe('');
      return clipboard();
    };
    const day = todayIso();
    const style = library.locator('[data-field="citation-style"]');
    expect(await style.locator('option').allTextContents()).toEqual(['GB/T 7714—2015', 'GB/T 7714—2025']);
    await style.selectOption('2015');
    expect(await cite(FIRST)).toBe(`某市组织部, 张三. ${clipOf(FIRST).docTitle}[R/OL]. 三七文档[${day}]. ${SAMPLE_URL}.`);
    await style.selectOption('2025');
    expect(await cite(FIRST)).toBe(`某市组织部，张三. ${clipOf(FIRST).docTitle}[R/OL]. 三七文档[${day}]. ${SAMPLE_URL}.`);

    // No author or type yet for the second document: no creator, type EB. Then entered in the library.
    expect(await cite(THIRD)).toBe(`${clipOf(THIRD).docTitle}[EB/OL]. 人人文库[${day}]. ${RENREN_URL}.`);
    await library.click('[data-action="open-documents"]');
    await library.selectOption('[data-field="document-choice"]', clipOf(THIRD).docId as string);
    const fields = library.locator(`.document-panel form[data-doc-id="${clipOf(THIRD).docId}"]`);
    await expect.poll(() => fields.locator('[data-field="document-author"]').isEnabled(), { timeout: 10_000 }).toBe(true);
    await fields.locator('[data-field="document-author"]').fill('某县生态环境局');
    await fields.locator('[data-field="document-type"]').selectOption('R');
    await fields.locator('[data-action="save-document"]').click();
    await fields.locator('[role="status"]').waitFor();
    expect(await cite(THIRD)).toBe(`某县生态环境局. ${clipOf(THIRD).docTitle}[R/OL]. 人人文库[${day}]. ${RENREN_URL}.`);

    // The style chosen is kept for the next visit.
    await library.reload();
    await expect.poll(() => library.locator('[data-field="citation-style"]').inputValue(), { timeout: 10_000 }).toBe('2025');
  });

  it('JSON: valid against the schema, and DocClip\'s import gives back the same clips and document', async () => {
    const file = await download(library, 'export-json');
    const json = JSON.parse(file.text) as { format: string; version: number; clips: unknown[]; documents?: unknown[] };
    const validate = createClipsSchemaValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toMatchObject({ format: 'docclip.clips', version: 3 });
    const byId = (rows: Array<Record<string, unknown>>) => [...rows].sort((a, b) => String(a.id ?? a.docId).localeCompare(String(b.id ?? b.docId)));
    const before = { clips: byId(await storedClips(library)), documents: await readTable(library, 'documents') };

    await clearTables(library, ['clips', 'documents']);
    await library.reload();
    expect(await storedClips(library)).toEqual([]);
    await library.locator('[data-field="import-file"]').setInputFiles(file.path);
    await expect.poll(async () => (await storedClips(library)).length, { timeout: 10_000 }).toBe(3);
    expect({ clips: byId(await storedClips(library)), documents: await readTable(library, 'documents') }).toEqual(before);
  });

  it('imports a Hypothesis export and DocClip\'s own W3C Web Annotation file through the library\'s import, saying what was left out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docclip-annotations-'));
    const quote = '全年核发排污许可证';
    const hypothesis = {
      export_date: new Date().toISOString(),
      export_userid: 'acct:reader@hypothes.is',
      client_version: '1.1500.0',
      annotations: [
        {
          id: 'hyp-1',
          created: '2026-11-20T08:15:30.123456+00:00',
          updated: '2026-11-20T08:15:30.123456+00:00',
          uri: RENREN_URL,
          text: '在 Hypothesis 里写的笔记',
          tags: ['环保'],
          target: [{ source: RENREN_URL, selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '156家' }] }],
          document: { title: [clipOf(THIRD).docTitle] },
        },
        { id: 'hyp-2', created: '2026-11-20T09:00:00Z', updated: '2026-11-20T09:00:00Z', uri: RENREN_URL, text: '同意', references: ['hyp-1'], target: [{ source: RENREN_URL }] },
      ],
    };
    await writeFile(join(dir, 'hypothesis.json'), JSON.stringify(hypothesis));
    const countBefore = (await storedClips(library)).length;
    await library.locator('[data-field="import-file"]').setInputFiles(join(dir, 'hypothesis.json'));
    await expect.poll(() => library.locator('.import-done').innerText(), { timeout: 10_000 }).toMatch(/Hypothesis/);
    expect(await library.locator('.import-skipped').innerText()).toMatch(/hyp-2/);
    const imported = (await storedClips(library)).find((c) => c.text === quote)!;
    expect(imported).toMatchObject({ url: RENREN_URL, docId: clipOf(THIRD).docId, note: '在 Hypothesis 里写的笔记', tags: ['环保'], docTitle: clipOf(THIRD).docTitle });
    expect((await storedClips(library)).length).toBe(countBefore + 1);

    // DocClip's own W3C export, imported into an empty library: the same clips come back.
    const w3c = await download(library, 'export-web-annotation');
    const fields = (c: Record<string, unknown>) => ({ id: c.id, text: c.text, url: c.url, docId: c.docId, page: c.page, tags: c.tags, note: c.note, category: c.category, selectors: c.selectors });
    const byId = (rows: Array<Record<string, unknown>>) => rows.map(fields).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const all = byId(await storedClips(library));
    await clearTables(library, ['clips']);
    await library.reload();
    await library.locator('[data-field="import-file"]').setInputFiles(w3c.path);
    await expect.poll(() => library.locator('.import-done').innerText(), { timeout: 10_000 }).toMatch(/W3C Web Annotation/);
    expect(byId(await storedClips(library))).toEqual(all);
  });
});
