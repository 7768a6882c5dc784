import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type UiLanguage } from '../harness/launch-extension';

/**
 * The interface follows the browser's language: the same popup in Chinese and in English.
 * Opened in a tab of its own, the popup has no document page to talk to, so it shows its
 * "not running on this page" notice. Screenshots land in test-results/ for a look by eye.
 */
const cases: Array<{ ui: UiLanguage; lang: string; title: string; notice: string }> = [
  { ui: 'zh_CN', lang: 'zh-CN', title: 'DocClip 文库摘录', notice: 'DocClip 不在此页运行' },
  { ui: 'en', lang: 'en', title: 'DocClip', notice: 'DocClip is not running on this page' },
];

describe('popup in the browser UI language, in Chromium', () => {
  let ext: ExtensionBrowser | undefined;
  afterEach(async () => {
    await ext?.close();
    ext = undefined;
  });

  it.each(cases)('$ui', async ({ ui, lang, title, notice }) => {
    ext = await launchWithExtension({ uiLanguage: ui });
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await popup.setViewportSize({ width: 420, height: 560 });
    const heading = popup.locator('#no-page-heading');
    await heading.waitFor();
    expect(await heading.innerText()).toBe(notice);
    expect(await popup.locator('h1').innerText()).toBe(title);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    await popup.screenshot({ path: `test-results/i18n-popup-${ui}.png`, fullPage: true });
  });
});
