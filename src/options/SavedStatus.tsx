import type { Saved } from './use-stored-text';

/** What the last save of an options form said: `said(result)` when it worked, else its error. */
export function SavedStatus<R>({ saved, said }: { saved: Saved<R>; said: (result: R) => string }) {
  if (saved === null) return null;
  return saved.ok ? (
    <span class="success" role="status">
      {said(saved.result)}
    </span>
  ) : (
    <span class="error" role="alert">
      {saved.error}
    </span>
  );
}
