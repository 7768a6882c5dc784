import type { SiteProfile } from './site-profile';

/**
 * The CSS that hides what a profile's selectors name as clutter, for the stylesheet the content
 * script puts in the page at document_start — so those elements are never drawn, before the
 * cleaning pass marks them hidden itself. One rule per selector (a selector the browser cannot
 * parse drops its own rule only); an element holding one of the profile's document areas is
 * never hidden, nor is an area itself (as in planClean). Empty when the profile names no clutter.
 */
export function selectorStylesheet(profile: Pick<SiteProfile, 'clutterSelectors' | 'documentSelectors'>): string {
  const areas = profile.documentSelectors.join(', ');
  const guard = areas ? `:not(${areas}):not(:has(${areas}))` : '';
  return profile.clutterSelectors.map((s) => `:is(${s})${guard} { display: none !important; }`).join('\n');
}
