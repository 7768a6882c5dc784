import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface AsyncResult<T> {
  /** The last value loaded; kept while a reload runs, so lists do not flicker. */
  value: T | undefined;
  /** The message of the last failure, or null. */
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` when `deps` change (and on `reload()`); a result that arrives after a newer
 * run started is dropped, so a slow query never overwrites a faster, newer one.
 *
 * `initial`, when given, is the value of the first `deps` (read before the first render): it is
 * shown at once and `load` first runs when `deps` change. Without it the first load starts in
 * an effect, which Preact runs only after the next frame.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[], initial?: T): AsyncResult<T> {
  const [state, setState] = useState<{ value: T | undefined; error: string | null; loading: boolean }>({
    value: initial,
    error: null,
    loading: initial === undefined,
  });
  const [tick, setTick] = useState(0);
  const run = useRef(0);
  const skipFirst = useRef(initial !== undefined);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    const id = ++run.current;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (value) => {
        if (id === run.current) setState({ value, error: null, loading: false });
      },
      (error: unknown) => {
        if (id === run.current) setState((s) => ({ ...s, error: errorMessage(error), loading: false }));
      },
    );
    // `load` is a fresh closure each render; `deps` say when it means something new.
  }, [...deps, tick]);

  return { ...state, reload };
}

/** The text of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
