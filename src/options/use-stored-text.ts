import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../ui/use-async';

/** What a save said: `result` (e.g. how many entries) when it worked, else the error. */
export type Saved<R> = { ok: true; result: R } | { ok: false; error: string } | null;

/** A save's outcome: the text as stored (shown again) and what to say, or a refusal that stores nothing. */
export type StoreOutcome<R> = { ok: true; text: string; result: R } | { ok: false; error: string };

/**
 * The state of an options form over one stored text: loads it (`load`), follows the reader's
 * input, and saves (`store`), showing what was stored or why nothing was. A refusal or a
 * failed write leaves the reader's text in the box.
 */
export function useStoredText<R>(load: () => Promise<string>, store: (text: string) => Promise<StoreOutcome<R>>) {
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState<Saved<R>>(null);

  useEffect(() => {
    load().then(
      (stored) => {
        setText(stored);
        setLoaded(true);
      },
      (e: unknown) => setSaved({ ok: false, error: errorMessage(e) }),
    );
  }, []);

  const save = async (value: string) => {
    try {
      const outcome = await store(value);
      if (!outcome.ok) return setSaved(outcome);
      setText(outcome.text);
      setSaved({ ok: true, result: outcome.result });
    } catch (e) {
      setSaved({ ok: false, error: errorMessage(e) });
    }
  };

  return {
    text,
    loaded,
    saved,
    onInput: (value: string) => {
      setText(value);
      setSaved(null);
    },
    save,
    /** The form's submit: saves the text in the box. */
    onSubmit: (event: Event) => {
      event.preventDefault();
      void save(text);
    },
  };
}
