import { t } from '../browser';
import type { Clip } from '../core/types';
import { ClipMeta } from './ClipMeta';
import { sourceUrl } from './source-url';
import { TextChanged } from './TextChanged';

/**
 * A clip in a short list (the popup): its text as text, where it came from, tags and note, and
 * what the page says now when it was found there with other text (`pageText`).
 */
export function ClipCard({ clip, showTitle = true, pageText }: { clip: Clip; showTitle?: boolean; pageText?: string }) {
  const href = sourceUrl(clip);
  return (
    <article class="clip-card">
      <p class="clip-text clamp-3">{clip.text}</p>
      {pageText !== undefined && <TextChanged saved={clip.text} now={pageText} />}
      <ClipMeta clip={clip} showTitle={showTitle} />
      {clip.tags.length > 0 && (
        <p class="row tags" aria-label={t('tagsLabel')}>
          {clip.tags.map((tag) => (
            <span class="chip" key={tag}>
              {tag}
            </span>
          ))}
        </p>
      )}
      {clip.note !== '' && <p class="small clip-note clamp-3">{clip.note}</p>}
      {href !== null && (
        <a class="small" href={href} target="_blank" rel="noopener noreferrer">
          {t('openSource')}
        </a>
      )}
    </article>
  );
}
