import { t } from '../browser';
import { siteName } from '../core/export/site-name';
import type { Clip } from '../core/types';
import { formatDateTime } from './format-date';

/** One line of where a clip came from: title · site · page · date (parts that are known). */
export function ClipMeta({ clip, showTitle = true, showSite = false }: { clip: Clip; showTitle?: boolean; showSite?: boolean }) {
  const parts: string[] = [];
  if (showTitle) parts.push(clip.docTitle || t('untitledDocument'));
  if (showSite) parts.push(siteName(clip));
  if (clip.page !== null) parts.push(t('pageNumber', String(clip.page)));
  parts.push(formatDateTime(clip.createdAt));
  return <p class="small muted clip-meta">{parts.join(' · ')}</p>;
}
