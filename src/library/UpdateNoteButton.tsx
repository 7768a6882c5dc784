import { useRef, useState } from 'preact/hooks';
import { t, tCount } from '../browser';
import { documentNote } from '../core/export/clips-to-obsidian';
import { groupDocuments } from '../core/export/group-documents';
import { renderNoteTemplate } from '../core/export/note-template';
import { noteDocument, updateNote } from '../core/export/update-note';
import { allClips } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';
import { allDocuments } from '../db/documents-store';
import { downloadText } from '../ui/download-file';
import { readExportOptions } from '../ui/export-json';
import { errorMessage } from '../ui/use-async';

type Outcome = { ok: true; text: string } | { ok: false; text: string } | null;

/** Largest note read (characters): a note of a document is small; this only keeps a wrong file from being read whole. */
const MAX_NOTE_CHARS = 20 * 1024 * 1024;

/**
 * Re-export into a note the reader keeps: they choose the note (a `.md` file of their vault,
 * first exported by DocClip); DocClip finds its document (noteDocument: the front matter's
 * `url`, else the file name), writes DocClip's block anew with every clip of that document now
 * (the reader's note template, or DocClip's note) and downloads the note under the same name,
 * everything outside the block kept byte for byte (updateNote). A browser cannot write into the
 * vault itself: the reader puts the downloaded note back in place of the old one.
 */
export function UpdateNoteButton({ db }: { db: DocClipDatabase }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const update = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      if (file.size > MAX_NOTE_CHARS) throw new Error(t('noteUpdateTooLarge', file.name));
      const existing = await file.text();
      const docs = groupDocuments(await allClips(db), await allDocuments(db));
      const doc = noteDocument(existing, file.name, docs);
      if (!doc) {
        setOutcome({ ok: false, text: t('noteUpdateNoDocument', file.name) });
        return;
      }
      const { noteTemplate } = await readExportOptions('obsidian');
      const updated = updateNote(existing, doc, noteTemplate ? (d) => renderNoteTemplate(noteTemplate, d) : documentNote);
      downloadText(file.name, [updated], 'text/markdown;charset=utf-8');
      setOutcome({ ok: true, text: tCount('noteUpdated', doc.clips.length, [file.name]) });
    } catch (e) {
      setOutcome({ ok: false, text: t('noteUpdateFailed', [file.name, errorMessage(e)]) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="import stack">
      <div class="row">
        <button type="button" data-action="update-note" title={t('updateNoteTitle')} disabled={busy} onClick={() => input.current?.click()}>
          {t('updateNote')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".md,.markdown,text/markdown"
          data-field="update-note-file"
          aria-label={t('updateNote')}
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void update(file);
          }}
        />
      </div>
      {outcome && (
        <p class={outcome.ok ? 'success note-updated' : 'error import-error'} role={outcome.ok ? 'status' : 'alert'} data-state="note-update">
          {outcome.text}
        </p>
      )}
    </div>
  );
}
