import { useEffect, useState } from 'preact/hooks';
import { browser, t } from '../browser';
import { DEFAULT_NOTE_TEMPLATE, NOTE_PLACEHOLDERS, NOTE_TEMPLATE_KEY, readNoteTemplate } from '../core/export/note-template';
import { errorMessage } from '../ui/use-async';

type Saved = { ok: true } | { ok: false; error: string } | null;

/**
 * The template of the Obsidian / Logseq note, stored under NOTE_TEMPLATE_KEY. The form shows
 * DEFAULT_NOTE_TEMPLATE while none is stored; saving the default text, or a blank one, removes
 * the key, so DocClip's own note (documentNote) is written again.
 */
export function NoteTemplateForm() {
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState<Saved>(null);

  useEffect(() => {
    browser.storage.local.get(NOTE_TEMPLATE_KEY).then(
      (stored) => {
        setText(readNoteTemplate(stored[NOTE_TEMPLATE_KEY]) ?? DEFAULT_NOTE_TEMPLATE);
        setLoaded(true);
      },
      (e: unknown) => setSaved({ ok: false, error: errorMessage(e) }),
    );
  }, []);

  const store = async (template: string) => {
    try {
      const custom = readNoteTemplate(template);
      if (custom === null || custom === DEFAULT_NOTE_TEMPLATE) await browser.storage.local.remove(NOTE_TEMPLATE_KEY);
      else await browser.storage.local.set({ [NOTE_TEMPLATE_KEY]: custom });
      setText(custom ?? DEFAULT_NOTE_TEMPLATE);
      setSaved({ ok: true });
    } catch (e) {
      setSaved({ ok: false, error: errorMessage(e) });
    }
  };

  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void store(text);
      }}
    >
      <label for="note-template">
        <span class="label-strong">{t('noteTemplateLabel')}</span>
      </label>
      <p id="note-template-help" class="small muted">
        {t('noteTemplateHelp', NOTE_PLACEHOLDERS.map((name) => `{{${name}}}`).join(' '))}
      </p>
      <textarea
        id="note-template"
        name="noteTemplate"
        rows={12}
        value={text}
        disabled={!loaded}
        spellcheck={false}
        aria-describedby="note-template-help"
        onInput={(e) => {
          setText(e.currentTarget.value);
          setSaved(null);
        }}
      />
      <div class="row">
        <button type="submit" class="primary" data-action="save-note-template" disabled={!loaded}>
          {t('saveNoteTemplate')}
        </button>
        <button type="button" data-action="reset-note-template" disabled={!loaded} onClick={() => void store(DEFAULT_NOTE_TEMPLATE)}>
          {t('resetNoteTemplate')}
        </button>
        {saved?.ok === true && (
          <span class="success" role="status">
            {t('noteTemplateSaved')}
          </span>
        )}
        {saved?.ok === false && (
          <span class="error" role="alert">
            {saved.error}
          </span>
        )}
      </div>
    </form>
  );
}
