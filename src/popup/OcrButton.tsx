import { useState } from 'preact/hooks';
import { t, tCount } from '../browser';
import type { PageStatus } from '../messages';
import { errorMessage } from '../ui/use-async';
import { sendToPage } from './page-request';

interface Props {
  tabId: number;
  ocr: NonNullable<PageStatus['ocr']>;
}

/** Reads the page images the page has shown (OCR in the extension), and says how many pages are read. */
export function OcrButton({ tabId, ocr }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const start = async () => {
    try {
      const queued = await sendToPage<number>(tabId, { type: 'page/ocr' });
      setMessage(queued > 0 ? tCount('ocrStarted', queued) : t('ocrNoImages'));
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };
  return (
    <div class="stack">
      <button type="button" data-action="ocr" onClick={() => void start()}>
        {t('popupOcr')}
      </button>
      <p class="small muted" role="status">
        {message ?? t('popupOcrRead', [String(ocr.read), String(ocr.images)])}
      </p>
    </div>
  );
}
