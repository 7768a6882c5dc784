import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { highlightTexts, openPopupFor, openWithDocClip, pageStatus, selectText, storedClips, visibleText } from '../harness/sample-flow';

const CSP_URL = 'http://m.777doc.com/p-900001.html';
const TAMPER_URL = 'http://m.777doc.com/p-900002.html';
const MARKUP_URL = 'http://m.777doc.com/p-900003.html';
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'";
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Pages that fight their readers, served under a supported host name. */
describe('hostile pages, in Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  const contentErrors: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer({
      'm.777doc.com': {
        '/p-900001.html': { page: 'test/fixtures/hostile/csp.html', headers: { 'content-security-policy': STRICT_CSP } },
        '/p-900002.html': 'test/fixtures/hostile/tamper.html',
        '/p-900003.html': 'test/fixtures/hostile/markup.html',
      },
    });
    ext = await launchWithExtension({ proxy: server.proxy });
    ext.context.on('console', (message) => {
      if (message.type() === 'error' && /docclip|chrome-extension:/i.test(message.text() + message.location().url)) contentErrors.push(message.text());
    });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('a strict Content-Security-Policy page is cleaned, painted and clippable', async () => {
    const page = await openWithDocClip(ext, CSP_URL);
    const seen = squeeze(await visibleText(page));
    expect(seen).not.toContain('赏杯茶钱');
    expect(seen).not.toContain('ICP备');
    expect(seen).toContain('经济社会发展');
    expect(await highlightTexts(page, 'docclip-figure')).toContain('438万元');
    const excerpt = '花卉苗木基地建设目前已完成1800亩';
    await selectText(page, excerpt);
    const button = page.locator('docclip-ui [data-action="clip"]');
    await button.click();
    const library = await ext.openExtensionPage('src/library/index.html');
    await expect.poll(async () => (await storedClips(library)).map((c) => c.text), { timeout: 10_000 }).toContain(excerpt);
    await library.close();
    await page.close();
  });

  it('a page that tampers with built-ins, re-inserts nags, rewrites nodes and forges clicks stays clean and makes no clip', async () => {
    const library = await ext.openExtensionPage('src/library/index.html');
    const before = (await storedClips(library)).length;
    const page = await openWithDocClip(ext, TAMPER_URL);
    await page.waitForFunction(() => (window as unknown as { forgeries: number }).forgeries >= 5, undefined, { timeout: 10_000 });
    await page.waitForTimeout(600); // several re-inserted nags and forged clicks later
    // The page broke Array.prototype in its world: count without it.
    const nagsShown = await page.evaluate(() => {
      let shown = 0;
      const nags = document.querySelectorAll('.nag');
      for (let i = 0; i < nags.length; i++) if ((nags[i] as HTMLElement).offsetParent !== null) shown++;
      return shown;
    });
    expect(nagsShown).toBe(0);
    expect(squeeze(await visibleText(page))).toContain('经济' + '组织部');
    expect(await highlightTexts(page, 'docclip-figure')).toContain('500万元');
    expect((await storedClips(library)).length).toBe(before);
    expect((await pageStatus(ext, TAMPER_URL)).documentCharsHidden).toBe(0);
    expect(contentErrors).toEqual([]);
    await page.close();
    await library.close();
  });

  it('document text that looks like markup is clipped and shown literally, never run', async () => {
    const dialogs: string[] = [];
    ext.context.on('page', (p: Page) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
    const page = await openWithDocClip(ext, MARKUP_URL);
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    const excerpt = `正文引用了一段代码:<img src=x onerror="alert('xss')"> 和链接 javascript:alert(1) 以及 <script>alert(2)</script>,投资438万元。`;
    await selectText(page, excerpt);
    await page.locator('docclip-ui [data-action="clip"]').click();
    const rtl = '阿拉伯语混排:\u202eمرحبا\u202c 与零宽\u200b字符\u200d,共3个项目。';
    await selectText(page, rtl);
    await page.locator('docclip-ui [data-action="clip"]').click();
    const popup = await openPopupFor(ext, MARKUP_URL);
    await expect.poll(async () => (await storedClips(popup)).map((c) => c.text)).toEqual(expect.arrayContaining([excerpt, rtl]));
    await expect.poll(() => popup.locator('body').innerText()).toContain(`<img src=x onerror="alert('xss')">`);
    expect(await popup.locator('img[src="x"], script:not([src])').count()).toBe(0);
    // The page's full text as Markdown: its markup-like text escaped (no `<` but DocClip's own
    // <mark> tags is left bare, so no Markdown reader turns it into HTML), both clips marked.
    const [file] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-action="full-text-markdown"]')]);
    const markdown = await readFile(await file.path(), 'utf8');
    expect(markdown.replace(/<\/?mark>/g, '').match(/(?<!\\)</g)).toBeNull();
    expect(markdown).toContain(`\\<img src=x onerror="alert('xss')"\\>`);
    expect(markdown.match(/<mark>/g)).toHaveLength(2);
    const library = await ext.openExtensionPage('src/library/index.html');
    await expect.poll(() => library.locator('body').innerText()).toContain('<script>alert(2)</script>');
    expect(await library.locator('img[src="x"]').count()).toBe(0);
    await library.locator('body').click(); // give any injected handler a chance
    expect(dialogs).toEqual([]);
    await Promise.all([popup.close(), library.close(), page.close()]);
  });
});
