import { useEffect, useState } from 'preact/hooks';
import { t } from '../browser';
import type { DocumentRecord } from '../core/documents/document-record';
import { DOCUMENT_TYPES, type DocumentType } from '../core/export/cite-clip';
import type { DocClipDatabase } from '../db/database';
import { getDocument, saveDocument } from '../db/documents-store';
import { errorMessage } from './use-async';

const TYPE_CODES = Object.keys(DOCUMENT_TYPES) as DocumentType[];

/**
 * The reader's note of one document, and the author and document type its citation uses,
 * saved with one button into the `documents` table (saveDocument). Used by the popup (the
 * page's document) and the library (the document chosen there). `onSaved` hears the row as
 * stored (undefined: the reader emptied it and the row is gone).
 */
export function DocumentFields({ db, docId, onSaved }: { db: DocClipDatabase; docId: string; onSaved?: (row: DocumentRecord | undefined) => void }) {
  const [note, setNote] = useState('');
  const [author, setAuthor] = useState('');
  const [docType, setDocType] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  // Which document the fields hold. Compared with docId during render, so that when the reader
  // picks another document the fields are disabled at once, not one effect later: typing into
  // that gap was overwritten when the new document's row arrived.
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const loaded = loadedId === docId;

  useEffect(() => {
    let live = true;
    setLoadedId(null);
    setStatus(null);
    getDocument(db, docId).then(
      (row) => {
        if (!live) return;
        setNote(row?.note ?? '');
        setAuthor(row?.author ?? '');
        setDocType(row?.docType ?? '');
        setLoadedId(docId);
      },
      (e: unknown) => live && setStatus({ ok: false, text: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [db, docId]);

  const save = () => {
    const type = TYPE_CODES.find((code) => code === docType) ?? null;
    saveDocument(db, docId, { note, author, docType: type }).then(
      (row) => {
        setStatus({ ok: true, text: t('documentSaved') });
        onSaved?.(row);
      },
      (e: unknown) => setStatus({ ok: false, text: errorMessage(e) }),
    );
  };

  return (
    <form
      class="document-fields stack"
      data-doc-id={docId}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label class="field">
        <span>{t('documentNoteLabel')}</span>
        <textarea rows={3} data-field="document-note" value={note} disabled={!loaded} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="row">
        <label class="field">
          <span>{t('documentAuthorLabel')}</span>
          <input
            type="text"
            data-field="document-author"
            value={author}
            placeholder={t('documentAuthorPlaceholder')}
            disabled={!loaded}
            onInput={(e) => setAuthor(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t('documentTypeLabel')}</span>
          <select data-field="document-type" value={docType} disabled={!loaded} onChange={(e) => setDocType(e.currentTarget.value)}>
            <option value="">{t('documentTypeDefault')}</option>
            {TYPE_CODES.map((code) => (
              <option key={code} value={code}>
                {`${DOCUMENT_TYPES[code]} [${code}]`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="row">
        <button type="submit" data-action="save-document" disabled={!loaded}>
          {t('documentSave')}
        </button>
        {status && (
          <span class={status.ok ? 'success small' : 'error small'} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
