import type { CitationStyle } from '../export/cite-clip';

/** `browser.storage.local` key of the citation style the reader picked where citations are copied. */
export const CITATION_STYLE_KEY = 'citationStyle';

/** The styles offered, oldest first; the first is the default. */
export const CITATION_STYLES: readonly CitationStyle[] = ['2015', '2025'];

/** A stored value as a style: anything that is not one of CITATION_STYLES is the default, 2015. */
export function readCitationStyle(value: unknown): CitationStyle {
  return CITATION_STYLES.find((style) => style === value) ?? CITATION_STYLES[0]!;
}
