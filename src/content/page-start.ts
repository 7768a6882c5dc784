import { browser } from './extension-api';
import { CATEGORIES_KEY } from '../core/categories';
import { createSiteProfile } from '../core/sites/create-site-profile';
import type { SiteProfile } from '../core/sites/site-profile';
import { PageSession } from './page-session';
import { ParseTimeCleaner, SelectorStyles } from './parse-time-cleaner';

/**
 * What the content script sets up the moment it runs (document_start, or at once when the popup
 * runs it on a parsed page), before `boot` starts DocClip on the parsed page: the page's
 * profile and session, the selector stylesheet, the cleaner of what the parser inserts, and the
 * reader's stored settings for this page, asked for now so that they are there when the page is.
 */
export interface PageStart {
  url: string;
  profile: SiteProfile;
  docId: string;
  session: PageSession;
  styles: SelectorStyles;
  /** Null when the page was parsed already. */
  cleaner: ParseTimeCleaner | null;
  /** The storage keys that turn DocClip off for this page and for its whole site. */
  disabledKey: string;
  disabledSiteKey: string;
  /** The stored settings this page reads (watch terms, categories, the two keys above). */
  stored: Promise<Record<string, unknown>>;
}

export function startPage(doc: Document, url: string): PageStart {
  const profile = createSiteProfile(url);
  const docId = profile.documentId(new URL(url));
  const disabledKey = `disabled:${docId}`;
  const disabledSiteKey = `disabledSite:${profile.id === 'generic' ? new URL(url).hostname : profile.id}`;
  const stored = browser.storage.local.get(['watchTerms', CATEGORIES_KEY, disabledKey, disabledSiteKey]);
  const styles = new SelectorStyles(doc, profile);
  const session = new PageSession(doc, profile, docId);
  const cleaner = doc.readyState === 'loading' ? new ParseTimeCleaner(doc, session, styles) : null;
  // Turned off here: what was cleaned while the reader's settings were read is put back at once.
  void stored.then(
    (s) => {
      if (s[disabledKey] !== true && s[disabledSiteKey] !== true) return;
      cleaner?.finish();
      if (!session.enabled) session.stop();
      styles.detach();
    },
    () => undefined,
  );
  return { url, profile, docId, session, styles, cleaner, disabledKey, disabledSiteKey, stored };
}
