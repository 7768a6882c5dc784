import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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

/** A language of the extension's interface (a public/_locales folder). */
export type UiLanguage = 'zh_CN' | 'en';

/**
 * How Chromium on Linux is told its UI language: only the environment counts (GLib's
 * LANGUAGE, then LC_ALL, LC_MESSAGES, LANG); `--lang`, `--accept-lang` and `intl.app_locale` in
 * Local State leave `chrome.i18n.getUILanguage()` alone (they change navigator.language at most).
 * Chromium also needs that language's .pak (Debian: chromium-l10n), else it stays en-US.
 */
const UI_LANGUAGES: Record<UiLanguage, { env: string; chromium: string }> = {
  zh_CN: { env: 'zh_CN:zh', chromium: 'zh-CN' },
  en: { env: 'en_US:en', chromium: 'en-US' },
};

export interface LaunchOptions {
  proxy?: string;
  headless?: boolean;
  dist?: string;
  /**
   * The web content locale (navigator.language, Accept-Language; in extension pages also what
   * `i18n.getUILanguage()` answers, through Playwright's emulation): the UI language's, else zh-CN.
   */
  locale?: string;
  /**
   * The browser's UI language, which picks the extension's messages.json. Unset: whatever the
   * environment gives (en-US under LANG=C). Set: the launch fails unless Chromium runs in it.
   */
  uiLanguage?: UiLanguage;
  /** An X display (e.g. ':99' from startXvfb) for a headed browser that takes real key presses. */
  display?: string;
  /**
   * The browser's downloads folder, for downloads as a reader's Chromium makes them (the
   * extension's `downloads.download` with its file names and subfolders). Playwright's own
   * handling of downloads names every file by a GUID (CDP `allowAndName`, which also overrides
   * the name `downloads.download` asks for), so with this set it is switched back to Chromium's
   * default behaviour and the profile's download preferences point here; Playwright's `download`
   * events are then not raised.
   */
  downloadsDir?: string;
  /**
   * A real browser window of this size (DIP) at this device pixel ratio, instead of Playwright's
   * emulated 1100 × 900 viewport: for what depends on the screen itself (tabs.captureVisibleTab).
   */
  window?: { width: number; height: number; scale: number };
}

/**
 * Launches Debian Chromium with the built extension (dist/) loaded unpacked, in a fresh
 * profile. `proxy` routes page requests to the fixture server.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dist = resolve(options.dist ?? 'dist');
  const profile = await mkdtemp(join(tmpdir(), 'docclip-profile-'));
  const ui = options.uiLanguage ? UI_LANGUAGES[options.uiLanguage] : null;
  if (options.downloadsDir) {
    await mkdir(join(profile, 'Default'), { recursive: true });
    const download = { default_directory: resolve(options.downloadsDir), prompt_for_download: false, directory_upgrade: true };
    await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ download, savefile: { default_directory: download.default_directory } }));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? options.display === undefined,
    locale: options.locale ?? ui?.chromium ?? 'zh-CN',
    ...(ui || options.display
      ? { env: { ...process.env, ...(ui ? { LANGUAGE: ui.env } : {}), ...(options.display ? { DISPLAY: options.display } : {}) } }
      : {}),
    viewport: options.window ? null : { width: 1100, height: 900 },
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
      ...(options.window ? [`--window-size=${options.window.width},${options.window.height}`, `--force-device-scale-factor=${options.window.scale}`] : []),
    ],
  });
  if (options.downloadsDir) {
    const cdp = await context.browser()!.newBrowserCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  if (ui) {
    const actual = await worker.evaluate(() => chrome.i18n.getUILanguage());
    if (actual !== ui.chromium) {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      throw new Error(
        `Chromium runs in ${actual}, not ${ui.chromium}: it lacks that locale (Debian: apt-get install -y chromium-l10n).`,
      );
    }
  }
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
