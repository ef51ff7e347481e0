// 提问: the question the host put on screen, who asked it, and the answer countdown.
import type { CSSProperties } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol.ts';
import { currentPresenter, textSize } from '../format.ts';
import { strings } from '../strings.ts';
import { TimerClock } from '../timer-clock.tsx';
import { PresenterHeading } from './presenter-heading.tsx';

export function QuestionStage({ view, offsetMs }: { view: PublicView; offsetMs: number }) {
  const t = useT(strings);
  const p = currentPresenter(view);
  const q = view.qa.question;
  const n = view.qa.answered.length + 1;
  const who = q ? (q.source === 'bank' ? t('fromBank') : q.asker ? t('askedBy', { who: q.asker }) : null) : null;
  return (
    <section className="stage stage--question" data-stage="question">
      {p && <PresenterHeading view={view} presenter={p} size="small" />}
      {q && (
        <div className="words" key={q.id}>
          <p className="words__label">
            <span>{t('question')}</span>
            <span className="words__no">{t('questionNo', { n })}</span>
          </p>
          {/* Plain text: what judges typed is never interpreted as markup. */}
          <p className="words__text" style={{ '--size': textSize(q.text.length) } as CSSProperties} data-testid="question">
            {q.text}
          </p>
          {who && <p className="words__by">{who}</p>}
        </div>
      )}
      {view.timer && <TimerClock timer={view.timer} offsetMs={offsetMs} sound hostMuted={view.muted} className="clock--compact" />}
    </section>
  );
}
