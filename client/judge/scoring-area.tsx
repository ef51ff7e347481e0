// What the judge can do right now for the presenter on stage: wait, score, see what was sent,
// or amend while scoring is open.
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { strings } from './strings.ts';
import { Notice, UnitScoring } from './unit-scoring.tsx';

export function ScoringArea({ view }: { view: JudgeView }) {
  const t = useT(strings);
  if (view.contest.status === 'setup') return <Notice text={t('waitSetup')} />;
  if (view.contest.status === 'finished') return <Notice text={t('finished')} />;
  const cur = view.current;
  if (!cur) return <Notice text={t('waitNext')} />;
  if (cur.phase === 'report' || cur.phase === 'qa') return <Notice text={t('waitScoring')} />;
  // Keyed by presenter: a new presenter on stage ends an amendment by itself.
  return (
    <UnitScoring
      key={cur.presenterId}
      view={view}
      presenterId={cur.presenterId}
      open={cur.phase === 'scoring' && cur.scoringOpen}
      closedNote={cur.phase === 'revealed' ? 'revealedNote' : 'lockedNote'}
    />
  );
}
