import { t, tCount } from '../browser';
import type { Clip } from '../core/types';

/** After a delete: how many clips went, and the button that puts them back. Stays until dismissed or replaced. */
export function UndoBar({ deleted, onUndo, onDismiss }: { deleted: readonly Clip[]; onUndo: () => void; onDismiss: () => void }) {
  return (
    <div class="undo-bar row" role="status">
      <span>{tCount('deletedCount', deleted.length)}</span>
      <button type="button" class="primary" data-action="undo-delete" onClick={onUndo}>
        {t('undo')}
      </button>
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
