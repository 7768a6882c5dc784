import { t } from './extension-api';
import { STORAGE_FULL } from '../messages';

/** What to tell the reader about a failed request: known errors in their language, others as they came. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message === STORAGE_FULL ? t('errorStorageFull') : message;
}
