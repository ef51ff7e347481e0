// A 评比's run of show: every unit in one table with how many judges have submitted (like the
// judge panel's count), its state, its score once revealed, and 亮分 per unit. Replaces the
// stage, timer and Q&A panels, which a 评比 does not have. A row picked shows that unit's marks
// in the judge panel.
import { useT } from '../../common/i18n.tsx';
import { formatFinal } from '../../../shared/format.ts';
import type { HostView } from '../../../shared/protocol/index.ts';
import { ratingStrings } from '../strings/rating.ts';
import type { Actions } from './use-actions.ts';

type Props = { view: HostView; actions: Actions; focusId: string | null; onFocus: (id: string | null) => void };

export function RatingPanel({ view, actions, focusId, onFocus }: Props) {
  const t = useT(ratingStrings);
  const rating = view.screen.rating;
  if (!rating) return null;
  const stateLabel = { waiting: t('stWaiting'), open: t('stOpen'), locked: t('stLocked'), revealed: t('stRevealed') };
  const running = view.contest.status === 'running';

  return (
    <section className="panel rating-panel" data-testid="rating-units">
      <header className="panel-head">
        <h2>{t('heading')}</h2>
        <span className="muted small" data-testid="rating-revealed">
          {t('revealedCount', { n: rating.revealed, m: rating.units.length })}
        </span>
      </header>
      <div className="rating-scroll">
        <table className="table rating-table">
          <thead>
            <tr>
              <th className="col-idx">#</th>
              <th>{t('colUnit')}</th>
              <th className="col-num">{t('colProgress')}</th>
              <th>{t('colState')}</th>
              <th className="col-num">{t('colScore')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rating.units.map((u, i) => {
              const p = view.presenters.find((x) => x.id === u.presenterId);
              const result = u.state === 'revealed' ? view.results.presenters.find((r) => r.presenterId === u.presenterId) : undefined;
              const full = u.submitted >= u.expected;
              const scoring = u.state === 'open' || u.state === 'locked';
              return (
                <tr
                  key={u.presenterId}
                  data-unit={u.presenterId}
                  data-state={u.state}
                  className={`unit-${u.state}${u.presenterId === focusId ? ' focused' : ''}`}
                  aria-selected={u.presenterId === focusId}
                  tabIndex={0}
                  onClick={() => onFocus(u.presenterId === focusId ? null : u.presenterId)}
                  onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && onFocus(u.presenterId === focusId ? null : u.presenterId)}
                >
                  <td className="col-idx">{i + 1}</td>
                  <td className="unit-name" title={p ? [p.speaker, p.title].filter(Boolean).join(' · ') : undefined}>
                    {p?.unit ?? u.presenterId}
                  </td>
                  <td className={`col-num ${full ? 'count-full' : 'count-part'}`} data-testid="unit-progress">
                    {u.submitted}/{u.expected}
                  </td>
                  <td>
                    <span className={`badge badge-unit-${u.state}`}>{stateLabel[u.state]}</span>
                  </td>
                  <td className="col-num q-score">{result ? formatFinal(result.final, view.definition.rules.decimals) : ''}</td>
                  <td className="col-act">
                    {running && scoring && (
                      <button
                        type="button"
                        className={full ? 'btn btn-small btn-primary' : 'btn btn-small'}
                        onClick={(e) => {
                          e.stopPropagation(); // 亮分, not picking the row
                          void actions.revealUnit(u.presenterId);
                        }}
                      >
                        {t('reveal')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
