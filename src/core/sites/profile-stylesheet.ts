import type { SiteProfile } from './site-profile';

/**
 * The CSS that hides a profile's clutter selectors before the page is first drawn (the content
 * script puts it in the page at document_start, before the parser has made <body>). It keeps the
 * cleaner's guard (plan-clean.ts): an element that is, or holds, one of the profile's document
 * areas is never hidden. One rule per selector, so that one the browser cannot parse drops only
 * its own rule (`isValid`: e.g. `CSS.supports('selector(…)')`); selectors that are not valid are
 * left out. Empty when the profile names no clutter.
 */
export function profileStylesheet(profile: Pick<SiteProfile, 'clutterSelectors' | 'documentSelectors'>, isValid: (selector: string) => boolean): string {
  const areas = profile.documentSelectors.filter(isValid);
  const guard = areas.length > 0 ? `:not(:is(${areas.join(', ')})):not(:has(:is(${areas.join(', ')})))` : '';
  return profile.clutterSelectors
    .filter(isValid)
    .map((selector) => `:is(${selector})${guard} { display: none !important; }`)
    .join('\n');
}
