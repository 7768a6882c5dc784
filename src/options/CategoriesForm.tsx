import { browser, t } from '../browser';
import { formatCategoryLines, parseCategoryLines } from '../core/categories';
import { CATEGORIES_KEY, loadCategories } from '../ui/reader-categories';
import { SavedStatus } from './SavedStatus';
import { useStoredText } from './use-stored-text';

/** The reader's categories, one a line (`名称 #颜色`); a bad line is refused and nothing is saved. */
export function CategoriesForm() {
  const { text, loaded, saved, onInput, onSubmit } = useStoredText(
    async () => formatCategoryLines(await loadCategories()),
    async (value) => {
      const parsed = parseCategoryLines(value);
      if (!parsed.ok) return parsed;
      await browser.storage.local.set({ [CATEGORIES_KEY]: parsed.categories });
      return { ok: true, text: formatCategoryLines(parsed.categories), result: parsed.categories.length };
    },
  );

  return (
    <form class="stack" onSubmit={onSubmit}>
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
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <div class="row">
        <button type="submit" class="primary" data-action="save-categories" disabled={!loaded}>
          {t('saveCategories')}
        </button>
        <SavedStatus saved={saved} said={(count) => t('categoriesSaved', String(count))} />
      </div>
    </form>
  );
}
