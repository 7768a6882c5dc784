import { SITE_PROFILES } from '../sites/site-registry';
import type { Clip } from '../types';

/**
 * The name a reader knows a clip's site by: the profile's own name ('三七文档') for a known
 * site id, else the URL's host (www.example.com), else the site id as stored.
 */
export function siteName(clip: Pick<Clip, 'site' | 'url'>): string {
  const profile = SITE_PROFILES.find((p) => p.id === clip.site);
  if (profile) return profile.name;
  try {
    return new URL(clip.url).hostname || clip.site;
  } catch {
    return clip.site;
  }
}
