// The values of one comparison, period by period, with the share as the chart shows it; a
// period can be removed, or entered (again: a period entered again replaces its row).
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { formatAmount, formatShare } from '../../../shared/format.ts';
import { shareOf } from '../../../shared/benchmark/share.ts';
import { benchmarkStrings } from '../strings/benchmark.ts';
import type { PresenterBoardLine, Send } from './benchmark-api.ts';
import { readAmount } from './values-paste.ts';

type Props = { board: PresenterBoardLine; benchmarkId: string; indicatorId: string; send: Send };

export function ValuesTable({ board, benchmarkId, indicatorId, send }: Props) {
  const t = useT(benchmarkStrings);
  const rows = board.values.filter((v) => v.benchmarkId === benchmarkId && v.indicatorId === indicatorId);
  const pair = { benchmarkId, indicatorId };
  const [row, setRow] = useState({ period: '', own: '', theirs: '', target: false });
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    const r = await send('values:set', { ...pair, rows: [{ period: row.period.trim(), own: readAmount(row.own), theirs: readAmount(row.theirs), target: row.target }] });
    if (r.ok) setRow({ period: '', own: '', theirs: '', target: false });
    setError(r.ok ? null : r.lines.join('；'));
  };
  return (
    <div className="values-table">
      <table className="table" data-testid="values-table">
        <thead>
          <tr>
            <th>{t('colPeriod')}</th>
            <th className="col-num">{t('colOwn')}</th>
            <th className="col-num">{t('colTheirs')}</th>
            <th className="col-num">{t('colShare')}</th>
            <th>{t('colTarget')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                {t('noValues')}
              </td>
            </tr>
          )}
          {rows.map((v) => (
            <tr key={v.period} className={v.target ? 'row-target' : undefined}>
              <td>{v.period}</td>
              <td className="col-num">{formatAmount(v.own)}</td>
              <td className="col-num">{formatAmount(v.theirs)}</td>
              <td className="col-num">
                <b>{formatShare(shareOf(v.own, v.theirs).share)}</b>
              </td>
              <td>{v.target ? t('colTarget') : ''}</td>
              <td>
                <button type="button" className="btn btn-small btn-ghost" onClick={() => void send('value:remove', { ...pair, period: v.period })}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="add-form"
        data-testid="add-value"
        onSubmit={(e) => {
          e.preventDefault();
          if (row.period.trim()) void add();
        }}
      >
        <input className="input input-period" aria-label={t('colPeriod')} placeholder={t('periodPh')} value={row.period} onChange={(e) => setRow({ ...row, period: e.target.value })} />
        <input className="input input-num" aria-label={t('colOwn')} placeholder={t('colOwn')} inputMode="decimal" value={row.own} onChange={(e) => setRow({ ...row, own: e.target.value })} />
        <input className="input input-num" aria-label={t('colTheirs')} placeholder={t('colTheirs')} inputMode="decimal" value={row.theirs} onChange={(e) => setRow({ ...row, theirs: e.target.value })} />
        <label className="check small">
          <input type="checkbox" checked={row.target} onChange={(e) => setRow({ ...row, target: e.target.checked })} /> {t('targetCheck')}
        </label>
        <button type="submit" className="btn btn-small" disabled={!row.period.trim()}>
          {t('addRow')}
        </button>
      </form>
      {error && (
        <p className="field-error small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
