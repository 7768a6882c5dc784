import { useState } from 'preact/hooks';
import { browser, t, tCount } from '../browser';
import { mapAllClips } from '../db/clips-store';
import { allDocuments } from '../db/documents-store';
import type { DocClipDatabase } from '../db/database';
import { errorMessage } from '../ui/use-async';

/** Export of every clip as JSON, and the ways to the library and the options. */
export function PopupFooter({ db }: { db: DocClipDatabase }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const exportAll = async () => {
    try {
      // The export writers are loaded on the first click, not with the popup (its first paint
      // waits for every module it imports); each clip is serialised as it is read (mapAllClips).
      const [{ clipJson }, { downloadBackup }] = await Promise.all([import('../core/export/clips-export'), import('../ui/export-json')]);
      const jsons = await mapAllClips(db, clipJson);
      await downloadBackup(jsons, await allDocuments(db));
      setMessage({ ok: true, text: tCount('exportDone', jsons.length) });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  };

  const openLibrary = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('src/library/index.html') });
    window.close();
  };

  return (
    <footer class="stack popup-footer">
      <div class="row">
        <button type="button" data-action="export-json" onClick={() => void exportAll()}>
          {t('exportJson')}
        </button>
        <button type="button" data-action="open-library" onClick={() => void openLibrary()}>
          {t('openLibrary')}
        </button>
        <button type="button" data-action="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </div>
      {message && (
        <p class={message.ok ? 'success small' : 'error small'} role="status">
          {message.text}
        </p>
      )}
    </footer>
  );
}
