/**
 * `npm run demo`: serves the bundled sample 三七文档 page under its real host name and opens
 * Chromium with the built extension. With a display the browser stays open for you to use;
 * without one (or with --headless) it runs clean → highlight → clip → export, saves a
 * screenshot, prints a summary and exits 0.
 */
import { mkdir, copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from '../test/harness/launch-extension';
import { startFixtureServer } from '../test/harness/fixture-server';
import {
  SAMPLE_ROUTES, SAMPLE_URL, downloadJson, highlightTexts, openWithDocClip, pageStatus, selectText, storedClips,
} from '../test/harness/sample-flow';

const OUT = resolve('.demo');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

async function run(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const server = await startFixtureServer(SAMPLE_ROUTES);
  const ext = await launchWithExtension({ proxy: server.proxy, headless });
  try {
    const page = await openWithDocClip(ext, SAMPLE_URL);
    const status = await pageStatus(ext, SAMPLE_URL);
    const figures = await highlightTexts(page, 'docclip-figure');
    const targets = await highlightTexts(page, 'docclip-target');

    const excerpt = '“三线”下地工程总投资438万元,一期工程投入198万元已到位';
    await selectText(page, excerpt);
    await page.locator('docclip-ui [data-action="clip"]').click();
    const popup = await ext.openExtensionPage('src/popup/index.html');
    let clips = await storedClips(popup);
    for (let i = 0; i < 50 && clips.length === 0; i++) {
      await popup.waitForTimeout(100);
      clips = await storedClips(popup);
    }
    await popup.reload();
    const exported = await downloadJson(popup, '[data-action="export-json"]');
    const exportPath = resolve(OUT, exported.name);
    await copyFile(exported.path, exportPath);
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await page.bringToFront();
    const clipShot = resolve(OUT, '777doc-clip.png');
    await page.screenshot({ path: clipShot });
    await page.evaluate(() => window.scrollTo(0, 0));
    const screenshot = resolve(OUT, '777doc-cleaned.png');
    await page.screenshot({ path: screenshot });

    const reasons = Object.entries(status.removedByReason).map(([r, n]) => `${r} ${n}`).join(', ');
    console.log(`DocClip demo — ${SAMPLE_URL}
  clutter hidden:      ${status.hidden} elements (${reasons})
  text repaired:       ${status.repaired} spans cut from the text (page markers spliced into words, inline promotion); document characters hidden: ${status.documentCharsHidden}
  figures highlighted: ${figures.length} (${figures.slice(0, 8).join(' ')} …)
  targets highlighted: ${targets.length}
  clip saved:          ${clips.length === 1 ? `yes — “${String(clips[0]!.text)}”` : `no (${clips.length} clips stored)`}
  export:              ${exportPath}
  screenshots:         ${screenshot} (top of the page), ${clipShot} (the clip)`);
    if (clips.length !== 1) process.exitCode = 1;
    if (!headless) {
      console.log('Chromium stays open: close its window to end the demo.');
      await new Promise<void>((done) => ext.context.on('close', () => done()));
    }
  } finally {
    await ext.close().catch(() => undefined);
    await server.close();
  }
}

run().catch((error: unknown) => {
  console.error('demo failed:', error);
  process.exit(1);
});
