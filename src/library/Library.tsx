import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, tCount } from '../browser';
import { allAnchorings } from '../db/anchorings-store';
import { countClips, listCategories, listSites, listTags } from '../db/clips-store';
import { useReaderCategories } from '../ui/reader-categories';
import { openDatabase } from '../db/database';
import { readLastExportAt } from '../ui/export-json';
import { useAsync } from '../ui/use-async';
import { useDebounced } from '../ui/use-debounced';
import { CITATION_STYLES } from '../core/documents/citation-style';
import { useCitationStyle } from '../ui/citation-style';
import { BackupBanner } from './BackupBanner';
import { DocumentPanel } from './DocumentPanel';
import { ClipList } from './ClipList';
import { ClipRow } from './ClipRow';
import { ExportBar } from './ExportBar';
import { FilterBar } from './FilterBar';
import { ImportButton } from './ImportButton';
import { UpdateNoteButton } from './UpdateNoteButton';
import { OcrCacheStatus } from './OcrCacheStatus';
import { StorageStatus } from './StorageStatus';
import { UndoBar } from './UndoBar';
import { NO_FILTERS, isFilteredQuery, queryFromFilters, type Filters } from './filters';
import { useLiveSearchIndex } from './live-search-index';
import { useClipRows } from './use-clip-rows';
import { useLibraryActions } from './use-library-actions';

const SEARCH_DELAY_MS = 250;

/** The full-tab library: every clip, searchable, filterable, editable, exportable. */
export function Library() {
  const db = openDatabase();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const searchText = useDebounced(filters.text, SEARCH_DELAY_MS);
  const query = useMemo(() => queryFromFilters({ ...filters, text: searchText }), [searchText, filters.site, filters.tag, filters.category, filters.from, filters.to, filters.sort]);
  const queryKey = JSON.stringify(query);

  const [generation, setGeneration] = useState(0);
  const changed = () => setGeneration((n) => n + 1);
  const index = useLiveSearchIndex(db, generation);
  const { cache, count, resetKey } = useClipRows(db, index, query, generation);
  const filtered = isFilteredQuery(query);
  // Unfiltered, the list's own count is the total: counting 100,000 rows twice would double the wait.
  const otherTotal = useAsync(async () => (filtered ? countClips(db) : undefined), [db, generation, filtered]);
  const total = filtered ? otherTotal : count;
  // What pages said of clips found there with changed text (few rows: read whole, again on each change).
  const anchorings = useAsync(() => allAnchorings(db), [db, generation]);
  const sites = useAsync(() => listSites(db), [db, generation]);
  const tags = useAsync(() => listTags(db), [db, generation]);
  const readerCategories = useReaderCategories();
  const usedCategories = useAsync(() => listCategories(db), [db, generation]);
  const categoryNames = useMemo(() => {
    const names = readerCategories.map((c) => c.name);
    return [...names, ...(usedCategories.value ?? []).filter((name) => !names.includes(name))];
  }, [readerCategories, usedCategories.value]);
  // A filter on a category the reader removed or renamed on the options page (and no clip holds) would hide every clip
  // behind a choice the list no longer offers: it is dropped.
  const staleCategory = filters.category !== '' && usedCategories.value !== undefined && !categoryNames.includes(filters.category);
  useEffect(() => {
    if (staleCategory) setFilters((f) => ({ ...f, category: '' }));
  }, [staleCategory]);
  const [exportTick, setExportTick] = useState(0);
  const lastExport = useAsync(readLastExportAt, [exportTick]);
  const [citationStyle, setCitationStyle] = useCitationStyle();
  const actions = useLibraryActions({ db, cache, changed, tagsChanged: tags.reload, edited: (clip) => index.put(clip), citationStyle });

  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && changed();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const totalCount = total.value ?? 0;
  const shown = count.value ?? 0;
  const selected = [...actions.selected.values()];

  return (
    <div class="library">
      <header class="library-header row">
        <h1>{t('libraryTitle')}</h1>
        <StorageStatus />
      </header>
      <OcrCacheStatus db={db} />
      {lastExport.value !== undefined && <BackupBanner clipCount={totalCount} lastExportAt={lastExport.value} />}
      <FilterBar filters={filters} sites={sites.value ?? []} tags={tags.value ?? []} categories={categoryNames} onChange={setFilters} />
      <div class="toolbar row">
        <p class="result-count" aria-live="polite">
          {count.value === undefined || count.loading
            ? t('counting')
            : filtered
              ? t('countFiltered', [String(shown), String(totalCount)])
              : tCount('countAll', totalCount)}
        </p>
        <ExportBar
          db={db}
          index={index}
          query={query}
          selected={selected}
          onExported={(message) => {
            actions.setMessage(message);
            setExportTick((n) => n + 1);
          }}
        />
        <ImportButton db={db} onImported={changed} />
        <UpdateNoteButton db={db} />
        <label class="field citation-style">
          <span>{t('citationStyleLabel')}</span>
          <select
            data-field="citation-style"
            value={citationStyle}
            onChange={(e) => setCitationStyle(CITATION_STYLES.find((s) => s === e.currentTarget.value) ?? citationStyle)}
          >
            {CITATION_STYLES.map((style) => (
              <option key={style} value={style}>
                {t('citationStyleOption', style)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DocumentPanel db={db} generation={generation} onSaved={() => actions.setMessage(t('documentSaved'))} />
      {selected.length > 0 && (
        <div class="selection-bar row">
          <span>{t('selectedCount', String(selected.length))}</span>
          <button type="button" onClick={actions.clearSelection}>
            {t('clearSelection')}
          </button>
          <button type="button" data-action="delete-selected" onClick={actions.removeSelected}>
            {t('deleteSelected')}
          </button>
        </div>
      )}
      {actions.deleted && actions.deleted.length > 0 && (
        <UndoBar deleted={actions.deleted} onUndo={actions.undo} onDismiss={actions.dismissUndo} />
      )}
      <p class="status-line small muted" role="status">
        {actions.message}
      </p>
      {count.error !== null && <p class="error">{count.error}</p>}
      {count.value === 0 ? (
        <p class="empty muted">{totalCount === 0 ? t('libraryEmpty') : t('noMatches')}</p>
      ) : (
        <ClipList
          cache={cache}
          count={shown}
          resetKey={resetKey}
          queryKey={queryKey}
          renderRow={(clip, index, top) => (
            <ClipRow
              key={clip?.id ?? `row-${index}`}
              clip={clip}
              index={index}
              count={shown}
              top={top}
              selected={clip !== undefined && actions.selected.has(clip.id)}
              pageText={clip && anchorings.value?.get(clip.id)?.now}
              actions={actions.row}
              categories={readerCategories}
            />
          )}
        />
      )}
    </div>
  );
}
