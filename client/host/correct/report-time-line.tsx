// A presenter's report time on the 成绩 card: used / allotted, the overtime and its penalty as
// scored, a flag when the host corrected it (the reason on hover), and 更正用时 exactly when
// report:correct would be accepted (the rule decide() applies).
import { useT } from '../../common/i18n.tsx';
import { reportAllottedMs, reportTimeCorrectable } from '../../../shared/domain/report-time.ts';
import { formatDuration, formatElapsed, formatScore } from '../../../shared/format.ts';
import type { HostView } from '../../../shared/protocol/index.ts';
import { reportTimeStrings } from '../strings/report-time.ts';
import { openReportTimeCorrection } from './report-time-store.ts';

type Presenter = HostView['presenters'][number];
type Score = HostView['results']['presenters'][number];

export function ReportTimeLine({ view, presenter, score }: { view: HostView; presenter: Presenter; score: Score }) {
  const t = useT(reportTimeStrings);
  if (presenter.reportUsedMs === null) return null;
  const fix = presenter.reportCorrection;
  return (
    <div className="report-time-line small" data-testid="report-time">
      <span>{t('line', { used: formatElapsed(presenter.reportUsedMs), allotted: formatElapsed(reportAllottedMs(presenter, view.definition.rules)) })}</span>
      {score.overtimeSeconds > 0 && <span className="warn-text">{t('overtime', { time: formatDuration(score.overtimeSeconds) })}</span>}
      {score.penalty > 0 && <span className="warn-text">{t('penalty', { points: formatScore(score.penalty) })}</span>}
      {fix && (
        <span className="corrected-flag" data-testid="report-time-corrected" title={t('correctedTitle', { was: formatElapsed(fix.wasMs), reason: fix.reason })}>
          {t('corrected')}
        </span>
      )}
      {reportTimeCorrectable(presenter) && (
        <button type="button" className="btn btn-tiny correct-btn" data-correct-time={presenter.id} title={t('hint')} onClick={() => openReportTimeCorrection(presenter.id)}>
          {t('button')}
        </button>
      )}
    </div>
  );
}
