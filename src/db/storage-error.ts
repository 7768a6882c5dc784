/**
 * Whether an error from IndexedDB (directly, or wrapped by Dexie) means the storage quota is
 * exhausted. A write that fails so has changed nothing: IndexedDB aborts its transaction.
 */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
