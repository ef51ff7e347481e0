// The 更正 action beside a judge's marks (补录 when the judge has none: a paper ballot), and the
// flag on marks the host has corrected, with the reason on hover.
import { useT } from '../../common/i18n.tsx';
import { correctStrings } from '../strings/correct.ts';
import { openCorrection } from './correct-store.ts';

export function CorrectButton({ presenterId, judgeId, hasMark, late }: { presenterId: string; judgeId: string; hasMark: boolean; late?: { values: number[] } | undefined }) {
  const t = useT(correctStrings);
  return (
    <button
      type="button"
      className="btn btn-tiny correct-btn"
      data-correct={judgeId}
      title={hasMark ? t('correctHint') : t('enterHint')}
      onClick={() => openCorrection(late ? { presenterId, judgeId, late } : { presenterId, judgeId })}
    >
      {hasMark ? t('correct') : t('enter')}
    </button>
  );
}

export function CorrectedFlag({ correction }: { correction: { reason: string } | null | undefined }) {
  const t = useT(correctStrings);
  if (!correction) return null;
  return (
    <span className="corrected-flag" data-testid="corrected" title={t('correctedTitle', { reason: correction.reason })}>
      {t('corrected')}
    </span>
  );
}
