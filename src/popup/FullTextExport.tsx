import { useState } from 'preact/hooks';
import { t } from '../browser';
import { clipsForDocument } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';
import { PageFullTextSchema, parseMessage } from '../messages';
import { downloadText } from '../ui/download-file';
import { errorMessage } from '../ui/use-async';
import type { FullTextFormat } from './full-text-file';
import { sendToPage } from './page-request';

/**
 * The full-text export of the page in the tab: its cleaned text (what DocClip shows) with the
 * reader's clips marked, as Markdown or plain text, saying which pages the site showed. The
 * content script gives the text and where the clips lie; the clips themselves (notes,
 * categories as edited since) are read from the database, and clips of the document not in
 * the text are listed at the end of the file.
 */
export function FullTextExport({ db, tabId }: { db: DocClipDatabase; tabId: number }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (format: FullTextFormat) => {
    setBusy(true);
    setMessage(null);
    try {
      const [reply, { fullTextFile }] = await Promise.all([sendToPage<unknown>(tabId, { type: 'page/full-text' }), import('./full-text-file')]);
      // The reply is read as a page's text only if it has that shape: else nothing is downloaded.
      const parsed = parseMessage(PageFullTextSchema, reply);
      if (!parsed.ok) throw new Error(t('fullTextBadReply', parsed.error));
      const file = fullTextFile(parsed.value, await clipsForDocument(db, parsed.value.docId), format, new Date());
      downloadText(file.name, [file.text], file.type);
      setMessage({ ok: true, text: t('fullTextDone', file.name) });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="stack full-text" aria-labelledby="full-text-heading">
      <h2 id="full-text-heading">{t('fullTextHeading')}</h2>
      <p class="small muted">{t('fullTextExplain')}</p>
      <div class="row">
        <button type="button" data-action="full-text-markdown" disabled={busy} onClick={() => void run('markdown')}>
          {t('fullTextMarkdown')}
        </button>
        <button type="button" data-action="full-text-plain" disabled={busy} onClick={() => void run('plain')}>
          {t('fullTextPlain')}
        </button>
      </div>
      {message && (
        <p class={message.ok ? 'success small' : 'error small'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
