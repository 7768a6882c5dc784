import { useEffect, useState } from 'preact/hooks';
import { t } from '../browser';
import { formatTags, parseTags, sameTags } from '../ui/parse-tags';

/** A clip's tags as editable text; saved (when changed) on blur or Enter, Escape restores them. */
export function TagsField({ tags, onSave }: { tags: readonly string[]; onSave: (tags: string[]) => void }) {
  const formatted = formatTags(tags);
  const [text, setText] = useState(formatted);
  useEffect(() => setText(formatted), [formatted]);
  const commit = () => {
    const next = parseTags(text);
    if (!sameTags(next, tags)) onSave(next);
    setText(formatTags(next));
  };
  return (
    <label class="inline-field tags-field">
      <span>{t('tagsLabel')}</span>
      <input
        type="text"
        data-field="tags"
        value={text}
        placeholder={t('tagsPlaceholder')}
        onInput={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            setText(formatTags(tags));
          }
        }}
      />
    </label>
  );
}

/**
 * A clip's note; saved (when changed) on blur or Enter. Shift+Enter starts a new line: a
 * textarea, not an input, because an input would silently drop the note's line breaks.
 */
export function NoteField({ note, onSave }: { note: string; onSave: (note: string) => void }) {
  const [text, setText] = useState(note);
  useEffect(() => setText(note), [note]);
  const commit = () => {
    if (text !== note) onSave(text);
  };
  return (
    <label class="inline-field note-field">
      <span>{t('noteLabel')}</span>
      <textarea
        rows={1}
        data-field="note"
        value={text}
        placeholder={t('notePlaceholder')}
        onInput={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            setText(note);
          }
        }}
      />
    </label>
  );
}
