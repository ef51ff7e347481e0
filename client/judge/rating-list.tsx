// The units of a 评比 with the judge's progress: what each one needs (未评 / 草稿 / 已提交 …), the
// judge's own total where sent, and the next unit to score marked.
import { useEffect } from 'react';
import { formatScore } from '../../shared/format.ts';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { isScored, type UnitStatus } from './rating-status.ts';
import { ratingStrings as strings } from './rating-strings.ts';

interface Props {
  view: JudgeView;
  statuses: ReadonlyMap<string, UnitStatus>;
  /** The next unit to score, marked in the list; null when every open unit is scored. */
  next: string | null;
  /** The unit to bring into sight when the list comes back. */
  returnTo: string | null;
  onOpen: (presenterId: string) => void;
}

export function RatingList({ view, statuses, next, returnTo, onOpen }: Props) {
  const t = useT(strings);
  const units = view.rating?.units ?? [];
  const scored = units.filter((u) => isScored(statuses.get(u.presenterId) ?? 'unscored')).length;
  const anyOpen = units.some((u) => u.state === 'open');

  useEffect(() => {
    if (returnTo) document.querySelector(`[data-presenter="${CSS.escape(returnTo)}"]`)?.scrollIntoView({ block: 'center' });
  }, [returnTo]);

  return (
    <>
      <section className="jp-card jp-rating-head" aria-labelledby="jp-rating-progress">
        <div className="jp-rating-count">
          <h2 id="jp-rating-progress" data-testid="rating-progress">
            {t('ratingProgress', { n: scored, total: units.length })}
          </h2>
          <span className="jp-label">{t('ratingTitle')}</span>
        </div>
        <div className="jp-rating-bar" role="progressbar" aria-valuemin={0} aria-valuemax={units.length} aria-valuenow={scored}>
          <span style={{ width: `${units.length ? (100 * scored) / units.length : 0}%` }} />
        </div>
        <p className="jp-hint">{!anyOpen && view.contest.status === 'running' && scored < units.length ? t('waitRatingOpen') : scored === units.length ? t('ratingAllDone') : t('ratingHint')}</p>
      </section>
      <ol className="jp-card jp-rating-list" data-testid="rating-list">
        {units.map((u, i) => {
          const p = view.presenters.find((x) => x.id === u.presenterId);
          const status = statuses.get(u.presenterId) ?? 'unscored';
          const mine = view.myMarks[u.presenterId];
          const isNext = u.presenterId === next;
          return (
            <li key={u.presenterId}>
              <button
                type="button"
                className={`jp-rating-row${isNext ? ' jp-rating-next' : ''}`}
                data-presenter={u.presenterId}
                data-status={status}
                data-testid="rating-unit"
                aria-current={isNext ? 'step' : undefined}
                onClick={() => onOpen(u.presenterId)}
              >
                <span className="jp-rating-no">{i + 1}</span>
                <span className="jp-rating-unit">
                  <b>{p?.unit ?? u.presenterId}</b>
                  {(p?.speaker || u.state === 'revealed' || u.state === 'locked' || isNext) && (
                    <small>
                      {isNext && <em className="jp-rating-next-tag">{t('ratingNext')}</em>}
                      {[p?.speaker, u.state === 'revealed' ? t('unit_revealed') : u.state === 'locked' ? t('unit_locked') : ''].filter(Boolean).join(' · ')}
                    </small>
                  )}
                </span>
                {mine && status !== 'pending' && <span className="jp-rating-total">{formatScore(mine.total)}</span>}
                <span className={`jp-chip jp-chip-${status}`}>{t(`status_${status}`)}</span>
                <svg className="jp-chevron jp-chevron-right" viewBox="0 0 16 16" aria-hidden="true">
                  <path d="M6 3l5 5-5 5" />
                </svg>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
