// Results so far: the champion once finished, the ranking with penalties and overtime, and per
// presenter every judge's marks with the dropped ones struck through; exports to download. A
// 评比 has no clock: no penalty, overtime or report time columns, and its best is 第一名, as the
// projector and the report say (shared/contest-kind.ts).
import { firstPlaceWord, kindShows } from '../../../shared/contest-kind.ts';
import { useLang, useT } from '../../common/i18n.tsx';
import { formatDuration, formatElapsed, formatFinal, formatScore } from '../../../shared/format.ts';
import { ExportButton } from '../exports/export-button.tsx';
import { useHostView } from '../host-session.ts';
import { exportsStrings } from '../strings/exports.ts';
import { resultsStrings } from '../strings/results.ts';
import { AppraisalTable } from './appraisal-table.tsx';
import { MarksCard } from './marks-card.tsx';
import { MarksGrid } from './marks-grid.tsx';

export function ResultsPage() {
  const t = useT(resultsStrings);
  const te = useT(exportsStrings);
  const view = useHostView();
  const lang = useLang((s) => s.lang);
  if (!view) return null;
  const kind = view.definition.kind;
  const timed = kindShows(kind).timing;
  const byId = new Map(view.presenters.map((p) => [p.id, p]));
  const scores = new Map(view.results.presenters.map((r) => [r.presenterId, r]));
  const decimals = view.definition.rules.decimals;
  const ranked = new Set(view.results.ranking.map((r) => r.presenterId));
  const unranked = view.order.filter((id) => !ranked.has(id));
  const champions = view.screen.champions.map((id) => byId.get(id)).filter((p) => p !== undefined);
  const rule = (r: string) => (r === 'lessOvertime' ? t('byOvertime') : t('byCriterion', { name: r.replace(/^criterion:/, '') }));
  const detailIds = [...view.results.ranking.map((r) => r.presenterId), ...view.results.presenters.map((r) => r.presenterId).filter((id) => !ranked.has(id))];

  return (
    <div className="results-page">
      {champions.length > 0 && (
        <section className="champion-banner" data-testid="champion">
          <span className="champion-label">{firstPlaceWord(kind, lang)}</span>
          {champions.map((p) => (
            <span key={p.id} className="champion-name">
              {p.unit} <small>{p.speaker}</small> <b>{formatFinal(scores.get(p.id)?.final, decimals)}</b>
            </span>
          ))}
        </section>
      )}
      {view.contest.partial && <div className="banner">{t('partial')}</div>}
      <section className="panel export-bar" aria-label={te('heading')}>
        <h2>{te('heading')}</h2>
        <ExportButton contestId={view.contest.id} title={view.contest.title} file="report.pdf" label={te('report')} primary />
        <ExportButton contestId={view.contest.id} title={view.contest.title} file="results.xlsx" label={te('xlsx')} />
        <ExportButton contestId={view.contest.id} title={view.contest.title} file="results.csv" label={te('csv')} />
      </section>
      <section className="panel">
        <header className="panel-head">
          <h2>{t('ranking')}</h2>
        </header>
        {view.results.ranking.length === 0 && <p className="muted pad">{t('empty')}</p>}
        <table className="table ranking-table">
          <thead>
            <tr>
              <th className="col-idx">{t('colRank')}</th>
              <th>{t('colUnit')}</th>
              <th>{t('colSpeaker')}</th>
              <th className="col-num">{t('colFinal')}</th>
              {timed && (
                <>
                  <th className="col-num">{t('colRaw')}</th>
                  <th className="col-num">{t('colPenalty')}</th>
                  <th className="col-num">{t('colOvertime')}</th>
                  <th className="col-num">{t('colReport')}</th>
                </>
              )}
              <th>{t('colNote')}</th>
            </tr>
          </thead>
          <tbody>
            {view.results.ranking.map((r) => {
              const p = byId.get(r.presenterId);
              const s = scores.get(r.presenterId);
              return (
                <tr key={r.presenterId} className={r.rank === 1 ? 'rank-1' : undefined} data-presenter={r.presenterId}>
                  <td className="col-idx rank">
                    {r.rank}
                    {r.shared && <small> {t('shared')}</small>}
                  </td>
                  <td className="strong">{p?.unit}</td>
                  <td>{p?.speaker}</td>
                  <td className="col-num strong">{formatFinal(s?.final, decimals)}</td>
                  {timed && (
                    <>
                      <td className="col-num">{formatFinal(s?.raw, decimals)}</td>
                      {/* Under 扣分, the points taken off as the report and the spreadsheet write them (0.5). */}
                      <td className="col-num">{s?.penalty ? formatScore(s.penalty) : '—'}</td>
                      <td className="col-num">{s?.overtimeSeconds ? formatDuration(s.overtimeSeconds) : '—'}</td>
                      <td className="col-num">{/* 0:00 is a timer that never ran, as the report says (未计时) */ p?.reportUsedMs ? formatElapsed(p.reportUsedMs) : '—'}</td>
                    </>
                  )}
                  <td className="muted small">{r.decidedBy ? t('decidedBy', { rule: rule(r.decidedBy) }) : ''}</td>
                </tr>
              );
            })}
            {unranked.map((id) => {
              const p = byId.get(id);
              return (
                <tr key={id} className="unranked">
                  <td className="col-idx">—</td>
                  <td>{p?.unit}</td>
                  <td>{p?.speaker}</td>
                  {/* Where the score would be, as the report's ranking says it. */}
                  <td className="col-num muted" data-testid="unranked-note">
                    {p?.status === 'absent' ? t('absent') : t('notRevealed')}
                  </td>
                  <td colSpan={timed ? 5 : 1} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {detailIds.length > 0 && <AppraisalTable view={view} presenterIds={detailIds} />}
      {detailIds.length > 0 && <h2 className="results-sub">{t('details')}</h2>}
      <MarksGrid>
        {detailIds.map((id) => {
          const s = scores.get(id);
          const p = byId.get(id);
          return s && p ? <MarksCard key={id} view={view} presenter={p} score={s} provisional={!ranked.has(id)} /> : null;
        })}
      </MarksGrid>
    </div>
  );
}
