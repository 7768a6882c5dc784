import type { Page } from 'playwright-core';
import { selectText } from './sample-flow';

/**
 * Clips the first occurrence of `text` with the in-page button, then gives the clip `category`
 * and `note` in the clip bubble and saves them. Throws when the bubble is not wholly on screen
 * (a fixed box cannot be scrolled to).
 */
export async function clipWithBubble(page: Page, text: string, category: string, note: string): Promise<void> {
  await selectText(page, text);
  await page.locator('docclip-ui [data-action="clip"]').click({ timeout: 10_000 });
  const bubble = page.locator('docclip-ui form.bubble');
  await bubble.waitFor({ state: 'visible' });
  const box = (await bubble.boundingBox())!;
  const height = page.viewportSize()!.height;
  if (box.y < 0 || box.y + box.height > height) throw new Error(`the clip bubble is off screen: y ${box.y}, height ${box.height}, viewport ${height}`);
  await bubble.locator('[data-field="bubble-category"]').selectOption(category);
  await bubble.locator('[data-field="bubble-note"]').fill(note);
  await bubble.locator('[data-action="bubble-save"]').click();
  await bubble.waitFor({ state: 'hidden' });
}

/** Every row of a table of the extension's IndexedDB `docclip`, read raw from an extension page ([] when there is no such table). */
export function readTable(page: Page, table: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    (name) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('docclip');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as Array<Record<string, unknown>>);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

/** Empties tables of the extension's IndexedDB `docclip` in one transaction (as a fresh install would have them). */
export function clearTables(page: Page, tables: string[]): Promise<void> {
  return page.evaluate(
    (names) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('docclip');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(names, 'readwrite');
          for (const name of names) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    tables,
  );
}
