import { describe, expect, it } from 'vitest';
import { nativeApi, type ExtensionApi } from '../../src/content/extension-api';

type ChromeListener = (message: unknown, sender: object, sendResponse: (reply: unknown) => void) => boolean;

/** Chrome's API as a content script sees it: promises from its methods, onMessage replying through sendResponse. */
function fakeChrome() {
  const listeners: ChromeListener[] = [];
  const sent: unknown[] = [];
  const chrome = {
    runtime: {
      id: 'docclip-id',
      sendMessage: (message: unknown) => {
        if (message === 'throw') throw new Error('Extension context invalidated.');
        sent.push(message);
        return Promise.resolve({ ok: true, value: 1 });
      },
      onMessage: { addListener: (listener: ChromeListener) => void listeners.push(listener) },
    },
    storage: {
      local: { get: async () => ({ watchTerms: ['a'] }), set: async () => undefined, remove: async () => undefined },
      onChanged: { addListener: () => undefined },
    },
    i18n: { getMessage: (key: string) => `msg:${key}` },
  };
  /** Delivers a message as Chrome does; the reply sendResponse got (a promise), and what the listener returned. */
  const deliver = (message: unknown) => {
    let returned = false;
    const reply = new Promise((resolve) => {
      returned = listeners[0]!(message, { id: 'docclip-id' }, resolve);
      if (!returned) resolve('no reply');
    });
    return { reply, returned: () => returned };
  };
  return { chrome, deliver, sent };
}

describe('nativeApi (the content script’s extension API without the polyfill)', () => {
  it('uses Firefox’s own browser as it is when it has a runtime id', () => {
    const firefox = { runtime: { id: 'x' } } as unknown as ExtensionApi;
    expect(nativeApi({ browser: firefox, chrome: fakeChrome().chrome as never })).toBe(firefox);
  });

  it('in Chrome, a listener’s promise becomes the reply through sendResponse; undefined sends none', async () => {
    const { chrome, deliver } = fakeChrome();
    const api = nativeApi({ chrome: chrome as never });
    api.runtime.onMessage.addListener((message) => (message === 'status' ? Promise.resolve({ ok: true, value: 'on' }) : undefined));
    const answered = deliver('status');
    expect(answered.returned()).toBe(true);
    expect(await answered.reply).toEqual({ ok: true, value: 'on' });
    const ignored = deliver('other');
    expect(ignored.returned()).toBe(false);
    expect(await ignored.reply).toBe('no reply');
  });

  it('in Chrome, a listener that rejects or throws replies with the error as a Reply', async () => {
    const { chrome, deliver } = fakeChrome();
    const api = nativeApi({ chrome: chrome as never });
    api.runtime.onMessage.addListener((message) => {
      if (message === 'throw') throw new Error('broken');
      return Promise.reject(new Error('storage full'));
    });
    expect(await deliver('reject').reply).toEqual({ ok: false, error: 'storage full' });
    expect(await deliver('throw').reply).toEqual({ ok: false, error: 'broken' });
  });

  it('in Chrome, sendMessage and storage pass through; a sendMessage that throws rejects', async () => {
    const { chrome, sent } = fakeChrome();
    const api = nativeApi({ chrome: chrome as never });
    expect(api.runtime.id).toBe('docclip-id');
    expect(await api.runtime.sendMessage({ type: 'clips/forPage' })).toEqual({ ok: true, value: 1 });
    expect(sent).toEqual([{ type: 'clips/forPage' }]);
    await expect(api.runtime.sendMessage('throw')).rejects.toThrow('Extension context invalidated.');
    expect(await api.storage.local.get(['watchTerms'])).toEqual({ watchTerms: ['a'] });
    expect(api.i18n.getMessage('ocrButton')).toBe('msg:ocrButton');
  });

  it('says so where there is no extension API', () => {
    expect(() => nativeApi({})).toThrow(/no extension API/);
  });
});
