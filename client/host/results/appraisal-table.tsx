// 民主测评 on the results page: a line per presenter (ballots per option, 满意率, 测评得分, its
// part of the final) under the electorate mode and the weight, so nobody mistakes an open show of
// hands for a vote with controlled codes. Counts only, as everywhere.
import { formatFinal, formatPercent, formatScore } from '../../../shared/format.ts';
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol/index.ts';
import { appraisalStrings } from '../strings/appraisal.ts';

type Line = NonNullable<HostView['results']['presenters'][number]['appraisal']>;

/** Under a presenter's marks: how the judges' score and the hall's became the score before penalty. */
export function AppraisalCardLine({ line, raw, decimals }: { line: Line; raw: number | null; decimals: number }) {
  const t = useT(appraisalStrings);
  const f = (x: number | null) => formatFinal(x, decimals);
  if (line.pending) return <span data-testid="appraisal-card-line">{t('pending')}</span>;
  if (line.noBallots) return <span data-testid="appraisal-card-line">{t('noBallotsLine')}</span>;
  if (line.component === null) return <span data-testid="appraisal-card-line">{t('cardShown', { s: f(line.scaled) })}</span>;
  const w = formatPercent(line.weight, 1);
  const j = formatPercent(1 - line.weight, 1);
  return <span data-testid="appraisal-card-line">{t('cardLine', { judges: f(line.judges), j, scaled: f(line.scaled), w, raw: f(raw) })}</span>;
}

export function AppraisalTable({ view, presenterIds }: { view: HostView; presenterIds: string[] }) {
  const t = useT(appraisalStrings);
  const a = view.appraisal;
  if (!a) return null;
  const decimals = view.definition.rules.decimals;
  const lines = new Map(view.results.presenters.map((r) => [r.presenterId, r.appraisal]));
  const units = new Map(view.presenters.map((p) => [p.id, p.unit]));
  const rows = presenterIds.flatMap((id) => {
    const line = lines.get(id);
    return line ? [{ id, line }] : [];
  });
  const w = formatPercent(a.weight, 1);
  const j = formatPercent(1 - a.weight, 1);
  return (
    <section className="panel appraisal-results" data-testid="appraisal-results">
      <header className="panel-head">
        <h2>{t('resultHeading')}</h2>
        <span className="mode-chip" data-testid="appraisal-mode">
          {t('resultMode', { mode: a.electorate === 'codes' ? t('electorateCodes') : t('electorateOpen') })}
        </span>
        <span className="muted small">{a.weight > 0 ? t('resultWeight', { w, j }) : t('resultWeightZero')}</span>
        {a.electorate === 'codes' && <span className="muted small">{t('resultCodes', { issued: a.issued, voided: a.voided.length })}</span>}
      </header>
      <table className="table appraisal-table">
        <thead>
          <tr>
            <th>{t('colUnit')}</th>
            {a.options.map((o) => (
              <th key={o.id} className="col-num">
                {o.name}
                {o.points === null && <small className="muted"> · {t('notCounted')}</small>}
              </th>
            ))}
            <th className="col-num">{t('colBallots')}</th>
            <th className="col-num">{t('colSatisfaction')}</th>
            <th className="col-num">{t('colScore')}</th>
            <th className="col-num">{t('colScaled')}</th>
            <th className="col-num">{t('colComponent')}</th>
            <th>{t('colNote')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, line }) => (
            <tr key={id} data-presenter={id}>
              <td className="strong">{units.get(id) ?? id}</td>
              {line.options.map((o) => (
                <td key={o.id} className="col-num" data-option={o.id}>
                  {line.pending ? '—' : formatScore(o.count)}
                </td>
              ))}
              <td className="col-num">{line.pending ? '—' : formatScore(line.ballots)}</td>
              <td className="col-num" data-testid="satisfaction">{line.satisfaction === null ? '—' : formatPercent(line.satisfaction, 1)}</td>
              <td className="col-num">{formatFinal(line.score, decimals)}</td>
              <td className="col-num">{formatFinal(line.scaled, decimals)}</td>
              <td className="col-num strong">{formatFinal(line.component, decimals)}</td>
              <td className="muted small">{line.pending ? t('pending') : line.noBallots ? t('noBallotsLine') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {a.weight > 0 && <p className="muted small appraisal-formula">{t('formula', { w, j })}</p>}
    </section>
  );
}
