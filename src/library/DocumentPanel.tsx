import { useState } from 'preact/hooks';
import { t } from '../browser';
import type { DocClipDatabase } from '../db/database';
import { listClipDocuments } from '../db/documents-store';
import { DocumentFields } from '../ui/DocumentFields';
import { useAsync } from '../ui/use-async';

/**
 * The library's editor of what the reader keeps per document: choose one of the clips'
 * documents, then its note, author and type (DocumentFields). `generation` reloads the list
 * after imports and deletes.
 */
export function DocumentPanel({ db, generation, onSaved }: { db: DocClipDatabase; generation: number; onSaved: () => void }) {
  const documents = useAsync(() => listClipDocuments(db), [db, generation]);
  const [chosen, setChosen] = useState('');
  const list = documents.value ?? [];
  const docId = list.some((d) => d.docId === chosen) ? chosen : (list[0]?.docId ?? '');
  if (list.length === 0) return null;
  return (
    <details class="document-panel">
      <summary data-action="open-documents">{t('documentHeading')}</summary>
      <div class="stack">
        <label class="field">
          <span>{t('documentChoose')}</span>
          <select data-field="document-choice" value={docId} onChange={(e) => setChosen(e.currentTarget.value)}>
            {list.map((d) => (
              <option key={d.docId} value={d.docId}>
                {d.title || d.url || d.docId}
              </option>
            ))}
          </select>
        </label>
        {docId && <DocumentFields db={db} docId={docId} onSaved={onSaved} />}
      </div>
    </details>
  );
}
