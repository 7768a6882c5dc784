import { t } from '../browser';
import { categoryColor, type ReaderCategory } from '../core/categories';
import type { Clip } from '../core/types';
import { ClipMeta } from '../ui/ClipMeta';
import { FigureChips } from '../ui/FigureChips';
import { sourceUrl } from '../ui/source-url';
import { TextChanged } from '../ui/TextChanged';
import { ROW_HEIGHT } from './ClipList';
import { NoteField, TagsField } from './EditableFields';

export interface RowActions {
  toggleSelected: (clip: Clip, selected: boolean) => void;
  save: (clip: Clip, patch: Partial<Pick<Clip, 'tags' | 'note'>> & { category?: string | null }) => void;
  cite: (clip: Clip) => void;
  remove: (clip: Clip) => void;
}

interface Props {
  clip: Clip | undefined;
  index: number;
  count: number;
  top: number;
  selected: boolean;
  actions: RowActions;
  /** What the clip's page said when it was last found there with other text. */
  pageText?: string;
  /** The reader's categories (for the chip's colour and the choice). */
  categories: readonly ReaderCategory[];
}

/** One clip of the library, at a fixed height; a placeholder while its block loads. */
export function ClipRow({ clip, index, count, top, selected, actions, pageText, categories }: Props) {
  const style = { top: `${top}px`, height: `${ROW_HEIGHT}px` };
  if (!clip) {
    return (
      <li class="clip-row placeholder" style={style} aria-posinset={index + 1} aria-setsize={count} aria-busy="true">
        <span class="muted">{t('loading')}</span>
      </li>
    );
  }
  const href = sourceUrl(clip);
  return (
    <li class="clip-row" style={style} aria-posinset={index + 1} aria-setsize={count} data-clip-id={clip.id}>
      <input
        type="checkbox"
        class="row-select"
        aria-label={t('selectClip', String(index + 1))}
        checked={selected}
        onChange={(e) => actions.toggleSelected(clip, e.currentTarget.checked)}
      />
      <div class="row-main">
        <p class="clip-text row-text" tabIndex={0}>
          {clip.text}
        </p>
        {pageText !== undefined && <TextChanged saved={clip.text} now={pageText} />}
        <ClipMeta clip={clip} showSite />
        <FigureChips figures={clip.figures} limit={12} />
        <div class="row-edit">
          <CategoryChip clip={clip} categories={categories} onSave={(category) => actions.save(clip, { category })} />
          <TagsField tags={clip.tags} onSave={(tags) => actions.save(clip, { tags })} />
          <NoteField note={clip.note} onSave={(note) => actions.save(clip, { note })} />
        </div>
      </div>
      <div class="row-actions">
        <button type="button" data-action="copy-citation" onClick={() => actions.cite(clip)}>
          {t('copyCitation')}
        </button>
        {href !== null && (
          <a class="button" data-action="open-source" href={href} target="_blank" rel="noopener noreferrer">
            {t('openSource')}
          </a>
        )}
        <button type="button" data-action="delete-clip" onClick={() => actions.remove(clip)}>
          {t('deleteClip')}
        </button>
      </div>
    </li>
  );
}

/**
 * The clip's category as a coloured chip that is also the choice (a <select>): a category no
 * longer in the reader's list is still shown (in grey), so that choosing nothing never drops it.
 */
function CategoryChip({ clip, categories, onSave }: { clip: Clip; categories: readonly ReaderCategory[]; onSave: (category: string | null) => void }) {
  const current = clip.category ?? '';
  const color = categoryColor(categories, clip.category) ?? (current ? '#6e7781' : undefined);
  const names = categories.map((c) => c.name);
  if (current && !names.includes(current)) names.push(current);
  return (
    <select
      class={`category-chip${current ? ' set' : ''}`}
      data-field="category"
      aria-label={t('categoryLabel')}
      value={current}
      style={color ? { backgroundColor: color, borderColor: color } : undefined}
      onChange={(e) => onSave(e.currentTarget.value || null)}
    >
      <option value="">{t('noCategory')}</option>
      {names.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </select>
  );
}
