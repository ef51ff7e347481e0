// One series in the contest list: its name, a way into its page, its contests by tier and period.
import { useT } from '../../common/i18n.tsx';
import { go } from '../route.ts';
import { nextPeriod } from '../series/series-model.ts';
import { contestsStrings } from '../strings/contests.ts';
import { ContestTable, type ContestRow } from './contest-table.tsx';
import type { SeriesGroup } from './grouping.ts';
import { ObjectionBadge } from '../notice/objection-badge.tsx';
import type { Unanswered } from '../notice/unanswered.ts';

export function SeriesBlock({ group, unanswered }: { group: SeriesGroup; unanswered: Unanswered }) {
  const t = useT(contestsStrings);
  const s = group.series;
  const rows: ContestRow[] = group.tiers.flatMap((tier) =>
    tier.periods.flatMap((p) =>
      p.contests.map((c, i) => {
        const next = nextPeriod(s.definition, p.periodId);
        return {
          contest: c,
          copy: { page: 'new' as const, from: c.id, ...(next ? { series: { seriesId: s.id, tierId: tier.tierId, periodId: next } } : {}) },
          ...(i === 0 ? { group: `${tier.name} · ${p.name}` } : {}),
        };
      }),
    ),
  );
  return (
    <section className="list-group series-group" data-series={s.id}>
      <div className="group-head">
        <span className="series-mark">{t('seriesMark')}</span>
        <button type="button" className="link group-title" onClick={() => go({ page: 'series', id: s.id, tab: 'overview' })}>
          {s.definition.name}
        </button>
        <span className="muted small">{t('seriesCounts', { tiers: s.definition.tiers.length, periods: s.definition.periods.length, contests: group.count })}</span>
        <ObjectionBadge n={unanswered.series.get(s.id)} open={() => go({ page: 'series', id: s.id, tab: 'standings' })} />
        <span className="spacer" />
        <button type="button" className="btn btn-small" onClick={() => go({ page: 'series', id: s.id, tab: 'standings' })}>
          {t('seriesStandings')}
        </button>
        <button type="button" className="btn btn-small btn-primary" onClick={() => go({ page: 'series', id: s.id, tab: 'overview' })}>
          {t('openSeries')}
        </button>
      </div>
      {rows.length === 0 ? <p className="panel muted pad">{t('seriesEmpty')}</p> : <ContestTable rows={rows} inSeries objections={unanswered.contests} />}
    </section>
  );
}
