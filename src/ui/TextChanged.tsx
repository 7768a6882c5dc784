import { t } from '../browser';

/**
 * Says that a clip was found on its page where the page's text now differs from the saved
 * text, and shows both (the clip keeps what was saved; the page shows what it says now).
 */
export function TextChanged({ saved, now }: { saved: string; now: string }) {
  return (
    <div class="notice text-changed small" data-state="text-changed" role="note">
      <p class="text-changed-heading">{t('textChangedOnPage')}</p>
      <p class="clamp-2">
        <span class="muted">{t('textChangedSaved')}</span> <del>{saved}</del>
      </p>
      <p class="clamp-2">
        <span class="muted">{t('textChangedNow')}</span> <ins>{now}</ins>
      </p>
    </div>
  );
}
