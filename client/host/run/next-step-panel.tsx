// The next step as the one big button, and the less common moves beside it.
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol/index.ts';
import { appraisalStrings } from '../strings/appraisal.ts';
import { ratingStrings } from '../strings/rating.ts';
import { runStrings } from '../strings/run.ts';
import { nextStep, type StepKey } from './next-step.ts';
import { useStepPaused } from './step-pause.ts';
import type { Actions } from './use-actions.ts';

export function NextStepPanel({ view, actions }: { view: HostView; actions: Actions }) {
  const t = useT(runStrings);
  const ta = useT(appraisalStrings);
  const tr = useT(ratingStrings);
  const key = nextStep(view);
  const paused = useStepPaused();
  const cur = view.current;
  const p = view.presenters.find((x) => x.id === cur?.presenterId);
  const submitted = p ? Object.keys(p.marks).length : 0;
  const labels: Record<StepKey, string> = {
    start: t('stepStart'),
    first: t('stepFirst'),
    next: t('stepNext'),
    timer: t('stepTimer'),
    qa: t('stepQa'),
    score: t('stepScore'),
    reveal: t('stepRevealCount', { n: submitted, m: view.judges.length }),
    finish: t('stepFinish'),
    appraisalOpen: ta('openAtEnd'),
    appraisalClose: ta('stepClose'),
    openAll: tr('openAll'),
    revealAll: tr('revealAll'),
    none: t('stepNone'),
  };
  const units = view.screen.rating?.units ?? null;
  const waiting = units ? units.some((u) => u.state !== 'revealed') : view.presenters.some((x) => x.status === 'waiting');
  const canFinishEarly = view.contest.status === 'running' && waiting && (!cur || cur.phase === 'revealed');
  const anyOpen = units?.some((u) => u.state === 'open') ?? false;
  const anyLocked = units?.some((u) => u.state === 'locked') ?? false;

  return (
    <section className="panel next-panel">
      <button type="button" className={`btn next-step step-${key}${paused && key !== 'none' ? ' is-paused' : ''}`} data-testid="next-step" data-step={key} disabled={key === 'none' || paused} onClick={() => void actions.step()}>
        <span className="next-label">{labels[key]}</span>
        {key !== 'none' && <kbd>N</kbd>}
      </button>
      <div className="next-secondary">
        <button type="button" className="btn" disabled={!view.canGoBack} onClick={() => void actions.back()}>
          ↶ {view.contest.status === 'finished' ? t('reopenContest') : t('back')} <kbd>B</kbd>
        </button>
        {cur?.phase === 'report' && (
          <button type="button" className="btn" onClick={actions.openScoring}>
            {t('scoreNow')}
          </button>
        )}
        {cur?.phase === 'scoring' &&
          (cur.scoringOpen ? (
            <button type="button" className="btn" onClick={actions.lock}>
              {t('lock')}
            </button>
          ) : (
            <button type="button" className="btn" onClick={actions.openScoring}>
              {t('reopen')}
            </button>
          ))}
        {view.contest.status === 'running' && anyOpen && (
          <button type="button" className="btn" data-testid="rating-lock" onClick={actions.lockAll}>
            {tr('lock')}
          </button>
        )}
        {view.contest.status === 'running' && anyLocked && (
          <button type="button" className="btn" onClick={() => void actions.openAll()}>
            {tr('reopen')}
          </button>
        )}
        {canFinishEarly && key !== 'finish' && (
          <button type="button" className="btn btn-ghost-dark" onClick={() => void actions.finish()}>
            {t('finishEarly')}
          </button>
        )}
      </div>
    </section>
  );
}
