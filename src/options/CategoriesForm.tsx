import { useEffect, useState } from 'preact/hooks';
import { browser, t } from '../browser';
import { formatCategoryLines, parseCategoryLines } from '../core/categories';
import { CATEGORIES_KEY, loadCategories } from '../ui/reader-categories';
import { errorMessage } from '../ui/use-async';

type Saved = { ok: true; count: number } | { ok: false; error: string } | null;

/** The reader's categories, one a line (`名称 #颜色`); a bad line is refused and nothing is saved. */
export function CategoriesForm() {
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState<Saved>(null);

  useEffect(() => {
    loadCategories().then(
      (categories) => {
        setText(formatCategoryLines(categories));
        setLoaded(true);
      },
      (e: unknown) => setSaved({ ok: false, error: errorMessage(e) }),
    );
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = parseCategoryLines(text);
    if (!parsed.ok) return setSaved({ ok: false, error: parsed.error });
    try {
      await browser.storage.local.set({ [CATEGORIES_KEY]: parsed.categories });
      setText(formatCategoryLines(parsed.categories));
      setSaved({ ok: true, count: parsed.categories.length });
    } catch (e) {
      setSaved({ ok: false, error: errorMessage(e) });
    }
  };

  return (
    <form class="stack" onSubmit={save}>
      <label for="categories">
        <span class="label-strong">{t('categoriesLabel')}</span>
      </label>
      <p id="categories-help" class="small muted">
        {t('categoriesHelp')}
      </p>
      <textarea
        id="categories"
        name="categories"
        rows={6}
        value={text}
        disabled={!loaded}
        aria-describedby="categories-help"
        onInput={(e) => {
          setText(e.currentTarget.value);
          setSaved(null);
        }}
      />
      <div class="row">
        <button type="submit" class="primary" data-action="save-categories" disabled={!loaded}>
          {t('saveCategories')}
        </button>
        {saved?.ok === true && (
          <span class="success" role="status">
            {t('categoriesSaved', String(saved.count))}
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
