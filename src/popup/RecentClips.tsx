import { t } from '../browser';
import { recentClips } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';
import { ClipCard } from '../ui/ClipCard';
import { useAsync } from '../ui/use-async';

/** How many recent clips the popup lists. */
export const RECENT_LIMIT = 10;

/** The newest clips of the whole library. */
export function RecentClips({ db, version }: { db: DocClipDatabase; version: number }) {
  const clips = useAsync(() => recentClips(db, RECENT_LIMIT), [db, version]);
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
