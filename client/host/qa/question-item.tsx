// One question in the moderation queue: who asked and when, the text (edited ones flagged, the
// original a click away), what was merged into it, its state and the actions that fit it.
import { useT } from '../../common/i18n.tsx';
import { formatClock, formatElapsed, formatTimeOfDay } from '../../../shared/format.ts';
import { remainingMs, type Timer } from '../../common/clock.ts';
import { qaStrings } from '../strings/qa.ts';
import type { Asker, Question } from './qa-model.ts';
import type { QuestionActions } from './use-question-actions.ts';

export interface ItemContext {
  asker: Asker | null;
  /** "给 甸中镇" when the list mixes presenters. */
  unit: string | null;
  merged: { id: string; who: string; text: string }[];
  fresh: boolean;
  canShow: boolean;
  canUp: boolean;
  canDown: boolean;
  /** The laptop's clock now, the measured offset to the server's, and the answer countdown. */
  now: number;
  timer: Timer | null;
  offsetMs: number;
}

export function QuestionItem({ q, ctx, actions, onMove }: { q: Question; ctx: ItemContext; actions: QuestionActions; onMove: (dir: -1 | 1) => void }) {
  const t = useT(qaStrings);
  const who = q.source === 'bank' ? t('fromBank') : (ctx.asker?.name ?? t('fromHost'));
  const edited = q.text !== q.original;
  const cls = `qa-item q-${q.status}${ctx.fresh ? ' q-fresh' : ''}`;
  return (
    <li className={cls} data-question={q.id}>
      <div className="qa-main">
        <div className="qa-meta">
          {ctx.fresh && <span className="new-dot">{t('isNew')}</span>}
          <span className="qa-who">{who}</span>
          {ctx.asker?.title && <span className="muted">{ctx.asker.title}</span>}
          <span className="muted">· {t('askedAt', { t: formatTimeOfDay(q.askedAt) })}</span>
          {ctx.unit && <span className="qa-unit">{t('forUnit', { unit: ctx.unit })}</span>}
          {q.status === 'shown' && q.shownAt !== null && (
            <span className="qa-running" data-testid="answer-running">
              ● {t('onScreenFor', { t: formatElapsed(ctx.now + ctx.offsetMs - q.shownAt) })}
              {ctx.timer?.kind === 'answer' && ` · ${t('answerLeft', { t: formatClock(remainingMs(ctx.timer, ctx.offsetMs, ctx.now)) })}`}
            </span>
          )}
          {/* Taken down (or the step moved on) before 已答复: the hall saw it, so the queue says so. */}
          {q.status === 'waiting' && q.firstShownAt !== null && (
            <span className="qa-was-shown" data-testid="was-shown">
              {t('wasShown')}
            </span>
          )}
          {q.status === 'answered' && <span className="qa-used">{q.answerMs !== null ? t('usedTime', { t: formatElapsed(q.answerMs) }) : t('notTimed')}</span>}
        </div>
        <div className="qa-text">{q.text}</div>
        {edited && (
          <details className="qa-original">
            <summary title={t('original', { text: q.original })}>{t('edited')}</summary>
            <span>{t('original', { text: q.original })}</span>
          </details>
        )}
        {q.summary && <div className="qa-summary">↳ {q.summary}</div>}
        {ctx.merged.length > 0 && (
          <details className="qa-merged">
            <summary>{t('mergedIn', { n: ctx.merged.length })}</summary>
            <ul>
              {ctx.merged.map((m) => (
                <li key={m.id}>{t('mergedFrom', { who: m.who, text: m.text })}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <div className="qa-actions">
        {q.status === 'waiting' && (
          <>
            <button type="button" className="btn btn-tiny btn-primary" disabled={!ctx.canShow} title={ctx.canShow ? undefined : t('onlyInQa')} onClick={() => actions.show(q)}>
              {t('show')}
            </button>
            <button type="button" className="btn btn-tiny" onClick={() => void actions.edit(q)}>
              {t('edit')}
            </button>
            <button type="button" className="btn btn-tiny" onClick={() => void actions.merge(q)}>
              {t('mergeInto')}
            </button>
            <button type="button" className="btn btn-tiny" onClick={() => void actions.dismiss(q)}>
              {t('dismiss')}
            </button>
            <span className="qa-move">
              <button type="button" className="icon-btn" aria-label={t('up')} title={t('up')} disabled={!ctx.canUp} onClick={() => onMove(-1)}>
                ↑
              </button>
              <button type="button" className="icon-btn" aria-label={t('down')} title={t('down')} disabled={!ctx.canDown} onClick={() => onMove(1)}>
                ↓
              </button>
            </span>
          </>
        )}
        {q.status === 'shown' && (
          <>
            <button type="button" className="btn btn-tiny btn-primary" onClick={() => void actions.answered(q)}>
              {t('answered')}
            </button>
            <button type="button" className="btn btn-tiny" onClick={actions.hide}>
              {t('hide')}
            </button>
            <button type="button" className="btn btn-tiny" onClick={() => void actions.edit(q)}>
              {t('edit')}
            </button>
            <button type="button" className="btn btn-tiny" onClick={() => void actions.dismiss(q)}>
              {t('dismiss')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
