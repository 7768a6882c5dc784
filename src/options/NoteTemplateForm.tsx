import { browser, t } from '../browser';
import { DEFAULT_NOTE_TEMPLATE, NOTE_PLACEHOLDERS, NOTE_TEMPLATE_KEY, readNoteTemplate } from '../core/export/note-template';
import { SavedStatus } from './SavedStatus';
import { useStoredText } from './use-stored-text';

/**
 * The template of the Obsidian / Logseq note, stored under NOTE_TEMPLATE_KEY. The form shows
 * DEFAULT_NOTE_TEMPLATE while none is stored; saving the default text, or a blank one, removes
 * the key, so DocClip's own note (documentNote) is written again.
 */
export function NoteTemplateForm() {
  const { text, loaded, saved, onInput, onSubmit, save } = useStoredText(
    async () => readNoteTemplate((await browser.storage.local.get(NOTE_TEMPLATE_KEY))[NOTE_TEMPLATE_KEY]) ?? DEFAULT_NOTE_TEMPLATE,
    async (template) => {
      const custom = readNoteTemplate(template);
      if (custom === null || custom === DEFAULT_NOTE_TEMPLATE) await browser.storage.local.remove(NOTE_TEMPLATE_KEY);
      else await browser.storage.local.set({ [NOTE_TEMPLATE_KEY]: custom });
      return { ok: true, text: custom ?? DEFAULT_NOTE_TEMPLATE, result: null };
    },
  );

  return (
    <form class="stack" onSubmit={onSubmit}>
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
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <div class="row">
        <button type="submit" class="primary" data-action="save-note-template" disabled={!loaded}>
          {t('saveNoteTemplate')}
        </button>
        <button type="button" data-action="reset-note-template" disabled={!loaded} onClick={() => void save(DEFAULT_NOTE_TEMPLATE)}>
          {t('resetNoteTemplate')}
        </button>
        <SavedStatus saved={saved} said={() => t('noteTemplateSaved')} />
      </div>
    </form>
  );
}
