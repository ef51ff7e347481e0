// One presenter's marks: a row per judge, a column per criterion, dropped marks struck through,
// corrected marks flagged, and 更正 (or 补录 for a judge who never submitted) on each row; the
// report time with its overtime and penalty, and 更正用时 once the report has ended.
import { formatFinal, formatGroupWeight, formatScore, formatTimeOfDay } from '../../../shared/format.ts';
import { judgesPart } from '../../../shared/scoring/appraisal.ts';
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol/index.ts';
import { CorrectButton, CorrectedFlag } from '../correct/correct-button.tsx';
import { ReportTimeLine } from '../correct/report-time-line.tsx';
import { resultsStrings } from '../strings/results.ts';
import { AppraisalCardLine } from './appraisal-table.tsx';

type Score = HostView['results']['presenters'][number];
type Presenter = HostView['presenters'][number];

export function MarksCard({ view, presenter, score, provisional }: { view: HostView; presenter: Presenter; score: Score; provisional: boolean }) {
  const t = useT(resultsStrings);
  const criteria = view.definition.criteria;
  const decimals = view.definition.rules.decimals;
  const judgeName = new Map(view.judges.map((j) => [j.id, j.name]));
  const missing = presenter.revealedWithMissing.map((id) => judgeName.get(id) ?? id);
  const canCorrect = presenter.phase === 'scoring' || presenter.phase === 'revealed';
  const scored = new Set(score.judges.map((j) => j.judgeId));
  const unscored = canCorrect ? view.judges.filter((j) => !scored.has(j.id)) : [];
  return (
    <article className="panel marks-card" data-presenter={presenter.id}>
      <header className="panel-head">
        <h3>
          {presenter.unit} <span className="muted small">{presenter.speaker}</span>
        </h3>
        {provisional && <span className="tag">{t('provisional')}</span>}
        <strong className="marks-final">{formatFinal(score.final, decimals)}</strong>
      </header>
      <ReportTimeLine view={view} presenter={presenter} score={score} />
      {/* Scrolls sideways only as a last resort: the grid gives the card the width the table needs (marks-grid.tsx). */}
      <div className="marks-scroll">
        <table className="table marks-table">
          <thead>
            <tr>
              <th>{t('judge')}</th>
              {criteria.map((c) => (
                <th key={c.name} className="col-num" title={`${c.name} / ${c.max}`}>
                  <CriterionHead name={c.name} />
                </th>
              ))}
              <th className="col-num">{t('total')}</th>
              <th />
              {canCorrect && <th />}
            </tr>
          </thead>
          <tbody>
            {score.judges.map((j) => (
              <tr key={j.judgeId} data-judge={j.judgeId}>
                <td className="col-judge">{judgeName.get(j.judgeId) ?? j.judgeId}</td>
                {j.values.map((v, k) => (
                  <td key={k} className={j.droppedCriteria[k] ? 'col-num struck' : 'col-num'}>
                    {formatScore(v)}
                  </td>
                ))}
                <td className={j.dropped ? 'col-num strong struck' : 'col-num strong'}>{formatScore(j.total)}</td>
                <td className="muted small col-note">
                  {j.dropped === 'highest' ? t('droppedHigh') : j.dropped === 'lowest' ? t('droppedLow') : ''}
                  <CorrectedFlag correction={presenter.marks[j.judgeId]?.correction} />
                </td>
                {canCorrect && (
                  <td className="col-fix">
                    <CorrectButton presenterId={presenter.id} judgeId={j.judgeId} hasMark />
                  </td>
                )}
              </tr>
            ))}
            {unscored.map((j) => {
              const sentLate = view.lateMarks.find((m) => m.judgeId === j.id && m.presenterId === presenter.id);
              return (
                <tr key={j.id} data-judge={j.id} className="unscored">
                  <td className="col-judge">{j.name}</td>
                  <td colSpan={criteria.length + 2} className="muted small" data-testid="not-scored">
                    {t('notScored')}
                    {/* The phone sent it after the reveal (it was offline): refused, here for the 补录. */}
                    {sentLate && (
                      <span className="warn-text late-marks" data-testid="late-marks">
                        {t('lateMarks', { values: sentLate.values.map((v, k) => `${criteria[k]?.name ?? ''} ${formatScore(v)}`).join('，'), time: formatTimeOfDay(sentLate.at) })}
                      </span>
                    )}
                  </td>
                  <td className="col-fix">
                    <CorrectButton presenterId={presenter.id} judgeId={j.id} hasMark={false} late={sentLate} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <td className="muted col-judge">{t('aggregate')}</td>
              {score.criteria.map((c, k) => (
                <td key={k} className="col-num muted">
                  {formatFinal(c, decimals)}
                </td>
              ))}
              {/* The judges' score J, as the report's 各项得分: with a 民主测评 the final also holds the hall's part. */}
              <td className="col-num strong">{formatFinal(judgesPart(score), decimals)}</td>
              <td />
              {canCorrect && <td />}
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="marks-notes small">
        {score.groups.length > 1 &&
          score.groups.map((g) => (
            <span key={g.name ?? ''}>{t('groupLine', { name: g.name ?? t('noGroup'), score: formatFinal(g.result, decimals), w: g.weight === null ? '—' : formatGroupWeight(g.weight, score.groups) })}</span>
          ))}
        {score.appraisal && <AppraisalCardLine line={score.appraisal} raw={score.raw} decimals={decimals} />}
        {score.fellBackToMean && <span className="warn-text">{t('fellBack')}</span>}
        {missing.length > 0 && <span className="warn-text">{t('missing', { names: missing.join('、') })}</span>}
      </div>
    </article>
  );
}

/** Full-width characters count 1 em, the rest about half of one. */
const emWidth = (text: string) => [...text].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 1 : 0.55), 0);

/**
 * A short name on one line; a long one (汇报表现（语言表达、时间把控）) on two lines of half its
 * width, at most 8 em each, cut with … past that (the head's title has it whole). A fixed width,
 * so the table's narrowest layout keeps heads readable instead of a character a line.
 */
function CriterionHead({ name }: { name: string }) {
  const w = emWidth(name);
  if (w <= 6) return <>{name}</>;
  return (
    <span className="crit-head" style={{ width: `${Math.min(8, Math.ceil(w / 2 + 0.5))}em` }}>
      {name}
    </span>
  );
}
