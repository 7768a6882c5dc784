import { useEffect, useState } from 'preact/hooks';
import { browser, t } from '../browser';
import { errorMessage } from '../ui/use-async';
import { NoteTemplateForm } from './NoteTemplateForm';
import { CategoriesForm } from './CategoriesForm';
import { WATCH_TERMS_KEY, parseWatchTerms, readWatchTerms } from './watch-terms';

type Saved = { ok: true; count: number } | { ok: false; error: string } | null;

/** DocClip's settings: the watch terms highlighted on every page, the reader's categories, and the template of exported notes. */
export function Options() {
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState<Saved>(null);

  useEffect(() => {
    browser.storage.local.get(WATCH_TERMS_KEY).then(
      (stored) => {
        setText(readWatchTerms(stored[WATCH_TERMS_KEY]).join('\n'));
        setLoaded(true);
      },
      (e: unknown) => setSaved({ ok: false, error: errorMessage(e) }),
    );
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const terms = parseWatchTerms(text);
    try {
      await browser.storage.local.set({ [WATCH_TERMS_KEY]: terms });
      setText(terms.join('\n'));
      setSaved({ ok: true, count: terms.length });
    } catch (e) {
      setSaved({ ok: false, error: errorMessage(e) });
    }
  };

  return (
    <main class="options stack">
      <h1>{t('optionsTitle')}</h1>
      <form class="stack" onSubmit={save}>
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
          onInput={(e) => {
            setText(e.currentTarget.value);
            setSaved(null);
          }}
        />
        <div class="row">
          <button type="submit" class="primary" data-action="save-options" disabled={!loaded}>
            {t('saveOptions')}
          </button>
          {saved?.ok === true && (
            <span class="success" role="status">
              {t('optionsSaved', String(saved.count))}
            </span>
          )}
          {saved?.ok === false && (
            <span class="error" role="alert">
              {saved.error}
            </span>
          )}
        </div>
      </form>
      <NoteTemplateForm />
      <CategoriesForm />
    </main>
  );
}
