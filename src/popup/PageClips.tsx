import { t } from '../browser';
import { clipsForDocument } from '../db/clips-store';
import type { DocClipDatabase } from '../db/database';
import type { PageStatus } from '../messages';
import { ClipCard } from '../ui/ClipCard';
import { useAsync } from '../ui/use-async';

interface Props {
  db: DocClipDatabase;
  docId: string;
  notFound: PageStatus['clipsNotFound'];
  changed: PageStatus['clipsChanged'];
  version: number;
}

/**
 * The clips saved from this document (those found where the page's text changed say so, with
 * both texts), and — always shown, never folded away — those the content script could not find
 * on the page again.
 */
export function PageClips({ db, docId, notFound, changed, version }: Props) {
  const clips = useAsync(() => clipsForDocument(db, docId), [db, docId, version]);
  const pageText = new Map(changed.map((c) => [c.id, c.now]));
  const list = clips.value ?? [];
  return (
    <>
      <section class="stack" aria-labelledby="page-clips-heading">
        <h2 id="page-clips-heading">{t('pageClipsHeading', String(list.length))}</h2>
        {clips.error !== null && <p class="error">{clips.error}</p>}
        {clips.value !== undefined && list.length === 0 && <p class="muted">{t('pageClipsNone')}</p>}
        <ul class="plain stack">
          {list.map((clip) => (
            <li key={clip.id}>
              <ClipCard clip={clip} showTitle={false} pageText={pageText.get(clip.id)} />
            </li>
          ))}
        </ul>
      </section>
      {notFound.length > 0 && (
        <section class="stack not-found" aria-labelledby="not-found-heading">
          <h2 id="not-found-heading">{t('clipsNotFoundHeading', String(notFound.length))}</h2>
          <p class="small muted">{t('clipsNotFoundExplain')}</p>
          <ul class="plain stack">
            {notFound.map((clip) => (
              <li key={clip.id} class="clip-card" data-clip-id={clip.id}>
                <p class="clip-text clamp-3">{clip.text}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
