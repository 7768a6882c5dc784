import type { Runtime, Storage } from 'webextension-polyfill';
import { textFunctions } from '../i18n-text';

/**
 * The extension API as the content script and its parts use it: the browser's own, not
 * webextension-polyfill (src/browser.ts), which is 9 KiB minified in the script every page loads
 * and of which the content script needs one thing. Firefox's `browser` is used as it is (the
 * polyfill hands it over as it is too). Chrome's `chrome` returns promises from these methods
 * itself (Manifest V3), but its runtime.onMessage does not take a listener's promise as the
 * reply: `onMessage.addListener` answers with `sendResponse` when the promise settles, a
 * rejection as the Reply `{ ok: false, error }` (messages.ts).
 */
export interface ExtensionApi {
  runtime: {
    readonly id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: MessageListener): void };
  };
  storage: {
    local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
    onChanged: { addListener(listener: (changes: Record<string, Storage.StorageChange>, area: string) => void): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

/** A message listener: its promise's value is the reply; undefined: no reply from this listener. */
export type MessageListener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

/** Chrome's runtime.onMessage: a listener replies with sendResponse, returning true to reply later. */
interface ChromeOnMessage {
  addListener(listener: (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean): void;
}

type Globals = { browser?: ExtensionApi; chrome?: Omit<ExtensionApi, 'runtime'> & { runtime: Omit<ExtensionApi['runtime'], 'onMessage'> & { onMessage: ChromeOnMessage } } };

/**
 * The API of the world the script runs in (as webextension-polyfill chooses: Firefox's
 * `browser` when it has a runtime id, else Chrome's `chrome`). `globals` is for tests.
 */
export function nativeApi(globals: Globals = globalThis as unknown as Globals): ExtensionApi {
  if (globals.browser?.runtime?.id) return globals.browser;
  const chrome = globals.chrome;
  if (!chrome?.runtime?.id) throw new Error('DocClip: no extension API here');
  return {
    runtime: {
      get id() {
        return chrome.runtime.id;
      },
      // async: an API that throws (the extension reloaded under the page) rejects instead, as the polyfill's does.
      sendMessage: async (message) => chrome.runtime.sendMessage(message),
      onMessage: {
        addListener(listener) {
          chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
            let reply: Promise<unknown> | undefined;
            try {
              reply = listener(message, sender);
            } catch (error) {
              reply = Promise.reject(error);
            }
            if (reply === undefined) return false;
            reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
            return true;
          });
        },
      },
    },
    storage: {
      local: {
        get: async (keys) => chrome.storage.local.get(keys),
        set: async (items) => chrome.storage.local.set(items),
        remove: async (keys) => chrome.storage.local.remove(keys),
      },
      onChanged: chrome.storage.onChanged,
    },
    i18n: chrome.i18n,
  };
}

let api: ExtensionApi | undefined;
/** The API, looked up at first use (a module that imports this one can be loaded where there is none: the unit tests). */
const native = (): ExtensionApi => (api ??= nativeApi());

export const browser: ExtensionApi = {
  runtime: {
    get id() {
      return native().runtime.id;
    },
    sendMessage: (message) => native().runtime.sendMessage(message),
    onMessage: { addListener: (listener) => native().runtime.onMessage.addListener(listener) },
  },
  storage: {
    local: {
      get: (keys) => native().storage.local.get(keys),
      set: (items) => native().storage.local.set(items),
      remove: (keys) => native().storage.local.remove(keys),
    },
    onChanged: { addListener: (listener) => native().storage.onChanged.addListener(listener) },
  },
  i18n: { getMessage: (key, substitutions) => native().i18n.getMessage(key, substitutions) },
};

/** Translated UI text, and the same for a message about a count of things (src/i18n-text.ts). */
export const { t, tCount } = textFunctions((key, substitutions) => browser.i18n.getMessage(key, substitutions));
