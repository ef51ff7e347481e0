// 更正用时: the host sets the report time a presenter really used (the clock was stopped late,
// started early), as m:ss, with a required reason, then report:correct. The dialog shows what is
// recorded, the allotment, and what the overtime and its penalty would become — by the rules
// decide() and scoring apply (shared/domain/report-time.ts, penaltyFor), so it never promises
// another number than the server computes. The event log keeps the measured time and the reason.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { reportAllottedMs, reportOvertimeMs, reportTimeCorrectable } from '../../../shared/domain/report-time.ts';
import { elapsedSeconds, formatDuration, formatElapsed, formatScore } from '../../../shared/format.ts';
import { penaltyFor } from '../../../shared/scoring/index.ts';
import type { HostView } from '../../../shared/protocol/index.ts';
import { useCommand, useHostView } from '../host-session.ts';
import { commonStrings } from '../strings/common.ts';
import { reportTimeStrings } from '../strings/report-time.ts';
import { toast } from '../ui/toast.tsx';
import { readReportTime, type ReportTimeProblem } from './report-time-entry.ts';
import { closeReportTimeCorrection, useReportTimeCorrection } from './report-time-store.ts';

type Presenter = HostView['presenters'][number];
type Rules = HostView['definition']['rules'];

/** Overtime and its penalty for a report of `usedMs`, as the server would count them. */
export function overtimeOf(p: Pick<Presenter, 'reportDurationMs'>, rules: Rules, usedMs: number) {
  const overtimeMs = reportOvertimeMs(usedMs, reportAllottedMs(p, rules));
  return { overtimeMs, penalty: penaltyFor(rules, elapsedSeconds(overtimeMs)) };
}

export function ReportTimeDialog() {
  const presenterId = useReportTimeCorrection((s) => s.presenterId);
  const view = useHostView();
  // Leaving the contest closes it: another contest has presenters with the same ids.
  useEffect(() => closeReportTimeCorrection, []);
  const presenter = view?.presenters.find((p) => p.id === presenterId);
  const open = presenter !== undefined && reportTimeCorrectable(presenter);
  // The report was reopened under it (a step back): close rather than pop up again later.
  useEffect(() => {
    if (presenterId !== null && !open) closeReportTimeCorrection();
  }, [presenterId, open]);
  if (!view || !presenter || !reportTimeCorrectable(presenter)) return null;
  return <ReportTimeForm key={presenter.id} view={view} presenter={presenter} usedMs={presenter.reportUsedMs} />;
}

function ReportTimeForm({ view, presenter, usedMs }: { view: HostView; presenter: Presenter; usedMs: number }) {
  const t = useT(reportTimeStrings);
  const tc = useT(commonStrings);
  const run = useCommand();
  const rules = view.definition.rules;
  const [text, setText] = useState(() => formatElapsed(usedMs));
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => fieldRef.current?.select(), []);

  const allotted = formatElapsed(reportAllottedMs(presenter, rules));
  const now = overtimeOf(presenter, rules, usedMs);
  const read = readReportTime(text);
  const same = read.seconds !== null && read.seconds * 1000 === usedMs;
  const problem: ReportTimeProblem | 'same' | null = read.problem ?? (same ? 'same' : null);
  const after = read.seconds !== null ? overtimeOf(presenter, rules, read.seconds * 1000) : null;
  const valid = problem === null && reason.trim().length > 0;
  const words: Record<ReportTimeProblem | 'same', string> = {
    empty: t('errEmpty'),
    format: t('errFormat'),
    seconds: t('errSeconds'),
    range: t('errRange'),
    same: t('errSame'),
  };
  const showProblem = problem !== null && (tried || text.trim() !== '');

  const submit = async () => {
    setTried(true);
    if (!valid || busy || read.seconds === null) return;
    setBusy(true);
    const ack = await run('report:correct', { presenterId: presenter.id, seconds: read.seconds, reason: reason.trim() });
    setBusy(false);
    if (ack.ok) {
      toast(t('done', { unit: presenter.unit, used: formatDuration(read.seconds) }), 'ok');
      closeReportTimeCorrection();
    }
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && closeReportTimeCorrection()}>
      <form
        className="modal correct-modal"
        role="dialog"
        aria-modal="true"
        aria-label={t('title')}
        onKeyDown={(e) => e.key === 'Escape' && closeReportTimeCorrection()}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2>{t('title')}</h2>
        <p className="correct-who">
          {presenter.unit} <span className="muted small">{presenter.speaker}</span>
        </p>
        <p className="muted small" data-testid="report-time-recorded">
          {t('recorded', { used: formatElapsed(usedMs), allotted, overtime: formatElapsed(now.overtimeMs), penalty: formatScore(now.penalty) })}
        </p>
        <label className={showProblem ? 'field correct-field-time invalid' : 'field correct-field-time'}>
          <span>{t('field')}</span>
          <input
            ref={fieldRef}
            className="input num"
            aria-label={t('field')}
            aria-invalid={showProblem}
            placeholder={t('placeholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <span className="correct-err small">{showProblem ? words[problem] : ''}</span>
        </label>
        <div className="correct-total" data-testid="report-time-preview">
          {after ? t('preview', { overtime: formatElapsed(after.overtimeMs), penalty: formatScore(after.penalty) }) : t('previewNone')}
          {!rules.overtimePenalty && <span className="muted small"> · {t('noPenaltyRule')}</span>}
        </div>
        <label className="field">
          <span>{t('reason')}</span>
          <input
            className="input"
            aria-label={t('reason')}
            aria-invalid={tried && !reason.trim()}
            maxLength={200}
            placeholder={t('reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          {tried && !reason.trim() && <span className="correct-err small">{t('errReason')}</span>}
        </label>
        <div className="modal-actions">
          <button type="button" className="btn" onClick={closeReportTimeCorrection}>
            {tc('cancel')}
          </button>
          <button type="submit" className="btn btn-danger" disabled={busy || (tried && !valid)}>
            {t('confirm')}
          </button>
        </div>
      </form>
    </div>
  );
}
