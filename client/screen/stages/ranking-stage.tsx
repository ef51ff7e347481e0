// The ranking so far, between presenters or whenever the host puts it on screen; after one
// 民主测评 ballot for all at the end, every presenter's appraisal with the final it led to.
import { useT } from '../../common/i18n.tsx';
import { atEndBoard, judgesOnlySoFar } from '../appraisal-live.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { RankingList } from '../ranking-list.tsx';
import { strings } from '../strings.ts';
import { AppraisalBoard } from './appraisal-board.tsx';

export function RankingStage({ view }: { view: PublicView }) {
  const t = useT(strings);
  if (atEndBoard(view)) {
    return (
      <section className="stage stage--ranking stage--board" data-stage="ranking">
        <AppraisalBoard view={view} />
      </section>
    );
  }
  return (
    <section className="stage stage--ranking" data-stage="ranking">
      {/* Once the contest is over, the ranking is the final one (the audience page says so too). */}
      <h2 className="stage__title gold-text">{t(view.contest.status === 'finished' ? 'finalTitle' : 'rankingTitle')}</h2>
      <p className="stage__subtitle">
        {t('rankingSoFar', { done: view.ranking.length, total: view.presenters.length })}
        {judgesOnlySoFar(view) && <span data-testid="judges-only"> · {t('rankingJudgesOnly')}</span>}
      </p>
      {view.ranking.length > 0 ? (
        <RankingList view={view} columns className="ranking--board" />
      ) : (
        <p className="stage__empty">{t('rankingEmpty')}</p>
      )}
    </section>
  );
}
