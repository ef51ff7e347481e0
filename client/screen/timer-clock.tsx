// The countdown, drawn from the server-authoritative timer and the measured clock offset; it
// never ticks anything on the server. Colour follows the warning level; overtime counts up.
import { useEffect, useRef } from 'react';
import { formatClock } from '../../shared/format.ts';
import { remainingMs, timerLevel, useNow, type Timer } from '../common/clock.ts';
import { useT } from '../common/i18n.tsx';
import { timeUpCue } from './beep.ts';
import { useMute } from './store.ts';
import { strings } from './strings.ts';

interface Props {
  timer: Timer;
  offsetMs: number;
  /** Only the projector sounds the cue; phones in the audience stay silent. */
  sound?: boolean;
  className?: string;
  /** The host switched the projector's sound off. */
  hostMuted?: boolean;
}

export function TimerClock({ timer, offsetMs, sound = false, hostMuted = false, className }: Props) {
  const t = useT(strings);
  // useNow only drives the re-render; its value may be stale on the render right after a
  // start, so read the clock itself.
  useNow(timer.running, 100);
  const ms = remainingMs(timer, offsetMs, Date.now());
  const level = timerLevel(timer, ms);
  const localMute = useMute((s) => s.muted);
  // Either the host (for everyone) or the M key on the projector machine silences the cue.
  const muted = localMute || hostMuted;

  // Sound only on a crossing seen live, so a reload during overtime stays quiet.
  const prev = useRef<number | null>(null);
  useEffect(() => {
    const before = prev.current;
    prev.current = ms;
    if (sound && !muted && timer.running && before !== null && before > 0 && ms <= 0) timeUpCue();
  }, [ms, sound, muted, timer.running]);

  const idle = !timer.running && ms === timer.durationMs;
  const status = timer.running ? null : idle ? t('notStarted') : t('paused');
  return (
    <div className={`clock clock--${level} ${className ?? ''}`} data-level={level} data-running={timer.running}>
      <div className="clock__label">
        <span className="clock__kind">{timer.kind === 'qa' ? t('qa') : timer.kind === 'answer' ? t('answer') : t('report')}</span>
        {level === 'overtime' && <span className="clock__over">{t('overtime')}</span>}
        {status && <span className="clock__status">{status}</span>}
      </div>
      <div className="clock__digits" data-testid="clock">
        {formatClock(ms)}
      </div>
    </div>
  );
}
