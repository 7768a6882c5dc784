import { browser, t } from '../browser';
import { SavedStatus } from './SavedStatus';
import { useStoredText } from './use-stored-text';
import { NoteTemplateForm } from './NoteTemplateForm';
import { CategoriesForm } from './CategoriesForm';
import { BackupsForm } from './BackupsForm';
import { WATCH_TERMS_KEY, parseWatchTerms, readWatchTerms } from './watch-terms';

/** DocClip's settings: the watch terms highlighted on every page, the reader's categories, the template of exported notes, and the automatic backups. */
export function Options() {
  const { text, loaded, saved, onInput, onSubmit } = useStoredText(
    async () => readWatchTerms((await browser.storage.local.get(WATCH_TERMS_KEY))[WATCH_TERMS_KEY]).join('\n'),
    async (value) => {
      const terms = parseWatchTerms(value);
      await browser.storage.local.set({ [WATCH_TERMS_KEY]: terms });
      return { ok: true, text: terms.join('\n'), result: terms.length };
    },
  );

  return (
    <main class="options stack">
      <h1>{t('optionsTitle')}</h1>
      <form class="stack" onSubmit={onSubmit}>
        <label for="watch-terms">
          <span class="label-strong">{t('watchTermsLabel')}</span>
        </label>
        <p id="watch-terms-help" class="small muted">
          {t('watchTermsHelp')}
        </p>
        <textarea
          id="watch-terms"
          name="watchTerms"
          rows={12}
          value={text}
          disabled={!loaded}
          aria-describedby="watch-terms-help"
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        <div class="row">
          <button type="submit" class="primary" data-action="save-options" disabled={!loaded}>
            {t('saveOptions')}
          </button>
          <SavedStatus saved={saved} said={(count) => t('optionsSaved', String(count))} />
        </div>
      </form>
      <NoteTemplateForm />
      <CategoriesForm />
      <BackupsForm />
    </main>
  );
}
