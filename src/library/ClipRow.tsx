import { t } from '../browser';
import type { Clip } from '../core/types';
import { ClipMeta } from '../ui/ClipMeta';
import { FigureChips } from '../ui/FigureChips';
import { sourceUrl } from '../ui/source-url';
import { TextChanged } from '../ui/TextChanged';
import { ROW_HEIGHT } from './ClipList';
import { NoteField, TagsField } from './EditableFields';

export interface RowActions {
  toggleSelected: (clip: Clip, selected: boolean) => void;
  save: (clip: Clip, patch: Partial<Pick<Clip, 'tags' | 'note'>>) => void;
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
}

/** One clip of the library, at a fixed height; a placeholder while its block loads. */
export function ClipRow({ clip, index, count, top, selected, actions, pageText }: Props) {
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
