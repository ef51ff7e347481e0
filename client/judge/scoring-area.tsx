// What the judge can do right now for the presenter on stage: wait, score, see what was sent,
// or amend while scoring is open.
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { strings } from './strings.ts';
import { formatScore } from '../../shared/format.ts';
import { Notice, UnitScoring } from './unit-scoring.tsx';

export function ScoringArea({ view }: { view: JudgeView }) {
  const t = useT(strings);
  if (view.contest.status === 'setup') return <BeforeStart view={view} />;
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

/**
 * Before the contest starts, a judge holding the phone for the first time learns what the evening
 * asks of them: the criteria they will score, how many units, and that the sheet comes by itself.
 */
function BeforeStart({ view }: { view: JudgeView }) {
  const t = useT(strings);
  return (
    <section className="jp-card jp-notice jp-before" data-testid="before-start">
      <p>{t('waitSetup')}</p>
      <p className="jp-before-criteria">
        {t('beforeCriteria')}
        {/* Each criterion with its maximum kept on one line where it fits: 汇报表现（30 / 分） read badly. */}
        {view.criteria.map((c, i) => (
          <span key={c.id} className="jp-before-item">
            {t('criterionMax', { name: c.name, max: formatScore(c.max) })}
            {i < view.criteria.length - 1 ? t('listSep') : t('beforeEnd')}
          </span>
        ))}
      </p>
      <p className="jp-before-how">{t('beforeHow', { n: view.presenters.length })}</p>
    </section>
  );
}
