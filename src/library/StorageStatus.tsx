import { useEffect, useState } from 'preact/hooks';
import { browser, t } from '../browser';

/** `browser.storage.local` key: set once DocClip has asked for persistent storage, so it asks only once. */
const PERSIST_ASKED_KEY = 'persistRequested';

type State = 'unknown' | 'persistent' | 'best-effort' | 'unsupported';

/**
 * Whether the browser keeps the library's storage under pressure (navigator.storage.persist).
 * Asks once, on the first visit of the library; afterwards shows the answer, with a button
 * to ask again while the storage is not persistent.
 */
export function StorageStatus() {
  const [state, setState] = useState<State>('unknown');

  const ask = async () => {
    const granted = await navigator.storage.persist();
    await browser.storage.local.set({ [PERSIST_ASKED_KEY]: true });
    setState(granted ? 'persistent' : 'best-effort');
  };

  useEffect(() => {
    if (!navigator.storage?.persisted) {
      setState('unsupported');
      return;
    }
    (async () => {
      if (await navigator.storage.persisted()) return setState('persistent');
      const stored = await browser.storage.local.get(PERSIST_ASKED_KEY);
      if (stored[PERSIST_ASKED_KEY] === true) return setState('best-effort');
      await ask();
    })().catch(() => setState('unsupported'));
  }, []);

  return (
    <p class="storage-status small row" data-storage={state}>
      <span>{t(`storage_${state.replace('-', '_')}`)}</span>
      {state === 'best-effort' && (
        <button type="button" onClick={() => void ask().catch(() => setState('unsupported'))}>
          {t('storageAskPersist')}
        </button>
      )}
    </p>
  );
}
