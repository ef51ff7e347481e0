// Tie-breaks in order: "lessOvertime" or "criterion:NAME", chosen from the criteria defined above.
import { useT } from '../../common/i18n.tsx';
import { setupStrings } from '../strings/setup.ts';
import { patchAt, RowButtons } from './fields.tsx';

type Props = { value: string[]; criteria: string[]; set: (next: string[]) => void };

export function TieBreakEditor({ value, criteria, set }: Props) {
  const t = useT(setupStrings);
  const options = ['lessOvertime', ...criteria.filter(Boolean).map((c) => `criterion:${c}`)];
  const label = (o: string) => (o === 'lessOvertime' ? t('tieLessOvertime') : t('tieCriterion', { name: o.slice('criterion:'.length) }));
  const unused = options.filter((o) => !value.includes(o));
  const first = unused[0];
  const rows = value.map((v) => ({ v }));
  return (
    <div className="tie-breaks">
      <span className="field-label">{t('tieBreak')}</span>
      {value.length === 0 && <span className="muted small">{t('noTieBreak')}</span>}
      <ol>
        {value.map((v, i) => (
          <li key={`${v}-${i}`}>
            <select className="input" value={v} onChange={(e) => set(patchAt(rows, i, { v: e.target.value }).map((r) => r.v))}>
              {[v, ...unused].map((o) => (
                <option key={o} value={o}>
                  {options.includes(o) ? label(o) : `${o} ⚠`}
                </option>
              ))}
            </select>
            <RowButtons list={value} index={i} set={set} />
          </li>
        ))}
      </ol>
      {first !== undefined && (
        <button type="button" className="btn btn-small" onClick={() => set([...value, first])}>
          + {t('addTieBreak')}
        </button>
      )}
    </div>
  );
}
