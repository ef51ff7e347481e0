// 单位: each tier's units with the names they had, renamed (a reason required) or merged into
// the right unit when a typo made a duplicate — unit:rename / unit:merge, never an edit in place.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { seriesStrings } from '../strings/series.ts';
import { toast } from '../ui/toast.tsx';
import type { SeriesDetail, SeriesUnitLine } from './series-api.ts';
import { activeUnits, mergeMoves, nameOf, unitsOf } from './series-model.ts';
import { FormModal } from './form-modal.tsx';
import { runCommand } from './use-series.ts';

type Props = { series: SeriesDetail; reload: () => Promise<void> };
type Editing = { kind: 'rename' | 'merge'; unit: SeriesUnitLine } | null;

export function UnitsTab({ series, reload }: Props) {
  const t = useT(seriesStrings);
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <div className="series-page">
      <p className="muted">{t('unitsHelp')}</p>
      <div className="units-tiers">
        {series.definition.tiers.map((tier) => {
          const units = unitsOf(series, tier.id);
          return (
            <section key={tier.id} className="panel" data-tier={tier.id}>
              <header className="panel-head">
                <h2>{tier.name}</h2>
                <span className="muted small">{t('unitCount', { n: units.filter((u) => !u.mergedInto).length })}</span>
              </header>
              {units.length === 0 ? (
                <p className="muted pad">{t('noUnits')}</p>
              ) : (
                <table className="table units-table">
                  <thead>
                    <tr>
                      <th>{t('colUnit')}</th>
                      <th>{t('colFormer')}</th>
                      <th className="col-num">{t('colContests')}</th>
                      <th className="col-num">{t('colEntries')}</th>
                      <th>{t('colActions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {units.map((u) => {
                      const moves = mergeMoves(series, u.id);
                      return (
                        <tr key={u.id} data-unit={u.id} className={u.mergedInto ? 'merged' : undefined}>
                          <td className="strong">{u.name}</td>
                          <td className="muted small">
                            {u.mergedInto ? t('mergedInto', { name: nameOf(series.units, u.mergedInto) }) : u.formerNames.length ? u.formerNames.join('、') : '—'}
                          </td>
                          <td className="col-num">{moves.contests.length}</td>
                          <td className="col-num">{moves.entries.length}</td>
                          <td>
                            {!u.mergedInto && (
                              <div className="row-gap">
                                <button type="button" className="btn btn-small" onClick={() => setEditing({ kind: 'rename', unit: u })}>
                                  {t('rename')}
                                </button>
                                <button type="button" className="btn btn-small" disabled={activeUnits(series, u.tierId).length < 2} onClick={() => setEditing({ kind: 'merge', unit: u })}>
                                  {t('merge')}
                                </button>
                              </div>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
            </section>
          );
        })}
      </div>
      {editing?.kind === 'rename' && <RenameDialog series={series} unit={editing.unit} close={() => setEditing(null)} reload={reload} />}
      {editing?.kind === 'merge' && <MergeDialog series={series} unit={editing.unit} close={() => setEditing(null)} reload={reload} />}
    </div>
  );
}

type DialogProps = { series: SeriesDetail; unit: SeriesUnitLine; close: () => void; reload: () => Promise<void> };

function RenameDialog({ series, unit, close, reload }: DialogProps) {
  const t = useT(seriesStrings);
  const [name, setName] = useState(unit.name);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const r = await runCommand(series.id, 'unit:rename', { unitId: unit.id, name: name.trim(), reason: reason.trim() });
    setBusy(false);
    if (!r.ok) return setError(r.message);
    toast(t('renamed', { from: unit.name, to: name.trim() }), 'ok');
    close();
    await reload();
  };
  return (
    <FormModal title={t('renameTitle', { name: unit.name })} confirm={t('renameConfirm')} cancel={t('cancel')} busy={busy} canConfirm={!!name.trim() && !!reason.trim()} error={error} onConfirm={() => void submit()} onCancel={close}>
      <label className="field">
        <span>{t('newName')}</span>
        <input className="input" value={name} maxLength={40} autoFocus onChange={(e) => (setName(e.target.value), setError(null))} />
      </label>
      <label className="field">
        <span>{t('reasonRequired')}</span>
        <input className="input" value={reason} maxLength={200} onChange={(e) => (setReason(e.target.value), setError(null))} />
      </label>
      <p className="muted small">{t('renameHelp')}</p>
    </FormModal>
  );
}

function MergeDialog({ series, unit, close, reload }: DialogProps) {
  const t = useT(seriesStrings);
  const others = activeUnits(series, unit.tierId).filter((u) => u.id !== unit.id);
  const [into, setInto] = useState(others[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const moves = mergeMoves(series, unit.id);
  const target = nameOf(series.units, into);
  const submit = async () => {
    setBusy(true);
    const r = await runCommand(series.id, 'unit:merge', { from: unit.id, into, reason: reason.trim() });
    setBusy(false);
    if (!r.ok) return setError(r.message);
    toast(t('merged', { from: unit.name, into: target }), 'ok');
    close();
    await reload();
  };
  return (
    <FormModal title={t('mergeTitle', { name: unit.name })} confirm={t('mergeConfirm')} cancel={t('cancel')} danger busy={busy} canConfirm={!!into && !!reason.trim()} error={error} onConfirm={() => void submit()} onCancel={close}>
      <label className="field">
        <span>{t('mergeInto')}</span>
        <select className="input" value={into} onChange={(e) => (setInto(e.target.value), setError(null))}>
          {others.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <div className="merge-moves" data-testid="merge-moves">
        <p className="strong">{t('mergeMovesHead', { from: unit.name, into: target })}</p>
        <ul>
          <li>{moves.contests.length ? t('movesContests', { n: moves.contests.length, titles: moves.contests.map((c) => c.title).join('、') }) : t('movesNoContests')}</li>
          <li>{t('movesEntries', { n: moves.entries.length })}</li>
          <li>{t('movesName', { from: [unit.name, ...unit.formerNames].join('、'), into: target })}</li>
        </ul>
        <p className="muted small">{t('mergeFinal')}</p>
      </div>
      <label className="field">
        <span>{t('reasonRequired')}</span>
        <input className="input" value={reason} maxLength={200} onChange={(e) => (setReason(e.target.value), setError(null))} />
      </label>
    </FormModal>
  );
}
