import { useEffect, useState } from 'preact/hooks';
import { browser } from '../browser';
import { CITATION_STYLE_KEY, readCitationStyle } from '../core/documents/citation-style';
import type { CitationStyle } from '../core/export/cite-clip';

/** The stored citation style and a setter that stores it (for every page of the extension). */
export function useCitationStyle(): [CitationStyle, (style: CitationStyle) => void] {
  const [style, setStyle] = useState<CitationStyle>(readCitationStyle(undefined));
  useEffect(() => {
    let live = true;
    browser.storage.local.get(CITATION_STYLE_KEY).then(
      (stored) => live && setStyle(readCitationStyle(stored[CITATION_STYLE_KEY])),
      (e: unknown) => console.warn('DocClip: citation style', e),
    );
    return () => {
      live = false;
    };
  }, []);
  const choose = (next: CitationStyle) => {
    setStyle(next);
    browser.storage.local.set({ [CITATION_STYLE_KEY]: next }).catch((e: unknown) => console.warn('DocClip: citation style', e));
  };
  return [style, choose];
}
