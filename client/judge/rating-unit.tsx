// One unit of a 评比: back to the list, where it is in the list, the unit, its score sheet (the
// same one a 擂台赛 uses), and 上一个 / 下一个 to move through the list without going back.
import type { JudgeView, UnitState } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { isScored, type UnitStatus } from './rating-status.ts';
import { ratingStrings as strings } from './rating-strings.ts';
import { Notice, UnitScoring } from './unit-scoring.tsx';

interface Props {
  view: JudgeView;
  unit: { presenterId: string; state: UnitState };
  position: { index: number; total: number };
  status: UnitStatus;
  onBack: () => void;
  onGo: (index: number) => void;
  onSubmitted: () => void;
}

export function RatingUnit({ view, unit, position: { index, total }, status, onBack, onGo, onSubmitted }: Props) {
  const t = useT(strings);
  const p = view.presenters.find((x) => x.id === unit.presenterId);
  const sent = isScored(status);
  return (
    <>
      <nav className="jp-unit-nav">
        <button type="button" className="jp-back" onClick={onBack} data-testid="back-to-list">
          <svg className="jp-chevron" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M10 3l-5 5 5 5" />
          </svg>
          {t('backToList')}
        </button>
        <span className="jp-label" data-testid="unit-position">
          {t('unitPosition', { n: index + 1, total })}
        </span>
      </nav>
      <section className="jp-card jp-presenter" aria-labelledby="jp-unit">
        <h2 id="jp-unit" className="jp-unit" data-testid="presenter-unit">
          {p?.unit ?? unit.presenterId}
        </h2>
        {(p?.speaker || p?.title) && <p className="jp-speaker">{[p.speaker, p.title].filter(Boolean).join(' · ')}</p>}
        {/* Only what the server or the outbox says: the sheet below shows a draft as it is typed. */}
        {(sent || unit.state === 'revealed' || unit.state === 'locked') && (
          <p className={`jp-chip jp-chip-${sent ? status : 'unscored'} jp-unit-status`} data-testid="unit-status">
            {[sent ? t(`status_${status}`) : '', unit.state === 'revealed' ? t('unit_revealed') : unit.state === 'locked' ? t('unit_locked') : ''].filter(Boolean).join(' · ')}
          </p>
        )}
      </section>
      {unit.state === 'waiting' ? (
        <Notice text={t('waitRatingOpen')} />
      ) : (
        <UnitScoring
          view={view}
          presenterId={unit.presenterId}
          open={unit.state === 'open' && view.contest.status === 'running'}
          closedNote={unit.state === 'revealed' ? 'revealedNote' : 'lockedNote'}
          onSubmitted={onSubmitted}
        />
      )}
      <div className="jp-unit-steps">
        <button type="button" className="jp-secondary" disabled={index === 0} onClick={() => onGo(index - 1)} data-testid="prev-unit">
          {t('prevUnit')}
        </button>
        <button type="button" className="jp-secondary" disabled={index === total - 1} onClick={() => onGo(index + 1)} data-testid="next-unit">
          {t('nextUnit')}
        </button>
      </div>
    </>
  );
}
