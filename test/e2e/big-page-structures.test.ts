import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { pageStatus, sendToPage } from '../harness/sample-flow';
import { makeBigPage } from '../../bench/make-big-page';
import { CHUNK_CHARS } from '../../src/content/chunk-size';

/**
 * The big page's document in one enormous Text node (bench/page-structures.ts, structure
 * 'text-node'; the page's script joins the parser's 64 K pieces): DocClip splits the node into
 * pieces a chunk long so that it cleans and analyses it chunk by chunk (split-long-texts.ts),
 * finds what it finds on the same document in blocks, and joins the node back when turned off.
 */
const ONE_TEXT = 'http://m.777doc.com/p-920001.html';
const BLOCKS = 'http://m.777doc.com/p-920002.html';
const oneText = makeBigPage({ structure: 'text-node', chars: 300_000, pageCount: 150 });
const blocks = makeBigPage({ structure: 'blocks', chars: 300_000, pageCount: 150 });

async function open(ext: ExtensionBrowser, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url, { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('docclip:painted').length > 0, null, { timeout: 60_000 });
  return page;
}

/** The lengths of .one-text's child nodes (all Text), and its visible text. */
function oneTextNodes(page: Page): Promise<{ lengths: number[]; texts: number; text: string }> {
  return page.evaluate(() => {
    const el = document.querySelector('.one-text')!;
    const nodes = [...el.childNodes];
    return { lengths: nodes.map((n) => (n as Text).length), texts: nodes.filter((n) => n.nodeType === 3).length, text: el.textContent! };
  });
}

describe('DocClip on a page whose document is one Text node of 300,000 characters', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    server = await startFixtureServer({ 'm.777doc.com': { '/p-920001.html': () => oneText.html, '/p-920002.html': () => blocks.html } });
    ext = await launchWithExtension({ proxy: server.proxy });
    page = await open(ext, ONE_TEXT);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('works on the node in pieces of at most a chunk, and cuts every page marker', async () => {
    const { lengths, texts, text } = await oneTextNodes(page);
    expect(texts).toBe(lengths.length);
    expect(lengths.length).toBeGreaterThanOrEqual(Math.ceil(300_000 / CHUNK_CHARS));
    expect(Math.max(...lengths)).toBeLessThanOrEqual(CHUNK_CHARS);
    expect(text).not.toMatch(/\d+\/150(?!\d)/);
    expect(text.replace(/\s+/g, '')).toBe(oneText.text.replace(/\s+/g, ''));
  });

  it('finds the figures it finds on the same document written in blocks', async () => {
    const one = await pageStatus(ext, ONE_TEXT);
    const other = await open(ext, BLOCKS);
    const inBlocks = await pageStatus(ext, BLOCKS);
    await other.close();
    expect(one.figures).toBeGreaterThan(1000);
    expect(one.figures).toBe(inBlocks.figures);
    expect(one.targets).toBe(inBlocks.targets);
  });

  it('joins the node back, exactly as the page had it, when turned off', async () => {
    const reply = await sendToPage(ext, ONE_TEXT, { type: 'page/set-enabled', enabled: false });
    expect(reply.ok).toBe(true);
    const { lengths, text } = await oneTextNodes(page);
    expect(lengths).toHaveLength(1);
    const original = oneText.html.slice(oneText.html.indexOf('<div class="one-text">') + '<div class="one-text">'.length, oneText.html.indexOf('</div><script>'));
    expect(text === original.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe(true);
  });
});
