// The presenter on stage and the countdown (report or Q&A), with who comes next.
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { currentPresenter, presenterMap } from '../format.ts';
import { strings } from '../strings.ts';
import { TimerClock } from '../timer-clock.tsx';
import { AnsweredList } from './answered-list.tsx';
import { PresenterHeading } from './presenter-heading.tsx';

export function PresenterStage({ view, offsetMs }: { view: PublicView; offsetMs: number }) {
  const t = useT(strings);
  const p = currentPresenter(view);
  const names = presenterMap(view);
  const nextId = view.order.find((id) => id !== p?.id && names.get(id)?.status === 'waiting');
  const next = nextId ? names.get(nextId) : undefined;
  return (
    <section className="stage stage--presenter" data-stage="presenter">
      {p ? <PresenterHeading view={view} presenter={p} size="large" /> : <p className="stage__subtitle">{t('waiting')}</p>}
      {view.timer && <TimerClock timer={view.timer} offsetMs={offsetMs} sound hostMuted={view.muted} />}
      {view.current?.phase === 'qa' && <AnsweredList view={view} />}
      {next && <p className="presenter__next">{t('next', { name: [next.unit, next.speaker].filter(Boolean).join(' ') })}</p>}
    </section>
  );
}
