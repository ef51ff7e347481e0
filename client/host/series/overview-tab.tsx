// 概览: the year as a grid, tiers down and periods across; each cell lists its contests (open
// one, copy it as the next period's template) and offers a new contest in that tier and period.
import { useT } from '../../common/i18n.tsx';
import { go } from '../route.ts';
import { seriesStrings } from '../strings/series.ts';
import { StatusPill } from '../ui/status-pill.tsx';
import type { SeriesDetail } from './series-api.ts';
import { contestsIn, nameOf, nextPeriod } from './series-model.ts';
import { LinkExisting } from './link-existing.tsx';
import { RulesSummary } from './rules-summary.tsx';
import { noticeApi } from '../notice/notice-api.ts';
import { ObjectionBadge } from '../notice/objection-badge.tsx';
import { placeKey, unansweredOf } from '../notice/unanswered.ts';
import { useLoaded } from '../ui/loaded.tsx';

export function OverviewTab({ series, reload }: { series: SeriesDetail; reload: () => Promise<void> }) {
  const t = useT(seriesStrings);
  const { definition: def } = series;
  const activeUnits = series.units.filter((u) => !u.mergedInto).length;
  // Unanswered objections: the period's 公示 and each contest's own; none shown until loaded.
  const { data: notices } = useLoaded(() => noticeApi.unanswered(), `notices:${series.id}`, series);
  const unanswered = unansweredOf(notices ?? []);
  return (
    <div className="series-page">
      <div className="series-head">
        <div>
          <h1>{def.name}</h1>
          <p className="muted">
            {def.issuer && <span>{t('issuerLine', { issuer: def.issuer })} · </span>}
            {t('countsLine', { tiers: def.tiers.length, periods: def.periods.length, units: activeUnits, contests: series.contests.length })}
          </p>
        </div>
        <RulesSummary def={def} />
      </div>
      <div className="row-gap series-actions">
        <LinkExisting series={series} reload={reload} />
      </div>
      <div className="panel series-grid-wrap">
        <table className="series-grid" data-testid="series-grid">
          <thead>
            <tr>
              <th className="corner">{t('gridCorner')}</th>
              {def.periods.map((p) => (
                <th key={p.id}>{p.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {def.tiers.map((tier) => (
              <tr key={tier.id}>
                <th scope="row">{tier.name}</th>
                {def.periods.map((p) => (
                  <td key={p.id} data-cell={`${tier.id}-${p.id}`}>
                    <div className="cell">
                      <ObjectionBadge n={unanswered.places.get(placeKey(series.id, tier.id, p.id))} open={() => go({ page: 'series', id: series.id, tab: 'standings' })} />
                      {contestsIn(series, tier.id, p.id).map((c) => {
                        const next = nextPeriod(def, c.periodId);
                        return (
                          <div key={c.contestId} className="cell-contest" data-contest={c.contestId}>
                            <button type="button" className="link strong" onClick={() => go({ page: 'contest', id: c.contestId, tab: c.status === 'finished' ? 'results' : 'run' })}>
                              {c.title}
                            </button>
                            <div className="row-gap">
                              {c.status && <StatusPill status={c.status} />}
                              {c.kind === 'rating' && <span className="tag">{t('kindRating')}</span>}
                              <ObjectionBadge n={unanswered.contests.get(c.contestId)} open={() => go({ page: 'contest', id: c.contestId, tab: 'notice' })} />
                              <button
                                type="button"
                                className="btn btn-tiny"
                                disabled={!next}
                                title={next ? t('copyNextHint', { period: nameOf(def.periods, next) }) : t('copyNextNone')}
                                onClick={() => next && go({ page: 'new', from: c.contestId, series: { seriesId: series.id, tierId: c.tierId, periodId: next } })}
                              >
                                {t('copyNext')}
                              </button>
                            </div>
                          </div>
                        );
                      })}
                      <CopyPrevious series={series} tierId={tier.id} periodId={p.id} />
                      <button
                        type="button"
                        className="btn btn-tiny cell-new"
                        aria-label={t('newHereLabel', { tier: tier.name, period: p.name })}
                        onClick={() => go({ page: 'new', from: null, series: { seriesId: series.id, tierId: tier.id, periodId: p.id } })}
                      >
                        {t('newHere')}
                      </button>
                    </div>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * In an empty cell right after a period holding the tier's contest, that contest as a template: a
 * month's contest is last month's with another date, and a blank form would have it typed again
 * (复制为下期 on that contest does the same from its side). Only there, not in every later cell.
 */
function CopyPrevious({ series, tierId, periodId }: { series: SeriesDetail; tierId: string; periodId: string }) {
  const t = useT(seriesStrings);
  const periods = series.definition.periods;
  if (contestsIn(series, tierId, periodId).length > 0) return null;
  const previous = periods[periods.findIndex((p) => p.id === periodId) - 1];
  const last = previous && contestsIn(series, tierId, previous.id).at(-1);
  if (!last) return null;
  return (
    <button type="button" className="btn btn-tiny" title={t('copyPrevHint', { title: last.title })} onClick={() => go({ page: 'new', from: last.contestId, series: { seriesId: series.id, tierId, periodId } })}>
      {t('copyPrev')}
    </button>
  );
}
