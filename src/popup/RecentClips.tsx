import { t } from '../browser';
import type { Clip } from '../core/types';
import { recentClips } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';
import { ClipCard } from '../ui/ClipCard';
import { useAsync } from '../ui/use-async';

/** How many recent clips the popup lists. */
export const RECENT_LIMIT = 10;

/**
 * The newest clips of the whole library. `initial`: those clips read before the popup's first
 * render (main.tsx), shown at once; undefined when they were not ready in time.
 */
export function RecentClips({ db, version, initial }: { db: DocClipDatabase; version: number; initial?: Clip[] }) {
  const clips = useAsync(() => recentClips(db, RECENT_LIMIT), [db, version], initial);
  const list = clips.value ?? [];
  return (
    <section class="stack" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('recentHeading')}</h2>
      {clips.error !== null && <p class="error">{clips.error}</p>}
      {clips.value !== undefined && list.length === 0 && <p class="muted">{t('libraryEmpty')}</p>}
      <ul class="plain stack">
        {list.map((clip) => (
          <li key={clip.id}>
            <ClipCard clip={clip} />
          </li>
        ))}
      </ul>
    </section>
  );
}
