import { t } from '../browser';
import type { Figure } from '../core/types';

/** A clip's figures as chips: the figure's text and its kind (数字 → 金额/百分比 …). */
export function FigureChips({ figures, limit = figures.length }: { figures: readonly Figure[]; limit?: number }) {
  if (figures.length === 0) return null;
  const shown = figures.slice(0, limit);
  return (
    <ul class="chips figure-chips" aria-label={t('figuresLabel')}>
      {shown.map((figure, i) => (
        <li class="chip chip-figure" key={`${figure.start}-${i}`}>
          {figure.text}
          <span class="kind">{t(`figureKind_${figure.kind}`)}</span>
        </li>
      ))}
      {figures.length > shown.length && <li class="chip">+{figures.length - shown.length}</li>}
    </ul>
  );
}
