// The period standing (rank, unit, contest score, ledger, period score; 缺席 and 并列 said in
// words) and the cumulative standing with its rule. Every number through shared/format.ts.
// Clicking a row of either selects its unit: the trend beside the tables follows it.
import { useT } from '../../common/i18n.tsx';
import { formatFinal, formatPoints } from '../../../shared/format.ts';
import { seriesStrings } from '../strings/series.ts';
import type { SeriesStandings, StoredSeriesDefinition } from './series-api.ts';
import { cumulativeRule, tieRule } from './rules-summary.tsx';
import { ledgerCounts } from '../../../shared/series/definition.ts';

type Props = { def: StoredSeriesDefinition; data: SeriesStandings; title: string };
type Selecting = { selected: string | null; select: (unitId: string) => void };

export function RankCell({ rank, shared }: { rank: number | null; shared: boolean }) {
  const t = useT(seriesStrings);
  if (rank === null) return <span className="absent-tag">{t('absent')}</span>;
  return (
    <>
      <span className="rank">{rank}</span>
      {shared && <span className="tag tiny">{t('tied')}</span>}
    </>
  );
}

export function PeriodTable({ def, data, title, selected, select }: Props & Selecting) {
  const t = useT(seriesStrings);
  const name = (id: string) => data.units[id] ?? id;
  return (
    <section className="panel">
      <header className="panel-head">
        <h2>{title}</h2>
        {!data.period.held && <span className="muted small">{t('notHeld')}</span>}
      </header>
      <table className="table ranking-table" data-testid="period-standing">
        <thead>
          <tr>
            <th>{t('colRank')}</th>
            <th>{t('colUnit')}</th>
            <th className="col-num">{t('colContest')}</th>
            {/* With a points weight of 0 the column is only a record: it says so, as the 积分 page does. */}
            <th className="col-num">{t(ledgerCounts(def) ? 'colLedger' : 'colLedgerNotCounted')}</th>
            <th className="col-num">{t('colPeriodScore')}</th>
          </tr>
        </thead>
        <tbody>
          {data.period.lines.map((l) => (
            <tr
              key={l.unitId}
              data-unit={l.unitId}
              className={[l.rank === null ? 'unranked' : '', l.unitId === selected ? 'selected' : '', 'pickable'].filter(Boolean).join(' ')}
              aria-selected={l.unitId === selected}
              onClick={() => select(l.unitId)}
            >
              <td>
                <RankCell rank={l.rank} shared={l.shared} />
              </td>
              <td className="strong">{name(l.unitId)}</td>
              <td className="col-num">{formatFinal(l.contest, def.decimals)}</td>
              <td className="col-num">{formatPoints(l.ledger)}</td>
              <td className="col-num strong">{formatFinal(l.score, def.decimals)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small pad-x">{tieRule(def, t)}</p>
    </section>
  );
}

export function CumulativeTable({ def, data, title, selected, select }: Props & Selecting) {
  const t = useT(seriesStrings);
  const name = (id: string) => data.units[id] ?? id;
  const method = data.cumulative.method;
  return (
    <section className="panel">
      <header className="panel-head">
        <h2>{title}</h2>
      </header>
      <p className="method-line" data-testid="cumulative-method">
        {cumulativeRule(method, t)}
      </p>
      <table className="table ranking-table" data-testid="cumulative-standing">
        <thead>
          <tr>
            <th>{t('colRank')}</th>
            <th>{t('colUnit')}</th>
            <th className="col-num">{method.method === 'rankPoints' ? t('colRankPoints') : t('colTotal')}</th>
            <th className="col-num">{t('colPresent')}</th>
          </tr>
        </thead>
        <tbody>
          {data.cumulative.lines.map((l) => (
            <tr
              key={l.unitId}
              data-unit={l.unitId}
              className={[l.rank === null ? 'unranked' : '', l.unitId === selected ? 'selected' : '', 'pickable'].filter(Boolean).join(' ')}
              aria-selected={l.unitId === selected}
              onClick={() => select(l.unitId)}
            >
              <td>
                <RankCell rank={l.rank} shared={l.shared} />
              </td>
              <td className="strong">{name(l.unitId)}</td>
              <td className="col-num strong">{formatFinal(l.total, def.decimals)}</td>
              <td className="col-num">{t(l.present === 1 ? 'periodsCountOne' : 'periodsCount', { n: l.present })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
