import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from './find-firefox';

export interface FirefoxExtension {
  browser: Browser;
  /** `moz-extension://<uuid>/`: this installation's address (random per install, fixed here by a pref). */
  base: string;
  /** Where Firefox saves downloads (the export buttons' files). */
  downloads: string;
  /** Opens a new tab at `url` and waits for it to load. */
  newPage(url: string): Promise<Page>;
  /** Opens one of the extension's pages, e.g. 'src/popup/index.html'. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Runs `fn` in an extension page (a tab of the options page kept for the harness), where
   * `browser.*` is the extension's own API — the stand-in for Chromium's worker.evaluate, since
   * Firefox's background is an event page that WebDriver BiDi does not expose as a realm.
   */
  inExtension<A, R>(fn: (arg: A) => Promise<R> | R, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** The fixture server's `http://127.0.0.1:PORT`: every http request goes to it (real host names). */
  proxy?: string;
  /** Extra preferences, e.g. `{'dom.customHighlightAPI.enabled': false}` for a Firefox without the Highlight API. */
  prefs?: Record<string, unknown>;
  dist?: string;
  /** An X display for a headed Firefox that takes real key presses (xvfb.ts). */
  display?: string;
}

/**
 * Launches Debian's Firefox ESR through WebDriver BiDi (puppeteer-core: no geckodriver, no
 * browser download) in a fresh profile and installs the built add-on (dist-firefox/) as a
 * temporary add-on (`webExtension.install`).
 *
 * The add-on's moz-extension:// host is a UUID that Firefox draws per installation and keeps in
 * the pref `extensions.webextensions.uuids` (add-on id → UUID); it reuses an entry that is
 * already there, so the harness draws the UUID itself and passes it in with the other prefs.
 * https://bugzilla.mozilla.org/show_bug.cgi?id=1271663
 */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtension> {
  const dist = resolve(options.dist ?? 'dist-firefox');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const downloads = await mkdtemp(join(tmpdir(), 'docclip-ff-downloads-'));
  const proxy = options.proxy ? new URL(options.proxy) : null;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: options.display === undefined,
    defaultViewport: { width: 1100, height: 900 },
    // WebDriver BiDi navigates only to http(s), file, blob and about:blank unless this flag is
    // given; the tests open the add-on's moz-extension:// pages as the toolbar or options would.
    args: ['--remote-allow-system-access'],
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      'intl.accept_languages': 'zh-CN, zh',
      ...(proxy
        ? {
            'network.proxy.type': 1, // manual: every http request goes to the fixture server
            'network.proxy.http': proxy.hostname,
            'network.proxy.http_port': Number(proxy.port),
            'network.proxy.no_proxies_on': '',
            'network.proxy.allow_hijacking_localhost': true,
          }
        : {}),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      ...options.prefs,
    },
  });
  const close = async () => {
    await browser.close();
    await rm(downloads, { recursive: true, force: true });
  };
  try {
    const installed = await browser.installExtension(dist);
    if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await close();
    throw error;
  }
  const base = `moz-extension://${uuid}/`;
  const newPage = async (url: string) => {
    const page = await browser.newPage();
    await page.goto(url);
    return page;
  };
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    await loadExtensionPage(page, base + path);
    return page;
  };
  let harnessPage: Page | null = null;
  return {
    browser,
    base,
    downloads,
    newPage,
    openExtensionPage,
    async inExtension(fn, arg) {
      harnessPage ??= await openExtensionPage('src/options/index.html');
      return harnessPage.evaluate(fn as (a: unknown) => unknown, arg as unknown) as never;
    },
    close,
  };
}

/**
 * Navigates `page` to one of the add-on's pages and resolves once that document has loaded.
 * Firefox loads moz-extension:// pages in the extension process, and puppeteer does not see that
 * navigation complete (its `goto` times out although the page is there), so this asks the page
 * itself; the `goto` is left to settle (or time out) on its own.
 */
export async function loadExtensionPage(page: Page, url: string, timeoutMs = 20_000): Promise<void> {
  void page.goto(url, { timeout: timeoutMs }).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page
      .evaluate(() => [location.href, document.readyState] as const)
      .catch(() => null); // the old document went away mid-call
    if (state && state[0] === url && state[1] === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${url} did not load (at ${state?.[0] ?? 'unknown'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
