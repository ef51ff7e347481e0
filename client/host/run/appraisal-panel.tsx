// 民主测评 on the run of show: who the hall is voting on, the live turnout, open and close, and for
// printed codes how many are out, issuing more, printing the slips and voiding a lost one. Counts
// only: the host view holds no ballot, so nothing here can show who voted what.
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol/index.ts';
import { formatPercent, formatSerial } from '../../../shared/format.ts';
import { ExportButton } from '../exports/export-button.tsx';
import { appraisalStrings } from '../strings/appraisal.ts';
import { turnoutText } from './appraisal-actions.ts';
import { openable } from './appraisal-round.ts';
import { unitOf } from './next-step.ts';
import type { Actions } from './use-actions.ts';

export function AppraisalPanel({ view, actions }: { view: HostView; actions: Actions }) {
  const t = useT(appraisalStrings);
  const a = view.appraisal;
  if (!a) return null;
  const open = a.open.length > 0;
  const canOpen = openable(view);
  const codes = a.electorate === 'codes';
  const voided = a.voided.length;
  // Closed: the round just counted (the presenter on stage), not the empty next one's 已投 0.
  const cur = view.current?.presenterId;
  const line = cur ? view.results.presenters.find((p) => p.presenterId === cur)?.appraisal : null;
  const last =
    line && !line.pending && line.ballots > 0 && cur
      ? line.satisfaction === null
        ? t('lastRound', { name: unitOf(view, cur), n: line.ballots })
        : t('lastRoundRate', { name: unitOf(view, cur), n: line.ballots, rate: formatPercent(line.satisfaction, 1) })
      : null;
  return (
    <section className="panel appraisal-panel" data-testid="appraisal-panel">
      <header className="panel-head">
        <h2 title={t('secret')}>{t('panel')}</h2>
        <span className="mode-chip">{codes ? t('modeCodes') : t('modeOpen')}</span>
      </header>
      <div className="appraisal-body">
        <div className="appraisal-round">
          <span className={open ? 'who' : 'muted small'} data-testid="appraisal-round">
            {open ? t('roundOpen', { names: a.open.map((id) => unitOf(view, id)).join('、') }) : t('roundClosed')}
          </span>
          <span className={open ? 'appraisal-turnout' : 'appraisal-turnout idle'} data-testid="appraisal-turnout">
            {open || !last ? turnoutText(a, t) : last}
          </span>
        </div>
        <div className="appraisal-actions">
          {open ? (
            <button type="button" className="btn btn-primary" onClick={() => void actions.closeAppraisal()}>
              {t('close')}
            </button>
          ) : (
            <button type="button" className="btn" disabled={canOpen.length === 0} onClick={() => void actions.openAppraisal()}>
              {a.opens === 'atEnd' ? t('openAtEnd') : t('open')}
            </button>
          )}
        </div>
        {codes && (
          <div className="appraisal-codes">
            <span className="codes-count" data-testid="appraisal-codes">
              {t('codesCount', { issued: a.issued, voided, valid: a.issued - voided })}
            </span>
            <button type="button" className="btn btn-small" onClick={() => void actions.issueCodes()}>
              {t('issue')}
            </button>
            {/* No code issued yet: a sheet of empty slips is nothing to print. */}
            <ExportButton contestId={view.contest.id} title={view.contest.title} file="ballot-slips.pdf" label={t('print')} small unavailable={a.issued === 0 ? t('printNone') : null} />
            <button type="button" className="btn btn-small" disabled={a.issued === voided} onClick={() => void actions.voidCode()}>
              {t('void')}
            </button>
            {voided > 0 && (
              <span className="appraisal-voided muted" data-testid="appraisal-voided">
                {t('voidedList', { list: a.voided.map((x) => `${formatSerial(x.serial)}（${x.reason}）`).join('，') })}
              </span>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
