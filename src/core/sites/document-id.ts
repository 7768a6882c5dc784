/**
 * Helpers for `SiteProfile.documentId`. A document id must not change with the query string,
 * the fragment, the host's mobile/desktop prefix or "http" vs "https", so ids are read from the
 * path (or, where a site names its document in the query, from that one parameter only).
 */

/**
 * `${prefix}:${first capture of the first pattern that matches url.pathname}`; when none matches,
 * `${prefix}:${pathname without a trailing slash}` so that the id is still stable.
 */
export function idFromPath(prefix: string, url: URL, patterns: readonly RegExp[]): string {
  const path = safeDecode(url.pathname);
  for (const pattern of patterns) {
    const m = pattern.exec(path);
    if (m?.[1]) return `${prefix}:${m[1]}`;
  }
  return `${prefix}:${path.replace(/\/+$/, '') || '/'}`;
}

/** The id named by one query parameter (`?id=123`), or null when absent or empty. */
export function idFromQuery(prefix: string, url: URL, name: string): string | null {
  const value = url.searchParams.get(name);
  return value ? `${prefix}:${value}` : null;
}

/** True when `host` is `suffix` or a subdomain of it (m.777doc.com ~ 777doc.com, not x777doc.com). */
export function hostMatches(host: string, suffix: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === suffix || h.endsWith(`.${suffix}`);
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
