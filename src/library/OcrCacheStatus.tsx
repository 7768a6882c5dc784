import { useEffect, useState } from 'preact/hooks';
import { t, tCount } from '../browser';
import type { DocClipDatabase } from '../db/database';
import { clearOcrPages, ocrCacheBytes } from '../db/ocr-pages-store';
import { errorMessage } from '../ui/use-async';

interface Props {
  db: DocClipDatabase;
}

/**
 * What the OCR cache holds (the pages read off page images, kept so a revisit is not read again:
 * src/db/ocr-pages-store.ts) and the button that forgets it. Nothing shows while it is empty.
 */
export function OcrCacheStatus({ db }: Props) {
  const [cache, setCache] = useState<{ pages: number; bytes: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const measure = async () => setCache({ pages: await db.ocrPages.count(), bytes: await ocrCacheBytes(db) });
  useEffect(() => {
    measure().catch((e: unknown) => setProblem(errorMessage(e)));
  }, [db]);

  const forget = async () => {
    try {
      await clearOcrPages(db);
      await measure();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  if (problem) return <p class="small muted" role="status">{t('ocrCacheFailed', problem)}</p>;
  if (!cache || cache.pages === 0) return null;
  return (
    <p class="ocr-cache small row" data-ocr-pages={cache.pages}>
      <span>{tCount('ocrCacheHolds', cache.pages, [size(cache.bytes)])}</span>
      <button type="button" data-action="clear-ocr-cache" onClick={() => void forget()}>
        {t('ocrCacheClear')}
      </button>
    </p>
  );
}

/** A size as the reader reads it: KB under a megabyte, else MB with one decimal. */
function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
