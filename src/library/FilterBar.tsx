import { t } from '../browser';
import { NO_FILTERS, type Filters } from './filters';

interface Props {
  filters: Filters;
  sites: readonly string[];
  tags: readonly string[];
  /** The reader's categories, then any other category a clip holds. */
  categories: readonly string[];
  onChange: (filters: Filters) => void;
}

/** Search, site, tag, category, date range and sort of the library. */
export function FilterBar({ filters, sites, tags, categories, onChange }: Props) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  return (
    <form class="filter-bar row" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="field grow">
        <span>{t('searchLabel')}</span>
        <input
          type="search"
          data-field="search"
          value={filters.text}
          placeholder={t('searchPlaceholder')}
          onInput={(e) => set('text', e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('siteLabel')}</span>
        <select value={filters.site} onChange={(e) => set('site', e.currentTarget.value)}>
          <option value="">{t('anySite')}</option>
          {sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('tagLabel')}</span>
        <select value={filters.tag} onChange={(e) => set('tag', e.currentTarget.value)}>
          <option value="">{t('anyTag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('categoryLabel')}</span>
        <select data-field="category" value={filters.category} onChange={(e) => set('category', e.currentTarget.value)}>
          <option value="">{t('anyCategory')}</option>
          {categories.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('fromLabel')}</span>
        <input type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => set('from', e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('toLabel')}</span>
        <input type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => set('to', e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('sortLabel')}</span>
        <select value={filters.sort} onChange={(e) => set('sort', toSort(e.currentTarget.value))}>
          <option value="newest">{t('sortNewest')}</option>
          <option value="oldest">{t('sortOldest')}</option>
          <option value="title">{t('sortTitle')}</option>
        </select>
      </label>
      <button type="button" class="align-end" onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort })}>
        {t('clearFilters')}
      </button>
    </form>
  );
}

function toSort(value: string): Filters['sort'] {
  return value === 'oldest' || value === 'title' ? value : 'newest';
}
