import { useState } from 'preact/hooks';
import { t, tCount } from '../browser';
import { clipJson } from '../core/export/clips-export';
import { clipsToRis } from '../core/export/clips-to-ris';
import { groupDocuments } from '../core/export/group-documents';
import { compareClips } from '../core/query/matches-query';
import type { Clip } from '../core/types';
import { allClips, clipsByIds, mapAllClips, type ClipQuery } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';
import { allDocuments } from '../db/documents-store';
import { EXPORT_KINDS, type ExportKind } from '../ui/export-files';
import { downloadBackup, downloadExport, readExportOptions } from '../ui/export-json';
import { errorMessage } from '../ui/use-async';
import type { LiveSearchIndex } from './live-search-index';

export type ExportScope = 'all' | 'filtered' | 'selected';

/** Work of a button that ends with a message for the reader. */
interface MessageTask {
  (): Promise<string>;
}

interface Props {
  db: DocClipDatabase;
  index: LiveSearchIndex;
  query: ClipQuery;
  selected: readonly Clip[];
  onExported: (message: string) => void;
}

/** `data-action` of each export button; `export-json` is a name end-to-end tests rely on (DESIGN.md). */
const ACTIONS: Record<ExportKind, string> = {
  json: 'export-json',
  csv: 'export-csv',
  'figures-csv': 'export-figures-csv',
  markdown: 'export-markdown',
  obsidian: 'export-obsidian',
  'web-annotation': 'export-web-annotation',
  ris: 'export-ris',
  'csl-json': 'export-csl-json',
};

/** Export of all, the filtered or the selected clips, in one of the export formats. */
export function ExportBar({ db, index, query, selected, onExported }: Props) {
  const [scope, setScope] = useState<ExportScope>('all');
  const [busy, setBusy] = useState(false);

  const gather = async (): Promise<Clip[]> => {
    if (scope === 'all') return allClips(db);
    if (scope === 'filtered') return clipsByIds(db, await index.search(query));
    return [...selected].sort(compareClips(query.sort));
  };

  /** Writes the file; returns how many clips it holds (0: none, nothing was written). */
  const write = async (kind: ExportKind): Promise<number> => {
    if (kind === 'json' && scope === 'all') {
      // The backup: each clip is serialised as it is read (mapAllClips), not after the whole read.
      const jsons = await mapAllClips(db, clipJson);
      if (jsons.length > 0) await downloadBackup(jsons, await allDocuments(db));
      return jsons.length;
    }
    const clips = await gather();
    if (clips.length > 0) downloadExport(kind, clips, { ...(await readExportOptions(kind)), documents: await allDocuments(db) });
    return clips.length;
  };

  /** Runs `task` with the buttons disabled; reports its message, or its error. */
  const busyWhile = async (task: MessageTask) => {
    setBusy(true);
    try {
      onExported(await task());
    } catch (e) {
      onExported(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const run = (kind: ExportKind) =>
    busyWhile(async () => {
      const count = await write(kind);
      return count === 0 ? t('exportNothing') : tCount('exportDone', count);
    });

  /** The clips' documents as RIS on the clipboard: Zotero's File → Import from Clipboard reads it. */
  const copyForZotero = () =>
    busyWhile(async () => {
      const clips = await gather();
      if (clips.length === 0) return t('exportNothing');
      await navigator.clipboard.writeText(clipsToRis(clips, await allDocuments(db)));
      return tCount('zoteroCopied', groupDocuments(clips).length);
    });

  return (
    <div class="export-bar row" role="group" aria-labelledby="export-label">
      <span id="export-label" class="group-label">
        {t('exportHeading')}
      </span>
      <label class="field">
        <span>{t('exportScopeLabel')}</span>
        <select value={scope} onChange={(e) => setScope(toScope(e.currentTarget.value))}>
          <option value="all">{t('scopeAll')}</option>
          <option value="filtered">{t('scopeFiltered')}</option>
          <option value="selected">{t('scopeSelected', String(selected.length))}</option>
        </select>
      </label>
      {EXPORT_KINDS.map((kind) => (
        <button key={kind} type="button" class="align-end" data-action={ACTIONS[kind]} disabled={busy} onClick={() => void run(kind)}>
          {t(`exportKind_${kind.replace('-', '_')}`)}
        </button>
      ))}
      <button type="button" class="align-end" data-action="copy-zotero" title={t('copyZoteroTitle')} disabled={busy} onClick={() => void copyForZotero()}>
        {t('copyZotero')}
      </button>
    </div>
  );
}

function toScope(value: string): ExportScope {
  return value === 'filtered' || value === 'selected' ? value : 'all';
}
