// Scoring in progress: how many judges have submitted, never what they gave.
import type { CSSProperties } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { AppraisalLive } from '../appraisal-live.tsx';
import { currentPresenter } from '../format.ts';
import { strings } from '../strings.ts';
import { PresenterHeading } from './presenter-heading.tsx';

export function ScoringStage({ view }: { view: PublicView }) {
  const t = useT(strings);
  const p = currentPresenter(view);
  const progress = view.progress;
  const open = view.current?.scoringOpen ?? false;
  const share = progress && progress.expected > 0 ? progress.submitted / progress.expected : 0;
  return (
    <section className="stage stage--scoring" data-stage="scoring">
      {p && <PresenterHeading view={view} presenter={p} size="small" />}
      <div className="scoring">
        <p className="scoring__label">
          <span className="scoring__pulse" aria-hidden="true" />
          {t('scoring')}
        </p>
        {progress && (
          <p className="scoring__count" data-testid="progress">
            <span className="scoring__done">{progress.submitted}</span>
            <span className="scoring__sep">/</span>
            <span>{progress.expected}</span>
          </p>
        )}
        <div className="scoring__bar" style={{ '--share': share } as CSSProperties} aria-hidden="true">
          <span />
        </div>
        <p className="scoring__note">{open ? t('scoringNote') : t('scoringLocked')}</p>
      </div>
      <AppraisalLive view={view} size="large" />
    </section>
  );
}
