// Who is on stage and what is happening, with the report/Q&A countdown kept small.
import type { JudgeView } from '../../shared/protocol/index.ts';
import { formatClock } from '../../shared/format.ts';
import { remainingMs, timerLevel, useNow, type Timer } from '../common/clock.ts';
import { useT } from '../common/i18n.tsx';
import { useJudgePad } from './pad-store.ts';
import { strings, type JudgeKey } from './strings.ts';

export function phaseKey(current: NonNullable<JudgeView['current']>): JudgeKey {
  if (current.phase === 'scoring') return current.scoringOpen ? 'phase_scoring' : 'phase_locked';
  return `phase_${current.phase}`;
}

export function PresenterCard({ view }: { view: JudgeView }) {
  const t = useT(strings);
  const cur = view.current;
  const presenter = cur ? view.presenters.find((p) => p.id === cur.presenterId) : undefined;
  if (!cur || !presenter) return null;
  const showTimer = view.timer && (cur.phase === 'report' || cur.phase === 'qa');
  return (
    <section className="jp-card jp-presenter" aria-labelledby="jp-unit">
      <div className="jp-presenter-top">
        <span className="jp-label">{t('nowPresenting')}</span>
        {showTimer && view.timer && <TimerChip timer={view.timer} />}
      </div>
      <h2 id="jp-unit" className="jp-unit" data-testid="presenter-unit">
        {presenter.unit}
      </h2>
      {(presenter.speaker || presenter.title) && (
        <p className="jp-speaker" data-testid="presenter-speaker">
          {[presenter.speaker, presenter.title].filter(Boolean).join(' · ')}
        </p>
      )}
      <p className={`jp-phase jp-phase-${cur.phase}`} data-testid="phase">
        {t(phaseKey(cur))}
      </p>
    </section>
  );
}

function TimerChip({ timer }: { timer: Timer }) {
  const t = useT(strings);
  const { session } = useJudgePad();
  const offsetMs = session.useSession((s) => s.offsetMs);
  const now = useNow(timer.running);
  const ms = remainingMs(timer, offsetMs, now);
  return (
    <span className={`jp-timer jp-timer-${timerLevel(timer, ms)}`} data-testid="timer">
      {t(timer.kind === 'report' ? 'timer_report' : 'timer_qa')}
      <b>{formatClock(ms)}</b>
      {!timer.running && ms < timer.durationMs && <small>{t('paused')}</small>}
    </span>
  );
}
