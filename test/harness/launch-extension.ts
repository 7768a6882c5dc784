import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from './find-chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Opens one of the extension's pages, e.g. 'src/popup/index.html'. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Debian Chromium with the built extension (dist/) loaded unpacked, in a fresh
 * profile. `proxy` routes page requests to the fixture server.
 */
export async function launchWithExtension(options: { proxy?: string; headless?: boolean; dist?: string; locale?: string } = {}): Promise<ExtensionBrowser> {
  const dist = resolve(options.dist ?? 'dist');
  const profile = await mkdtemp(join(tmpdir(), 'docclip-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1100, height: 900 },
    acceptDownloads: true,
    ...(options.proxy ? { proxy: { server: options.proxy } } : {}),
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
