import { useEffect, useState } from 'preact/hooks';
import { browser } from '../browser';
import { CATEGORIES_KEY, DEFAULT_CATEGORIES, readStoredCategories, type ReaderCategory } from '../core/categories';

export { CATEGORIES_KEY } from '../core/categories';

export async function loadCategories(): Promise<ReaderCategory[]> {
  const stored = await browser.storage.local.get(CATEGORIES_KEY);
  return readStoredCategories(stored[CATEGORIES_KEY]);
}

/** The categories, following changes made on the options page while the page is open. */
export function useReaderCategories(): ReaderCategory[] {
  const [categories, setCategories] = useState<ReaderCategory[]>([...DEFAULT_CATEGORIES]);
  useEffect(() => {
    let live = true;
    loadCategories().then((c) => live && setCategories(c), (e: unknown) => console.warn('DocClip: categories', e));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && CATEGORIES_KEY in changes) setCategories(readStoredCategories(changes[CATEGORIES_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return categories;
}
