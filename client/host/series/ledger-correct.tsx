// 更正: a new entry that replaces one (new points, heading, date, unit or period) with a reason of
// its own; points 0 withdraws an entry made in error. The corrected entry stays in the list, struck
// through. A date outside the chosen period is said, as in the paste's preview.
import { useState } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { formatDate, formatPoints } from '../../../shared/format.ts';
import { isCalendarDate, pointsWellFormed } from '../../../shared/series/ledger.ts';
import { seriesLedgerStrings } from '../strings/series-ledger.ts';
import { toast } from '../ui/toast.tsx';
import { FormModal } from './form-modal.tsx';
import { normaliseDate, readPoints } from './ledger-paste.ts';
import { dateOutsidePeriod } from './period-month.ts';
import { newCommandId, type LedgerEntryLine, type SeriesDetail } from './series-api.ts';
import { activeUnits, nameOf, unitLabel } from './series-model.ts';
import { runCommand } from './use-series.ts';

type Props = { series: SeriesDetail; entry: LedgerEntryLine; by: string; close: () => void; done: () => Promise<void> };

export function LedgerCorrect({ series, entry, by, close, done }: Props) {
  const t = useT(seriesLedgerStrings);
  const lang = useLang((s) => s.lang);
  const def = series.definition;
  const [points, setPoints] = useState(String(entry.points));
  const [headingId, setHeadingId] = useState(entry.headingId);
  const [date, setDate] = useState(entry.date);
  // The unit it counts for now (a unit merged since: the one it went into), and its period.
  const [unitId, setUnitId] = useState(() => series.units.find((u) => u.id === entry.unitId)?.mergedInto ?? entry.unitId);
  const [periodId, setPeriodId] = useState(entry.periodId);
  const units = activeUnits(series);
  const tiers = new Set(units.map((u) => u.tierId)).size;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Made once for this dialog: a double click corrects once.
  const [commandId] = useState(newCommandId);
  const value = readPoints(points);
  const day = normaliseDate(date);
  const problems = [
    ...(value === null || !pointsWellFormed(value) ? [t('pPointsForm')] : []),
    ...(!isCalendarDate(day) ? [t('pDateInvalid')] : []),
  ];
  const period = nameOf(def.periods, periodId);
  const outside = isCalendarDate(day) && dateOutsidePeriod(day, period);
  const submit = async () => {
    if (value === null || !by) return;
    setBusy(true);
    const payload = {
      corrects: entry.id,
      points: value,
      reason: reason.trim(),
      by,
      ...(day !== entry.date ? { date: day } : {}),
      ...(headingId !== entry.headingId ? { headingId } : {}),
      ...(unitId !== entry.unitId ? { unitId } : {}),
      ...(periodId !== entry.periodId ? { periodId } : {}),
    };
    const r = await runCommand(series.id, 'ledger:correct', payload, commandId);
    setBusy(false);
    if (!r.ok) return setError(r.lines.join('；'));
    toast(t('corrected'), 'ok');
    close();
    await done();
  };
  return (
    <FormModal
      title={t('correctTitle', { id: entry.id })}
      confirm={t('correctConfirm')}
      cancel={t('cancel')}
      busy={busy}
      canConfirm={problems.length === 0 && !!reason.trim() && !!by}
      error={error ?? (problems.length ? problems.join('；') : null)}
      onConfirm={() => void submit()}
      onCancel={close}
    >
      <p className="muted">
        {t('correctWas', { date: formatDate(entry.date, lang), unit: unitLabel(series, entry.unitId), heading: nameOf(def.headings, entry.headingId), points: formatPoints(entry.points), reason: entry.reason })}
      </p>
      <div className="correct-grid">
        <label className="field">
          <span>{t('newPoints')}</span>
          <input className="input num" value={points} autoFocus onChange={(e) => (setPoints(e.target.value), setError(null))} />
        </label>
        <label className="field">
          <span>{t('colHeading')}</span>
          <select className="input" value={headingId} onChange={(e) => setHeadingId(e.target.value)}>
            {def.headings.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('colDate')}</span>
          <input className="input" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('colUnit')}</span>
          <select className="input" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {tiers > 1 ? `${u.name}（${nameOf(def.tiers, u.tierId)}）` : u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('correctPeriod')}</span>
          <select className="input" value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
            {def.periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {outside && (
        <p className="warn-text small" data-testid="correct-date-outside">
          {t('wDateOutside', { period })}
        </p>
      )}
      <label className="field">
        <span>{t('correctReason')}</span>
        <input className="input" value={reason} maxLength={200} onChange={(e) => (setReason(e.target.value), setError(null))} />
      </label>
      <p className="muted small">{t('correctHelp')}</p>
      {!by && <p className="field-error small">{t('needRecorder')}</p>}
    </FormModal>
  );
}
