/**
 * One small interface for per-site behaviour. A profile only describes a site (hosts, hints
 * about where its text and clutter live, how to name a document); the cleaning itself is done by
 * the phrase and pattern detectors of `core/clean`, so that an unknown site or a redesign still
 * gets cleaned. Selectors are hints: a profile may name none.
 */
export interface SiteProfile {
  /** '777doc', 'baidu-wenku', 'doc88', 'docin', 'book118', 'renrendoc', 'jinchutou', 'taodocs', 'ishare', '360doc', 'doczj', 'mobile-template', 'generic' */
  id: string;
  /** The site's own name ('三七文档' …). */
  name: string;
  /** Host suffixes it matches ('777doc.com' matches m.777doc.com). */
  hosts: string[];
  /** Where the document's text lives (hints; may be empty). */
  documentSelectors: string[];
  /** Elements the profile names as clutter (hidden even if they hold much text). */
  clutterSelectors: string[];
  /** canvas/img elements where pages are drawn (image/canvas pages). */
  drawnPageSelectors: string[];
  /** e.g. '777doc:123456'; stable across query strings and fragments; generic: origin+pathname. */
  documentId(url: URL): string;
}
