import { useEffect, useState } from 'preact/hooks';
import { t } from '../browser';
import type { Clip } from '../core/types';
import type { DocClipDatabase } from '../db/database';
import type { PageStatus } from '../messages';
import { errorMessage } from '../ui/use-async';
import { PageClips } from './PageClips';
import { DocumentFields } from '../ui/DocumentFields';
import { FullTextExport } from './FullTextExport';
import { PageSection } from './PageSection';
import { PopupFooter } from './PopupFooter';
import { RecentClips } from './RecentClips';
import { SelectionForm } from './SelectionForm';
import { findTargetTab, sendToPage } from './page-request';
import { isScriptableUrl, runOnPage } from './run-on-page';

type PageState =
  | { kind: 'loading' }
  | { kind: 'absent'; detail: string; tab: { id: number; url: string } | null }
  | { kind: 'ready'; tabId: number; status: PageStatus };

/**
 * The toolbar popup: this page (status, switches, selection, its clips), recent clips, export.
 * `recent`: the newest clips, when read before the first render (see main.tsx).
 */
export function Popup({ db, recent }: { db: DocClipDatabase; recent?: Clip[] }) {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [clipsVersion, setClipsVersion] = useState(0);

  const [loads, setLoads] = useState(0);
  useEffect(() => {
    let live = true;
    let tab: { id: number; url: string } | null = null;
    (async () => {
      tab = await findTargetTab();
      if (!tab) throw new Error(t('popupNoTab'));
      const status = await sendToPage<PageStatus>(tab.id, { type: 'page/status' });
      if (live) setPage({ kind: 'ready', tabId: tab.id, status });
    })().catch((error: unknown) => {
      if (live) setPage({ kind: 'absent', detail: errorMessage(error), tab });
    });
    return () => {
      live = false;
    };
  }, [loads]);

  const ready = page.kind === 'ready' ? page : null;
  const setStatus = (status: PageStatus) => ready && setPage({ ...ready, status });
  const refreshStatus = () => {
    if (!ready) return;
    sendToPage<PageStatus>(ready.tabId, { type: 'page/status' }).then(setStatus, () => undefined);
  };

  return (
    <main class="popup stack">
      <header class="row popup-header">
        <h1>{t('extName')}</h1>
      </header>
      {page.kind === 'loading' && <p class="muted">{t('loading')}</p>}
      {page.kind === 'absent' && <NoContentScript detail={page.detail} tab={page.tab} onStarted={() => setLoads((n) => n + 1)} />}
      {ready && <PageSection tabId={ready.tabId} status={ready.status} onStatus={setStatus} />}
      {ready && (
        <details class="document-section">
          <summary data-action="open-document">{t('documentHeading')}</summary>
          <DocumentFields db={db} docId={ready.status.docId} />
        </details>
      )}
      {ready && ready.status.enabled && !ready.status.drawn && (
        <SelectionForm
          tabId={ready.tabId}
          onSaved={() => {
            setClipsVersion((n) => n + 1);
            refreshStatus();
          }}
        />
      )}
      {ready && ready.status.enabled && <FullTextExport db={db} tabId={ready.tabId} />}
      {ready && <PageClips db={db} docId={ready.status.docId} notFound={ready.status.clipsNotFound} changed={ready.status.clipsChanged} version={clipsVersion} />}
      <RecentClips db={db} version={clipsVersion} initial={recent} />
      <PopupFooter db={db} />
    </main>
  );
}

function NoContentScript(props: { detail: string; tab: { id: number; url: string } | null; onStarted: () => void }) {
  const { detail, tab, onStarted } = props;
  const [error, setError] = useState<string | null>(null);
  const run = () => {
    if (!tab) return;
    runOnPage(tab.id).then(
      () => setTimeout(onStarted, 300),
      // The browser's refusal (no activeTab grant: "Missing host permission…", "Cannot access contents…") in plain words, its own text kept.
      (e: unknown) => setError(t('runHereRefused', errorMessage(e))),
    );
  };
  return (
    <section class="notice stack" aria-labelledby="no-page-heading">
      <h2 id="no-page-heading">{t('popupNotRunningHeading')}</h2>
      <p>{t('popupNotRunning')}</p>
      {/* Without the activeTab grant of a toolbar click the browser hides the URL (''): offer it; a refusal is shown. */}
      {tab && (tab.url === '' || isScriptableUrl(tab.url)) && (
        <button type="button" class="primary" data-action="run-here" onClick={run}>
          {t('runHere')}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
      <details class="small muted">
        <summary>{t('technicalDetail')}</summary>
        <p>{detail}</p>
      </details>
    </section>
  );
}
