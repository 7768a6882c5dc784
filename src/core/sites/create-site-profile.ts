import { hostMatches } from './document-id';
import { genericProfile } from './generic-profile';
import type { SiteProfile } from './site-profile';
import { SITE_PROFILES } from './site-registry';

/**
 * The one place a site profile is chosen. Matches the URL's host against each profile's host
 * suffixes (m.777doc.com → 三七文档). Only http(s) pages are matched: an unknown host, another
 * scheme or a string that is not a URL gives the generic profile; it never throws.
 */
export function createSiteProfile(url: string): SiteProfile {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return genericProfile;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return genericProfile;
  const host = parsed.hostname;
  return SITE_PROFILES.find((p) => p.hosts.some((suffix) => hostMatches(host, suffix))) ?? genericProfile;
}
