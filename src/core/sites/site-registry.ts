/** The registry of site profiles. */
import { baiduWenkuProfile } from './baidu-wenku-profile';
import { book118Profile } from './book118-profile';
import { doc360Profile } from './doc360-profile';
import { doc777Profile } from './doc777-profile';
import { doc88Profile } from './doc88-profile';
import { docinProfile } from './docin-profile';
import { doczjProfile } from './doczj-profile';
import { ishareProfile } from './ishare-profile';
import { jinchutouProfile } from './jinchutou-profile';
import { mobileTemplateProfile } from './mobile-template-profile';
import { renrendocProfile } from './renrendoc-profile';
import type { SiteProfile } from './site-profile';
import { taodocsProfile } from './taodocs-profile';

/**
 * Every site-specific profile, in match order (the generic one is the fallback, not listed).
 * A new site is one new profile file, one line here, and its fixtures in test/fixtures/<id>/.
 */
export const SITE_PROFILES: readonly SiteProfile[] = [
  doc777Profile,
  baiduWenkuProfile,
  doc88Profile,
  docinProfile,
  book118Profile,
  renrendocProfile,
  jinchutouProfile,
  taodocsProfile,
  ishareProfile,
  doc360Profile,
  doczjProfile,
  mobileTemplateProfile,
];

/** Host suffixes of every profile, for the manifest's match patterns (`*://*.HOST/*` and `*://HOST/*`). */
export function supportedHosts(): string[] {
  return [...new Set(SITE_PROFILES.flatMap((p) => p.hosts))];
}
