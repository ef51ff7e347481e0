// 录入一条: one entry of the chosen period — the same checks as a pasted row, then ledger:add.
import { useState } from 'react';
import { dayOf } from '../../../shared/format.ts';
import { useT } from '../../common/i18n.tsx';
import { seriesLedgerStrings } from '../strings/series-ledger.ts';
import { toast } from '../ui/toast.tsx';
import { ledgerRows, readRow, withDatesOutside, type PastedRow } from './ledger-paste.ts';
import { problemText, warningText } from './ledger-problems.ts';
import type { LedgerScope } from './ledger-scope.ts';
import { newCommandId, type SeriesDetail } from './series-api.ts';
import { activeUnits, nameOf, periodDateHint } from './series-model.ts';
import { runCommand } from './use-series.ts';

type Props = { series: SeriesDetail; scope: LedgerScope; by: string; done: () => Promise<void> };
const empty = { date: '', unitId: '', headingId: '', points: '', reason: '' };

export function LedgerAdd({ series, scope, by, done }: Props) {
  const t = useT(seriesLedgerStrings);
  const def = series.definition;
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const units = activeUnits(series, scope.tierId || undefined);
  const unit = units.find((u) => u.id === form.unitId);
  const [row] = withDatesOutside([readRow([form.date, unit?.name ?? '', nameOf(def.headings, form.headingId), form.points, form.reason], 1)], nameOf(def.periods, scope.periodId)) as [PastedRow];
  const touched = Object.values(form).some((v) => v !== '');
  const set = (patch: Partial<typeof empty>) => (setForm({ ...form, ...patch }), setError(null));
  const submit = async () => {
    const rows = ledgerRows([row]);
    if (!rows || !unit || !by) return;
    setBusy(true);
    const r = await runCommand(series.id, 'ledger:add', { periodId: scope.periodId, tierId: unit.tierId, by, rows }, newCommandId());
    setBusy(false);
    if (!r.ok) return setError(r.lines.map((m) => m.replace(/^(第\s*1\s*行[:：]|Row 1:)\s*/, '')).join('；'));
    toast(t('added'), 'ok');
    setForm({ ...empty, date: form.date, headingId: form.headingId });
    await done();
  };
  return (
    <section className="panel ledger-add">
      <header className="panel-head">
        <h2>{t('addHeading', { period: nameOf(def.periods, scope.periodId) })}</h2>
      </header>
      <form className="ledger-add-row" onSubmit={(e) => (e.preventDefault(), void submit())}>
        <label className="field">
          <span>{t('colDate')}</span>
          <input className="input" value={form.date} placeholder={periodDateHint(series, scope.periodId, dayOf(Date.now()))} onChange={(e) => set({ date: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('colUnit')}</span>
          <select className="input" value={form.unitId} onChange={(e) => set({ unitId: e.target.value })}>
            <option value="">{t('choose')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {scope.tierId ? u.name : `${u.name}（${nameOf(def.tiers, u.tierId)}）`}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('colHeading')}</span>
          <select className="input" value={form.headingId} onChange={(e) => set({ headingId: e.target.value })}>
            <option value="">{t('choose')}</option>
            {def.headings.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-points">
          <span>{t('colPointsSigned')}</span>
          <input className="input num" value={form.points} placeholder="+3 / -2" onChange={(e) => set({ points: e.target.value })} />
        </label>
        <label className="field field-reason">
          <span>{t('colReason')}</span>
          <input className="input" value={form.reason} maxLength={200} onChange={(e) => set({ reason: e.target.value })} />
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy || !by || row.problems.length > 0}>
          {t('add')}
        </button>
      </form>
      {touched && row.problems.some((p) => p.code !== 'missing') && <p className="field-error small pad-x">{row.problems.filter((p) => p.code !== 'missing').map((p) => problemText(p, t)).join('；')}</p>}
      {row.warnings.length > 0 && <p className="warn-text small pad-x">{row.warnings.map((w) => warningText(w, t)).join('；')}</p>}
      {!by && <p className="muted small pad-x">{t('needRecorder')}</p>}
      {error && (
        <p className="issues" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
