import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_ROUTES, SAMPLE_URL, openWithDocClip, storedClips } from '../harness/sample-flow';

const PANEL = 'docclip-ui .panel';
const BIG_URL = 'http://m.777doc.com/p-900001.html';
/** A long page: 700 paragraphs, each with a money figure, a percent and a measure. */
const bigPage = () =>
  `<!doctype html><meta charset="utf-8"><title>大文档</title><body>${Array.from(
    { length: 700 },
    (_, i) => `<p>第${i + 1}个项目位于${['东', '西', '南', '北'][i % 4]}区，总投资${i * 3 + 7}万元，完成率${(i % 90) + 5}%，占地${i + 12}亩。</p>`,
  ).join('')}</body>`;
const MONEY_ROW = `${PANEL} section[data-kind="money"] li:has-text("438万元")`;

/** The viewport rectangle of the span the panel last flashed, or null when nothing is flashed. */
function focusRect(page: Page) {
  return page.evaluate(() => {
    const [range] = [...(CSS.highlights.get('docclip-focus') ?? [])] as Range[];
    if (!range) return null;
    const r = range.getBoundingClientRect();
    return { text: range.toString(), top: r.top, bottom: r.bottom, right: r.right, height: innerHeight };
  });
}

describe('figures panel on the sample 三七文档 page, in Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer({ 'm.777doc.com': { ...SAMPLE_ROUTES['m.777doc.com'], '/p-900001.html': bigPage } });
    ext = await launchWithExtension({ proxy: server.proxy });
    page = await openWithDocClip(ext, SAMPLE_URL);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('ignores a click the page forges, and opens on a real one beside the legend, keeping the reader\'s place', async () => {
    const button = page.locator('docclip-ui [data-action="panel"]');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 3));
    const placeTop = () =>
      page.evaluate(() => {
        const w = window as typeof window & { place?: Range };
        w.place ??= document.caretRangeFromPoint(innerWidth / 3, innerHeight / 3)!;
        return w.place.getBoundingClientRect().top;
      });
    const before = await placeTop();
    await page.evaluate(() => (document.querySelector('docclip-ui')!.shadowRoot!.querySelector('[data-action="panel"]') as HTMLElement).click());
    await expect.poll(() => page.locator(PANEL).isVisible()).toBe(false);
    await button.click();
    await page.locator(PANEL).waitFor({ state: 'visible' });
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(Math.abs((await placeTop()) - before), 'the text under the reader moved').toBeLessThan(2);
    const panel = (await page.locator(PANEL).boundingBox())!;
    const legend = (await page.locator('docclip-ui .legend').boundingBox())!;
    expect(legend.x + legend.width, 'legend under the panel').toBeLessThanOrEqual(panel.x);
  });

  it('lists targets first, then the figures by kind, with the parsed value and the context', async () => {
    const kinds = await page.locator(`${PANEL} section`).evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.kind));
    const order = ['target', 'money', 'percent', 'measure', 'count', 'date'];
    expect(kinds[0]).toBe('target');
    expect(kinds).toContain('money');
    expect(kinds).toEqual([...kinds].sort((a, b) => order.indexOf(a!) - order.indexOf(b!)));
    const row = page.locator(MONEY_ROW).first();
    const text = await row.innerText();
    expect(text).toContain('4,380,000');
    expect(text).toContain('总投资【438万元】');
    const counts = await page.locator(`${PANEL} .counts`).innerText();
    const targets = await page.locator(`${PANEL} section[data-kind="target"] li`).count();
    expect(counts).toContain(String(targets));
  });

  it('scrolls the page to a row and flashes its span', async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    await page.locator(`${MONEY_ROW} [data-action="goto"]`).first().click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).not.toBe(before);
    const rect = await focusRect(page);
    expect(rect?.text).toBe('438万元');
    expect(rect!.top).toBeGreaterThanOrEqual(0);
    expect(rect!.bottom).toBeLessThanOrEqual(rect!.height);
    expect(Math.abs((rect!.top + rect!.bottom) / 2 - rect!.height / 2), 'span centred').toBeLessThan(40);
    const panel = (await page.locator(PANEL).boundingBox())!;
    expect(rect!.right, 'span under the panel').toBeLessThanOrEqual(panel.x);
    await page.screenshot({ path: '/tmp/panel.png' });
    await expect.poll(() => focusRect(page), { timeout: 5_000 }).toBeNull();
  });

  it("saves a figure's sentence as a clip", async () => {
    await page.locator(`${MONEY_ROW} [data-action="clip-row"]`).first().click();
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await expect.poll(async () => (await storedClips(popup)).length, { timeout: 10_000 }).toBe(1);
    const [clip] = await storedClips(popup);
    expect(clip).toMatchObject({
      text: '“三线”下地工程总投资438万元,一期工程投入198万元已到位,7月中旬将正式开工。',
      site: '777doc',
      docTitle: '组织部生态保护研讨发言',
    });
    expect((clip!.figures as Array<{ text: string; value: number }>).slice(0, 2).map((f) => [f.text, f.value])).toEqual([
      ['438万元', 4_380_000],
      ['198万元', 1_980_000],
    ]);
    await popup.close();
    await page.bringToFront();
    await expect(page.locator(PANEL).isVisible()).resolves.toBe(true);
  });

  it('copies the list as CSV (or shows it to copy by hand where the clipboard is refused)', async () => {
    // The async clipboard exists only in secure contexts; the sample is served over http.
    const secure = await page.evaluate(() => window.isSecureContext);
    if (secure) await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(SAMPLE_URL).origin });
    await page.locator(`${PANEL} [data-action="copy-csv"]`).click();
    const csv = secure
      ? await page.evaluate(() => navigator.clipboard.readText())
      : await page.locator(`${PANEL} textarea`).inputValue();
    // A textarea's value has LF line breaks (HTML normalises CRLF); the clipboard keeps CRLF.
    const lines = csv.split(/\r?\n/);
    expect(lines[0]).toBe('kind,text,value,unit,context,title,url');
    expect(lines).toContainEqual(expect.stringMatching(/^money,438万元,4380000,元,[^\n]*总投资【438万元】[^\n]*,组织部生态保护研讨发言,http:\/\/m\.777doc\.com\/p-231734\.html$/));
    expect(lines[1]).toMatch(/^target,/);
    const rows = await page.locator(`${PANEL} li`).count();
    expect(lines.length - 2).toBe(rows);
  });

  it('closes with Escape and gives focus back to the legend', async () => {
    await page.keyboard.press('Escape');
    await page.locator(PANEL).waitFor({ state: 'hidden' });
    const button = page.locator('docclip-ui [data-action="panel"]');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
  });

  it('renders a long list a page at a time', async () => {
    const big = await openWithDocClip(ext, BIG_URL);
    await big.locator('docclip-ui [data-action="panel"]').click();
    const money = big.locator(`${PANEL} section[data-kind="money"]`);
    await expect.poll(() => money.locator('li').count()).toBe(200);
    expect(await money.locator('h3').innerText()).toContain('700');
    await money.locator('[data-action="more"]').click();
    expect(await money.locator('li').count()).toBe(400);
    expect(await big.evaluate(() => (document.querySelector('docclip-ui')!.shadowRoot!.activeElement as HTMLElement).innerText)).toContain('607万元');
    await big.close();
  });
});
