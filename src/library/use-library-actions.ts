import { useState } from 'preact/hooks';
import { t, tCount } from '../browser';
import { citedDocument } from '../core/documents/document-record';
import { citeClip, type CitationStyle } from '../core/export/cite-clip';
import type { Clip } from '../core/types';
import { bulkDeleteClips, deleteClip, restoreClips, updateClip } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';
import { getDocument } from '../db/documents-store';
import { errorMessage } from '../ui/use-async';
import type { BlockCache } from './block-cache';
import type { RowActions } from './ClipRow';

interface Options {
  db: DocClipDatabase;
  cache: BlockCache<Clip>;
  /** Call after a write that adds or removes rows. */
  changed: () => void;
  /** Call after a write that changes tags. */
  tagsChanged: () => void;
  /** Called with a clip after its edit is saved (the search index records it). */
  edited: (clip: Clip) => void;
  /** The GB/T 7714 edition a copied citation follows. */
  citationStyle: CitationStyle;
}

/** Selection, edits, citation, delete and undo of the library, with the status line they report to. */
export function useLibraryActions({ db, cache, changed, tagsChanged, edited, citationStyle }: Options) {
  const [selected, setSelected] = useState<ReadonlyMap<string, Clip>>(new Map());
  const [deleted, setDeleted] = useState<readonly Clip[] | null>(null);
  const [message, setMessage] = useState('');

  const report = (error: unknown) => setMessage(errorMessage(error));

  const forget = (ids: readonly string[]) =>
    setSelected((old) => {
      const next = new Map(old);
      for (const id of ids) next.delete(id);
      return next;
    });

  const row: RowActions = {
    toggleSelected: (clip, on) =>
      setSelected((old) => {
        const next = new Map(old);
        if (on) next.set(clip.id, clip);
        else next.delete(clip.id);
        return next;
      }),
    save: (clip, patch) => {
      updateClip(db, clip.id, patch).then((next) => {
        if (!next) return setMessage(t('clipGone'));
        edited(next);
        cache.replace((c) => c.id === next.id, next);
        setSelected((old) => (old.has(next.id) ? new Map(old).set(next.id, next) : old));
        setMessage(t('clipUpdated'));
        if (patch.tags) tagsChanged();
      }, report);
    },
    cite: (clip) => {
      // The author and type the reader entered for the document (documents table), not the uploader.
      getDocument(db, clip.docId)
        .then((row) => navigator.clipboard.writeText(citeClip(clip, new Date(), citedDocument(row), citationStyle)))
        .then(() => setMessage(t('citationCopied')), report);
    },
    remove: (clip) => {
      deleteClip(db, clip.id).then((gone) => {
        if (gone) setDeleted([gone]);
        forget([clip.id]);
        changed();
      }, report);
    },
  };

  const removeSelected = () => {
    bulkDeleteClips(db, [...selected.keys()]).then((gone) => {
      setDeleted(gone);
      setSelected(new Map());
      changed();
    }, report);
  };

  const undo = () => {
    if (!deleted) return;
    restoreClips(db, deleted).then(() => {
      setDeleted(null);
      setMessage(tCount('deleteUndone', deleted.length));
      changed();
    }, report);
  };

  return {
    row,
    selected,
    clearSelection: () => setSelected(new Map()),
    removeSelected,
    deleted,
    undo,
    dismissUndo: () => setDeleted(null),
    message,
    setMessage,
  };
}
