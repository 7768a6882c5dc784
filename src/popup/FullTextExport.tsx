import { useState } from 'preact/hooks';
import { t } from '../browser';
import { clipsForDocument } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';
import type { PageFullText } from '../messages';
import { downloadText } from '../ui/download-file';
import { errorMessage } from '../ui/use-async';
import { sendToPage } from './page-request';

type Format = 'markdown' | 'plain';

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

  const run = async (format: Format) => {
    setBusy(true);
    setMessage(null);
    try {
      const [page, { fullTextMarkdown, fullTextPlain }, { noteFileName }] = await Promise.all([
        sendToPage<PageFullText>(tabId, { type: 'page/full-text' }),
        import('../core/export/full-text'),
        import('../core/export/clips-to-obsidian'),
      ]);
      const clips = await clipsForDocument(db, page.docId);
      const byId = new Map(clips.map((c) => [c.id, c]));
      const marks = page.found.flatMap((f) => {
        const clip = byId.get(f.id);
        return clip ? [{ start: f.start, end: f.end, clip }] : [];
      });
      const marked = new Set(marks.map((m) => m.clip.id));
      const source = {
        title: page.docTitle,
        url: page.url,
        site: page.siteName,
        accessed: new Date(),
        text: page.text,
        marks,
        missing: clips.filter((c) => !marked.has(c.id)),
        pages: page.pages,
      };
      const base = noteFileName({ title: page.docTitle, url: page.url }).replace(/\.md$/, '');
      const name = `${base}.${format === 'markdown' ? 'md' : 'txt'}`;
      if (format === 'markdown') downloadText(name, [fullTextMarkdown(source)], 'text/markdown;charset=utf-8');
      else downloadText(name, [fullTextPlain(source)], 'text/plain;charset=utf-8');
      setMessage({ ok: true, text: t('fullTextDone', name) });
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
