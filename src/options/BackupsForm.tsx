import { useEffect, useState } from 'preact/hooks';
import { browser, t, tCount } from '../browser';
import { BACKUP_FOLDER } from '../core/backup/backup-files';
import { BACKUP_SETTINGS_KEY, DEFAULT_BACKUP_SETTINGS, readBackupSettings } from '../core/backup/backup-schedule';
import type { BackupStatus } from '../core/backup/backup-status';
import { backupNow, describeBackupFailure, describeBackupOutcome, readStoredBackupStatus, useBackupStatus } from '../ui/backup-status';
import { formatDateTime } from '../ui/format-date';
import { errorMessage } from '../ui/use-async';
import { backupFormFields, parseBackupForm, type BackupFormFields } from './backup-form';
import { SavedStatus } from './SavedStatus';
import type { Saved } from './use-stored-text';

/**
 * The automatic backups: how often (or off) and how many files to keep, stored under
 * BACKUP_SETTINGS_KEY (the background reads them at each check); the last backup written and
 * the last failure; and "Back up now".
 */
export function BackupsForm() {
  const [fields, setFields] = useState<BackupFormFields>(backupFormFields(DEFAULT_BACKUP_SETTINGS));
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState<Saved<null>>(null);
  const [running, setRunning] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const status = useBackupStatus();

  useEffect(() => {
    browser.storage.local.get(BACKUP_SETTINGS_KEY).then(
      (stored) => {
        setFields(backupFormFields(readBackupSettings(stored[BACKUP_SETTINGS_KEY])));
        setLoaded(true);
      },
      (e: unknown) => setSaved({ ok: false, error: errorMessage(e) }),
    );
  }, []);

  const edit = (patch: Partial<BackupFormFields>) => {
    setFields((f) => ({ ...f, ...patch }));
    setSaved(null);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseBackupForm(fields);
    if (!parsed.ok) {
      const max = String(parsed.max);
      return setSaved({ ok: false, error: parsed.field === 'keep' ? t('backupKeepInvalid', max) : t('backupIntervalInvalid', max) });
    }
    try {
      await browser.storage.local.set({ [BACKUP_SETTINGS_KEY]: parsed.settings });
      setFields(backupFormFields(parsed.settings));
      setSaved({ ok: true, result: null });
    } catch (e) {
      setSaved({ ok: false, error: errorMessage(e) });
    }
  };

  const runNow = async () => {
    setRunning(true);
    setSaid(null);
    try {
      const outcome = await backupNow();
      // A failure the background recorded is shown, with its reason, in the status above.
      const recorded = outcome.kind === 'failed' && (await readStoredBackupStatus()).lastError?.message === outcome.message;
      setSaid({ ok: outcome.kind !== 'failed', text: recorded ? t('backupFailedSeeAbove') : describeBackupOutcome(outcome) });
    } catch (e) {
      setSaid({ ok: false, text: t('backupFailedNow', errorMessage(e)) });
    } finally {
      setRunning(false);
    }
  };

  return (
    <section class="stack backups" aria-labelledby="backups-heading">
      <h2 id="backups-heading" class="label-strong">
        {t('backupsHeading')}
      </h2>
      <p class="small muted">{t('backupsHelp', `${BACKUP_FOLDER}/backup-YYYY-MM-DD.json`)}</p>
      <form class="stack" onSubmit={(e) => void onSubmit(e)}>
        <label class="row">
          <input type="checkbox" data-field="backup-enabled" checked={fields.enabled} disabled={!loaded} onChange={(e) => edit({ enabled: e.currentTarget.checked })} />
          <span>{t('backupEnabled')}</span>
        </label>
        <div class="row">
          <label class="field">
            <span>{t('backupIntervalLabel')}</span>
            <input
              type="number"
              data-field="backup-interval"
              min={1}
              max={365}
              value={fields.intervalDays}
              disabled={!loaded || !fields.enabled}
              onInput={(e) => edit({ intervalDays: e.currentTarget.value })}
            />
          </label>
          <label class="field">
            <span>{t('backupKeepLabel')}</span>
            <input type="number" data-field="backup-keep" min={1} max={365} value={fields.keep} disabled={!loaded} onInput={(e) => edit({ keep: e.currentTarget.value })} />
          </label>
        </div>
        <div class="row">
          <button type="submit" class="primary" data-action="save-backups" disabled={!loaded}>
            {t('saveBackups')}
          </button>
          <SavedStatus saved={saved} said={() => t('backupsSaved')} />
        </div>
      </form>
      {status && <LastBackup status={status} />}
      <div class="row">
        <button type="button" data-action="backup-now" disabled={running} onClick={() => void runNow()}>
          {running ? t('backupRunning') : t('backupNow')}
        </button>
        <span class={said?.ok === false ? 'small error' : 'small'} data-state="backup-outcome" aria-live="polite">
          {said?.text ?? ''}
        </span>
      </div>
    </section>
  );
}

/** The last backup written (when, what, where) and the last failure, if any. */
function LastBackup({ status }: { status: BackupStatus }) {
  const failure = describeBackupFailure(status);
  return (
    <div class="stack small">
      <p data-state="backup-last">
        {status.lastBackupAt === null
          ? t('backupNever')
          : tCount('backupLast', status.clips, [formatDateTime(status.lastBackupAt), tCount('backupDocuments', status.documents)])}
        {status.lastBackupAt !== null && status.file && (
          <span class="backup-file muted" data-state="backup-file">
            {t('backupFile', status.file)}
          </span>
        )}
      </p>
      {failure && (
        <p class="error" data-state="backup-failed">
          {failure}
        </p>
      )}
    </div>
  );
}
