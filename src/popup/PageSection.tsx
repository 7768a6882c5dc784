import { useState } from 'preact/hooks';
import { t } from '../browser';
import type { HighlightCategory, PageStatus } from '../messages';
import { errorMessage } from '../ui/use-async';
import { sendToPage } from './page-request';
import { OcrButton } from './OcrButton';

const CATEGORIES: readonly HighlightCategory[] = ['figure', 'target', 'watch', 'clip'];

interface Props {
  tabId: number;
  status: PageStatus;
  onStatus: (status: PageStatus) => void;
}

/** What DocClip did on this page, the on/off switch and the highlight toggles. */
export function PageSection({ tabId, status, onStatus }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async (request: Parameters<typeof sendToPage>[1]) => {
    setBusy(true);
    setError(null);
    try {
      onStatus(await sendToPage<PageStatus>(tabId, request));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="stack page-section" aria-labelledby="page-heading">
      <div>
        <p class="small muted">{status.siteName}</p>
        <h2 id="page-heading" class="doc-title">
          {status.docTitle || t('untitledDocument')}
        </h2>
      </div>
      <EnableSwitch
        action="set-enabled"
        checked={status.enabled}
        disabled={busy || !status.siteEnabled}
        label={t('enableOnPage')}
        onToggle={(enabled) => void send({ type: 'page/set-enabled', enabled, scope: 'page' })}
      />
      <EnableSwitch
        action="set-site-enabled"
        checked={status.siteEnabled}
        disabled={busy}
        label={t('enableOnSite', status.siteName)}
        onToggle={(enabled) => void send({ type: 'page/set-enabled', enabled, scope: 'site' })}
      />
      {status.drawn && (
        <p class="notice" role="note">
          {t(status.ocr?.images ? 'drawnNoticeOcr' : 'drawnNotice')}
        </p>
      )}
      {status.enabled && status.ocr && status.ocr.images > 0 && (status.drawn || status.ocr.read > 0) && <OcrButton tabId={tabId} ocr={status.ocr} />}
      {status.enabled && (
        <>
          <ul class="plain counters">
            <li>{t('countHidden', String(status.hidden))}</li>
            <li>{t('countRepaired', String(status.repaired))}</li>
            <li>{t('countFigures', String(status.figures))}</li>
            <li>{t('countTargets', String(status.targets))}</li>
            <li class={status.documentCharsHidden === 0 ? '' : 'error'}>
              {t('countDocumentCharsHidden', String(status.documentCharsHidden))}
            </li>
          </ul>
          <fieldset class="highlight-toggles">
            <legend>{t('highlightsHeading')}</legend>
            {CATEGORIES.map((category) => (
              <label key={category} class={`toggle toggle-${category}`}>
                <input
                  type="checkbox"
                  data-category={category}
                  checked={status.highlights[category]}
                  disabled={busy}
                  onChange={(e) =>
                    void send({ type: 'page/set-highlights', category, visible: e.currentTarget.checked })
                  }
                />
                {t(`legend_${category}`)}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {!status.enabled && <p class="muted">{t('disabledOnPage')}</p>}
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** An on/off switch that shows the content script's answer (controlled by `checked`). */
function EnableSwitch(props: { action: string; checked: boolean; disabled: boolean; label: string; onToggle: (enabled: boolean) => void }) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        data-action={props.action}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onToggle(e.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}
