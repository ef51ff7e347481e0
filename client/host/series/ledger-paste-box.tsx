// 粘贴导入: a month's rows from Excel → a preview with each row's problems → one ledger:add. The
// server refuses the whole paste when any row is wrong, so its issues are shown at their rows
// and nothing is half-entered. The command id is made once per preview: a double click on 导入,
// or a retry after a lost answer, enters the month once.
import { useMemo, useState } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { sayIssue } from '../../../shared/issue-words.ts';
import { formatPoints } from '../../../shared/format.ts';
import { seriesLedgerStrings } from '../strings/series-ledger.ts';
import { toast } from '../ui/toast.tsx';
import { checkAgainstSeries, issuesByLine, ledgerRows, parseLedgerPaste, serverIssueField, type PastedRow } from './ledger-paste.ts';
import { problemText, warningText } from './ledger-problems.ts';
import type { LedgerScope } from './ledger-scope.ts';
import { newCommandId, type SeriesDetail } from './series-api.ts';
import { nameOf } from './series-model.ts';
import { runCommand } from './use-series.ts';

type Props = { series: SeriesDetail; scope: LedgerScope; by: string; done: () => Promise<void> };
type Preview = { rows: PastedRow[]; commandId: string };
type Refusal = { message: string; rows: Map<number, string[]>; general: string[] };

export function LedgerPasteBox({ series, scope, by, done }: Props) {
  const t = useT(seriesLedgerStrings);
  const lang = useLang((s) => s.lang);
  const def = series.definition;
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = preview ? ledgerRows(preview.rows) : null;
  const bad = useMemo(() => preview?.rows.filter((r) => r.problems.length > 0).length ?? 0, [preview]);
  const warned = useMemo(() => preview?.rows.filter((r) => r.warnings.length > 0).length ?? 0, [preview]);

  const read = () => {
    const tierIds = scope.tierId ? [scope.tierId] : def.tiers.map((x) => x.id);
    setPreview({ rows: checkAgainstSeries(parseLedgerPaste(text), series, tierIds, nameOf(def.periods, scope.periodId)), commandId: newCommandId() });
    setRefusal(null);
  };
  const send = async () => {
    if (!preview || !rows || busy) return;
    setBusy(true);
    const r = await runCommand(series.id, 'ledger:add', { periodId: scope.periodId, ...(scope.tierId ? { tierId: scope.tierId } : {}), by, rows }, preview.commandId);
    setBusy(false);
    if (!r.ok) return setRefusal({ message: r.message, ...issuesByLine(r.issues) });
    toast(r.duplicate ? t('pasteDuplicate') : t('pasteDone', { n: rows.length }), 'ok');
    setText('');
    setPreview(null);
    await done();
  };

  return (
    <section className="panel ledger-paste" data-testid="ledger-paste">
      <header className="panel-head">
        <h2>{t('pasteHeading')}</h2>
        <span className="muted small">{t('pasteInto', { period: nameOf(def.periods, scope.periodId), tier: scope.tierId ? nameOf(def.tiers, scope.tierId) : t('allTiers') })}</span>
      </header>
      <div className="paste-body">
        <label className="field">
          <span>{t('pasteLabel')}</span>
          <textarea className="input" name="ledger-paste" rows={4} value={text} placeholder={t('pastePh')} onChange={(e) => (setText(e.target.value), setPreview(null), setRefusal(null))} />
        </label>
        <div className="row-gap">
          <button type="button" className="btn" disabled={!text.trim()} onClick={read}>
            {t('pastePreview')}
          </button>
          {preview && (
            <button type="button" className="btn btn-primary" disabled={!rows || !by || busy || refusal !== null} onClick={() => void send()}>
              {busy ? t('pasteSending') : t('pasteSend', { n: preview.rows.length })}
            </button>
          )}
          {preview && bad > 0 && <span className="field-error small">{t('pasteBadRows', { n: bad })}</span>}
          {preview && warned > 0 && <span className="warn-text small">{t('pasteWarnRows', { n: warned, period: nameOf(def.periods, scope.periodId) })}</span>}
          {preview && !by && <span className="muted small">{t('needRecorder')}</span>}
        </div>
        {refusal && (
          <div className="issues" role="alert" data-testid="paste-refusal">
            <strong>{refusal.message}</strong>
            {refusal.general.map((m) => (
              <div key={m}>{sayIssue(m, lang)}</div>
            ))}
          </div>
        )}
        {preview && <PreviewTable rows={preview.rows} refusal={refusal} />}
      </div>
    </section>
  );
}

function PreviewTable({ rows, refusal }: { rows: PastedRow[]; refusal: Refusal | null }) {
  const t = useT(seriesLedgerStrings);
  const lang = useLang((s) => s.lang);
  return (
    <table className="table paste-preview" data-testid="paste-preview">
      <thead>
        <tr>
          <th className="col-idx">{t('colLine')}</th>
          <th>{t('colDate')}</th>
          <th>{t('colUnit')}</th>
          <th>{t('colHeading')}</th>
          <th className="col-num">{t('colPoints')}</th>
          <th>{t('colReason')}</th>
          <th>{t('colCheck')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const server = refusal?.rows.get(r.line) ?? [];
          const wrong = (f: string) => (r.problems.some((p) => p.field === f) || server.some((m) => serverIssueField(m) === f) ? 'cell-bad' : undefined);
          return (
            <tr key={r.line} data-line={r.line} className={r.problems.length || server.length ? 'row-error' : undefined}>
              <td className="col-idx">{r.line}</td>
              <td className={wrong('date') ?? (r.warnings.length ? 'cell-warn' : undefined)}>{r.date}</td>
              <td className={wrong('unit')}>{r.unit}</td>
              <td className={wrong('heading')}>{r.heading}</td>
              <td className={`col-num ${wrong('points') ?? ''}`}>{r.points === null ? r.pointsText : formatPoints(r.points)}</td>
              <td className={wrong('reason')}>{r.reason}</td>
              <td className="row-check small">
                {r.problems.length === 0 && server.length === 0 && r.warnings.length === 0 ? (
                  <span className="ok-text">{refusal ? t('rowServerOk') : t('rowOk')}</span>
                ) : (
                  <ul>
                    {r.problems.map((p) => (
                      <li key={`${p.field}-${p.code}`}>{problemText(p, t)}</li>
                    ))}
                    {server.map((m) => (
                      <li key={m} data-testid="server-issue">
                        {t('serverSays', { msg: sayIssue(m, lang) })}
                      </li>
                    ))}
                    {r.warnings.map((w) => (
                      <li key={w.code} className="warn-text" data-testid="row-warning">
                        {warningText(w, t)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
