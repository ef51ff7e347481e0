// The period's entries, oldest first: a corrected entry struck through and pointing at its
// correction, a correction naming the entry it replaces and why.
import { useLang, useT } from '../../common/i18n.tsx';
import { formatDate, formatPoints } from '../../../shared/format.ts';
import { seriesLedgerStrings } from '../strings/series-ledger.ts';
import type { LedgerEntryLine, SeriesDetail } from './series-api.ts';
import { correctionsByEntry, nameOf, tierOfUnit, unitLabel } from './series-model.ts';
import type { LedgerScope } from './ledger-scope.ts';

type Props = { series: SeriesDetail; scope: LedgerScope; reasons: Map<string, string>; onCorrect: (e: LedgerEntryLine) => void };

export function LedgerEntries({ series, scope, reasons, onCorrect }: Props) {
  const t = useT(seriesLedgerStrings);
  const lang = useLang((s) => s.lang);
  const def = series.definition;
  const corrections = correctionsByEntry(series.ledger);
  const entries = series.ledger
    .filter((e) => e.periodId === scope.periodId && (scope.tierId === '' || tierOfUnit(series, e.unitId) === scope.tierId))
    .sort((a, b) => (a.date === b.date ? a.at - b.at : a.date < b.date ? -1 : 1));
  return (
    <section className="panel">
      <header className="panel-head">
        <h2>{t('entriesHeading', { period: nameOf(def.periods, scope.periodId) })}</h2>
        <span className="muted small">{t('entriesCount', { n: entries.filter((e) => !corrections.has(e.id)).length })}</span>
      </header>
      {entries.length === 0 ? (
        <p className="muted pad">{t('noEntries')}</p>
      ) : (
        <table className="table ledger-table" data-testid="ledger-entries">
          <thead>
            <tr>
              <th>{t('colNo')}</th>
              <th>{t('colDate')}</th>
              <th>{t('colUnit')}</th>
              <th>{t('colHeading')}</th>
              <th className="col-num">{t('colPoints')}</th>
              <th>{t('colReason')}</th>
              <th>{t('colBy')}</th>
              <th>{t('colNote')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const fixedBy = corrections.get(e.id);
              const cls = fixedBy ? 'struck' : undefined;
              return (
                <tr key={e.id} id={`entry-${e.id}`} data-entry={e.id} className={fixedBy ? 'entry-corrected' : e.corrects ? 'entry-correction' : undefined}>
                  <td className="muted small">{e.id}</td>
                  {/* The one date formatter, as the report's 积分明细 writes it (2026年3月12日). */}
                  <td className={cls}>{formatDate(e.date, lang)}</td>
                  <td className={cls}>{unitLabel(series, e.unitId)}</td>
                  <td className={cls}>{nameOf(def.headings, e.headingId)}</td>
                  <td className={`col-num points ${e.points > 0 ? 'plus' : e.points < 0 ? 'minus' : ''} ${cls ?? ''}`}>{formatPoints(e.points)}</td>
                  <td className={cls}>{e.reason}</td>
                  <td className="muted">{e.by}</td>
                  <td className="small">
                    {fixedBy && (
                      <a href={`#entry-${fixedBy.id}`} onClick={(ev) => (ev.preventDefault(), document.getElementById(`entry-${fixedBy.id}`)?.scrollIntoView({ block: 'center' }))}>
                        {t('correctedBy', { id: fixedBy.id })}
                      </a>
                    )}
                    {e.corrects && (
                      <span data-testid="correction-note">
                        {t(e.points === 0 ? 'withdraws' : 'corrects', { id: e.corrects })}
                        {reasons.get(e.id) ? t('becauseOf', { reason: reasons.get(e.id)! }) : ''}
                      </span>
                    )}
                  </td>
                  <td>
                    {!fixedBy && (
                      <button type="button" className="btn btn-tiny" onClick={() => onCorrect(e)}>
                        {t('correct')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
