import { useRef, useState } from 'preact/hooks';
import { t, tCount } from '../browser';
import { formatImportProblems, type ImportMessages, type ImportProblem } from '../core/export/describe-issue';
import { ImportRefusedError } from '../core/export/checked-clips';
import { checkImportSize, readClipsImport } from '../core/export/parse-clips-import';
import type { DocClipDatabase } from '../db/database';
import { importClipsAndDocuments } from '../db/documents-store';
import { errorMessage } from '../ui/use-async';
import { restoreSettings } from './restore-settings';

type Outcome =
  | { ok: true; added: number; skipped: number; documents: number; settings: string; from: string; notImported: string }
  | { ok: false; error: string }
  | null;

/**
 * Import of a docclip.clips JSON file, a Hypothesis export or W3C Web Annotation JSON: its size
 * is checked before it is read (checkImportSize), then the file (readClipsImport), each clip as it
 * is written (CheckedClips, in the one transaction of importClipsAndDocuments: clips and the
 * documents' notes); a bad file is refused with the reasons in a `role="alert"` element, one a
 * line, translated from the core's structured problems (messages `importProblem_<code>`), and
 * nothing is written (a bad clip rolls the transaction back). Annotations of another tool that are not clips (replies, page notes) are listed
 * after the count, one a line, with why.
 */
/** The messages of describe-issue.ts: key `importProblem_<code>`, with '-' as '_'. */
const importMessages: ImportMessages = (key, params) => t(`importProblem_${key.replaceAll('-', '_')}`, params);

/** The refusal's reason: one line per problem (with its path and clip number), then the count of the rest. */
function reasons(problems: readonly ImportProblem[], more = 0): string {
  return formatImportProblems(problems, more, importMessages).join('\n');
}

export function ImportButton({ db, onImported }: { db: DocClipDatabase; onImported: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importFile = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const tooLarge = checkImportSize(file.size);
      if (tooLarge !== null) {
        setOutcome({ ok: false, error: t('importRefused', [file.name, reasons([tooLarge])]) });
        return;
      }
      const parsed = readClipsImport(await file.text());
      if (!parsed.ok) {
        setOutcome({ ok: false, error: t('importRefused', [file.name, reasons(parsed.problems, parsed.more)]) });
        return;
      }
      const { added, skipped, documents } = await importClipsAndDocuments(db, parsed.clips, parsed.documents);
      const restored = await restoreSettings(parsed.settings);
      const settings = restored.map((name) => t(`importSetting_${name}`)).join(t('importSettingsSeparator'));
      const notImported = parsed.skipped.length > 0 ? [t('importSkippedHeading', String(parsed.skipped.length)), reasons(parsed.skipped)].join('\n') : '';
      setOutcome({ ok: true, added, skipped, documents, settings, from: t(`importFormat_${parsed.format.replace('-', '_')}`), notImported });
      onImported();
    } catch (e) {
      const why = e instanceof ImportRefusedError ? reasons(e.problems, e.more) : errorMessage(e);
      setOutcome({ ok: false, error: t('importRefused', [file.name, why]) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="import stack">
      <div class="row">
        <button type="button" data-action="import-json" disabled={busy} onClick={() => input.current?.click()}>
          {t('importJson')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          data-field="import-file"
          aria-label={t('importJson')}
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {outcome?.ok === false && (
        <p class="error import-error" role="alert">
          {outcome.error}
        </p>
      )}
      {outcome?.ok === true && (
        <p class="success import-done" role="status">
          {t('importDone', [String(outcome.added), String(outcome.skipped)])} {t('importFrom', outcome.from)}
          {outcome.documents > 0 && ` ${tCount('importDocumentsRestored', outcome.documents)}`}
          {outcome.settings && ` ${t('importSettingsRestored', outcome.settings)}`}
        </p>
      )}
      {outcome?.ok === true && outcome.notImported && (
        <p class="notice import-skipped" role="note">
          {outcome.notImported}
        </p>
      )}
    </div>
  );
}
