// 提问: the question the host put on screen, who asked it, and the answer countdown.
import { useEffect, useState, type CSSProperties } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { currentPresenter, textSize } from '../format.ts';
import { useFit } from '../use-fit.ts';
import { strings } from '../strings.ts';
import { TimerClock } from '../timer-clock.tsx';
import { AnsweredList } from './answered-list.tsx';
import { PresenterHeading } from './presenter-heading.tsx';

/** True for DRAW_MS after a live draw, so the room sees a draw, not a sudden question. */
function useDrawing(active: boolean): boolean {
  const [on, setOn] = useState(active);
  useEffect(() => {
    if (!active) return;
    const t = setTimeout(() => setOn(false), DRAW_MS);
    return () => clearTimeout(t);
  }, [active]);
  return on;
}

/** How long a live draw from the bank shuffles before the question appears. */
const DRAW_MS = 1600;

export function QuestionStage({ view, offsetMs, live }: { view: PublicView; offsetMs: number; live: boolean }) {
  const t = useT(strings);
  const drawing = useDrawing(live && view.qa.question?.source === 'bank');
  const p = currentPresenter(view);
  const q = view.qa.question;
  const n = view.qa.answered.length + 1;
  const fit = useFit<HTMLParagraphElement>(`${q?.id}:${q?.text}:${drawing}`, textSize(q?.text.length ?? 0), 2.2);
  const who = q ? (q.source === 'bank' ? t('fromBank') : q.asker ? t('askedBy', { who: q.asker }) : null) : null;
  return (
    <section className="stage stage--question" data-stage="question">
      {p && <PresenterHeading view={view} presenter={p} size="small" />}
      {q && drawing && (
        <div className="words words--drawing" data-testid="drawing">
          <p className="words__label">
            <span>{t('drawing')}</span>
          </p>
          <p className="draw-cards" aria-hidden="true">
            {/* As many cards as the questions drawn from (a bank of 4 showed 5), at most five. */}
            {Array.from({ length: Math.min(5, view.qa.bankRemaining + 1) }, (_, i) => (
              <span key={i} className="draw-card" style={{ animationDelay: `${i * 90}ms` } as CSSProperties}>
                ？
              </span>
            ))}
          </p>
          <p className="words__by">{t('drawingFrom', { n: view.qa.bankRemaining + 1 })}</p>
        </div>
      )}
      {q && !drawing && (
        <div className="words" key={q.id}>
          <p className="words__label">
            <span>{t('question')}</span>
            <span className="words__no">{t('questionNo', { n })}</span>
          </p>
          {/* Plain text: what judges typed is never interpreted as markup. */}
          <p className="words__text" ref={fit} data-testid="question">
            {q.text}
          </p>
          {who && <p className="words__by">{who}</p>}
        </div>
      )}
      <AnsweredList view={view} />
      {view.timer && <TimerClock timer={view.timer} offsetMs={offsetMs} sound hostMuted={view.muted} className="clock--compact" />}
    </section>
  );
}
