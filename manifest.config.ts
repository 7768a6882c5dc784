import type { ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { supportedHosts } from './src/core/sites/site-registry';

export type TargetBrowser = 'chrome' | 'firefox';

/**
 * Firefox's add-on id. It is permanent once the add-on is signed on addons.mozilla.org; the
 * `.example` domain (reserved, RFC 2606) cannot collide with anyone else's id.
 */
const GECKO_ID = 'docclip@docclip.example';

/**
 * Firefox 140 (the current ESR) is the first with both the CSS Custom Highlight API and the
 * built-in data collection consent; Firefox for Android got the consent in 142.
 * https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
 */
const FIREFOX_MIN_VERSION = '140.0';

/** Permissions of APIs that only Chrome has. */
const CHROME_ONLY_PERMISSIONS = new Set(['offscreen']);
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/**
 * The manifest for one browser: manifest.json (written for Chrome) plus what is derived or
 * differs. The content script's match patterns and the host permissions come from the
 * site-profile registry, so one place names the supported sites.
 *
 * Chrome's extension pages are cross-origin isolated, so that onnxruntime's WebAssembly may use
 * threads in the offscreen document that runs the OCR engine (SharedArrayBuffer needs it;
 * src/background/ocr-host.ts); those pages load only the extension's own files.
 *
 * Firefox differs in four ways: an event page (`background.scripts`) instead of a service
 * worker — crxjs then emits `background.scripts` with its loader; no `key` (Chrome's way of
 * pinning the extension id; Firefox reads `browser_specific_settings.gecko.id` instead and
 * rejects `key`); no `offscreen` permission (Firefox has no such API: its event page has the DOM
 * that Chrome's offscreen document gives the backup, src/background/backup-blob-source.ts); and
 * the gecko settings with the declaration that DocClip collects no data.
 */
export function createManifest(browser: TargetBrowser): ManifestV3Export {
  const matches = supportedHosts().map((host) => `*://*.${host}/*`);
  const { key, background, ...common } = baseManifest;
  const shared = {
    ...common,
    host_permissions: matches,
    content_scripts: baseManifest.content_scripts.map((script) => ({ ...script, matches })),
  };
  if (browser === 'chrome') {
    return {
      ...shared,
      key,
      background,
      cross_origin_embedder_policy: { value: 'require-corp' },
      cross_origin_opener_policy: { value: 'same-origin' },
    } as ManifestV3Export;
  }
  return {
    ...shared,
    permissions: common.permissions.filter((permission) => !CHROME_ONLY_PERMISSIONS.has(permission)),
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  } as ManifestV3Export;
}
