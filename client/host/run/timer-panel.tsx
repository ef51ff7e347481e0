// The timer, drawn from the server's endsAt and the measured clock offset (never ticked by the
// server), with big start/pause, ±30 s and reset controls.
import { useT } from '../../common/i18n.tsx';
import { formatClock, formatElapsed } from '../../../shared/format.ts';
import { remainingMs, timerLevel, useNow } from '../../common/clock.ts';
import type { HostView } from '../../../shared/protocol/index.ts';
import { useHostSession } from '../host-session.ts';
import { runStrings } from '../strings/run.ts';
import type { Actions } from './use-actions.ts';

export function TimerPanel({ view, actions }: { view: HostView; actions: Actions }) {
  const t = useT(runStrings);
  const offset = useHostSession().useSession((s) => s.offsetMs);
  const timer = view.timer;
  const now = useNow(Boolean(timer?.running), 100);
  const cur = view.presenters.find((p) => p.id === view.current?.presenterId);

  if (!timer) {
    const used = cur?.reportUsedMs;
    return (
      <section className="panel timer-panel level-idle">
        <div className="timer-head">
          <span>{t('timerNone')}</span>
        </div>
        {/* One line: as two grid items, the overtime stood on a line of its own, starting with its ·. */}
        <div className="timer-idle" data-testid="timer">
          <span>
            {used != null ? t('reportUsed', { used: formatElapsed(used) }) : '—'}
            {cur && cur.overtimeMs > 0 && <span className="overtime-note"> · {t('overtime', { t: formatElapsed(cur.overtimeMs) })}</span>}
          </span>
        </div>
      </section>
    );
  }

  const ms = remainingMs(timer, offset, now);
  const level = timerLevel(timer, ms);
  const fresh = !timer.running && timer.remainingMs === timer.durationMs;
  const state = ms < 0 ? t('timerOvertime') : timer.running ? t('timerRunning') : fresh ? t('timerReady') : t('timerPaused');
  return (
    <section className={`panel timer-panel level-${level}`}>
      <div className="timer-head">
        <span>{{ report: t('timerReport'), qa: t('timerQa'), answer: t('timerAnswer') }[timer.kind]}</span>
        {/* Overtime is an alarm, not "running fine": red whether or not the clock still runs. */}
        <span className={`timer-state ${ms < 0 ? 'over' : timer.running ? 'running' : ''}`} data-testid="timer-state">
          {state}
        </span>
        <span className="muted">/ {formatElapsed(timer.durationMs)}</span>
      </div>
      <div className="timer-clock" data-testid="timer" aria-live="off">
        {formatClock(ms)}
      </div>
      <div className="timer-controls">
        <button type="button" className={timer.running ? 'btn btn-big btn-pause' : 'btn btn-big btn-go'} onClick={actions.toggleTimer}>
          {timer.running ? `❚❚ ${t('timerPause')}` : `▶ ${t('timerStart')}`}
          <kbd>{t('keySpace')}</kbd>
        </button>
        <button type="button" className="btn btn-big" onClick={() => actions.addTime(30)}>
          {t('timerAdd')}
          <kbd>+</kbd>
        </button>
        <button type="button" className="btn btn-big" onClick={() => actions.addTime(-30)}>
          {t('timerSub')}
          <kbd>−</kbd>
        </button>
        <button type="button" className="btn btn-big btn-ghost-dark" onClick={actions.resetTimer}>
          ↺ {t('timerReset')}
        </button>
      </div>
    </section>
  );
}
