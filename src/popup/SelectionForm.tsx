import { useEffect, useState } from 'preact/hooks';
import { t } from '../browser';
import type { Clip } from '../core/types';
import type { SelectionPreview } from '../messages';
import { parseTags } from '../ui/parse-tags';
import { useReaderCategories } from '../ui/reader-categories';
import { errorMessage } from '../ui/use-async';
import { sendToPage } from './page-request';

type Result = { ok: true; clip: Clip } | { ok: false; error: string } | null;

/** The page's current selection, with tags and a note, and the button that saves it as a clip. */
export function SelectionForm({ tabId, onSaved }: { tabId: number; onSaved: () => void }) {
  const [preview, setPreview] = useState<SelectionPreview | null | undefined>(undefined);
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [category, setCategory] = useState('');
  const categories = useReaderCategories();
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<Result>(null);

  useEffect(() => {
    sendToPage<SelectionPreview | null>(tabId, { type: 'page/selection' }).then(setPreview, (e: unknown) =>
      setResult({ ok: false, error: errorMessage(e) }),
    );
  }, [tabId]);

  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    setResult(null);
    try {
      const clip = await sendToPage<Clip>(tabId, { type: 'page/clip', tags: parseTags(tags), note, ...(category ? { category } : {}) });
      setResult({ ok: true, clip });
      setTags('');
      setNote('');
      setCategory('');
      onSaved();
    } catch (e) {
      setResult({ ok: false, error: errorMessage(e) });
    } finally {
      setSaving(false);
    }
  };

  const parts = preview ? [t('countFigures', String(preview.figures))] : [];
  if (preview && preview.page !== null) parts.push(t('pageNumber', String(preview.page)));

  return (
    <section class="stack selection" aria-labelledby="selection-heading">
      <h2 id="selection-heading">{t('selectionHeading')}</h2>
      {preview === undefined && result === null && <p class="muted">{t('loading')}</p>}
      {preview === null && <p class="muted">{t('errorNoSelection')}</p>}
      {preview && (
        <form class="stack" onSubmit={save}>
          <blockquote class="selection-text clip-text clamp-3">{preview.text}</blockquote>
          <p class="small muted">{parts.join(' · ')}</p>
          <label class="field">
            <span>{t('tagsLabel')}</span>
            <input
              type="text"
              name="tags"
              value={tags}
              placeholder={t('tagsPlaceholder')}
              onInput={(e) => setTags(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('categoryLabel')}</span>
            <select name="category" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
              <option value="">{t('noCategory')}</option>
              {categories.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{t('noteLabel')}</span>
            <textarea name="note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <div class="row">
            <button type="submit" class="primary" data-action="save-clip" disabled={saving}>
              {t('saveClip')}
            </button>
          </div>
        </form>
      )}
      {result?.ok === true && (
        <p class="success" role="status">
          {t('clipSavedPopup', result.clip.text.slice(0, 20))}
        </p>
      )}
      {result?.ok === false && (
        <p class="error" role="alert">
          {result.error}
        </p>
      )}
    </section>
  );
}
