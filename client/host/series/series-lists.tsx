// The series form's lists: tiers, periods (with their kind, and the twelve months of a year in
// one click) and ledger headings. A row keeps its id however it is renamed or moved.
import { useState } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { seriesFormStrings } from '../strings/series-form.ts';
import { issuesUnder, patchAt, rowHasIssue, RowButtons, Section, SectionIssues, TextInput } from '../setup/fields.tsx';
import { monthsOf, type NamedRow, type PeriodKind, type PeriodRow } from './series-draft.ts';
import { dayOf } from '../../../shared/format.ts';

type ListProps<T> = { rows: T[]; set: (rows: T[]) => void; issues: string[] };

export function NameList({ rows, set, issues, list, title, label, add, help }: ListProps<NamedRow> & { list: 'tiers' | 'headings'; title: string; label: string; add: string; help: string }) {
  return (
    <Section title={title}>
      <p className="muted small">{help}</p>
      <table className="table edit-table" data-table={list}>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id ?? `new-${i}`} className={rowHasIssue(issues, list, i) ? 'row-error' : undefined}>
              <td className="col-idx">{i + 1}</td>
              <td>
                <TextInput label={`${label} ${i + 1}`} value={r.name} onChange={(name) => set(patchAt(rows, i, { name }))} />
              </td>
              <td className="col-btns">
                <RowButtons list={rows} index={i} set={set} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn-small" onClick={() => set([...rows, { name: '' }])}>
        + {add}
      </button>
      <SectionIssues issues={issuesUnder(issues, [list])} />
    </Section>
  );
}

export function PeriodList({ rows, set, issues }: ListProps<PeriodRow>) {
  const t = useT(seriesFormStrings);
  const lang = useLang((s) => s.lang);
  const [year, setYear] = useState(dayOf(Date.now()).slice(0, 4));
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const monthName = (m: number) => (lang === 'zh' ? `${year}年${m}月` : `${months[m - 1]} ${year}`);
  const kinds: [PeriodKind, string][] = [
    ['month', t('kindMonth')],
    ['quarter', t('kindQuarter')],
    ['issue', t('kindIssue')],
  ];
  return (
    <Section title={t('periods')}>
      <p className="muted small">{t('periodsHelp')}</p>
      <table className="table edit-table" data-table="periods">
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id ?? `new-${i}`} className={rowHasIssue(issues, 'periods', i) ? 'row-error' : undefined}>
              <td className="col-idx">{i + 1}</td>
              <td>
                <TextInput label={`${t('periodName')} ${i + 1}`} value={r.name} onChange={(name) => set(patchAt(rows, i, { name }))} />
              </td>
              <td className="col-kind">
                <select className="input" aria-label={`${t('periodKind')} ${i + 1}`} value={r.kind} onChange={(e) => set(patchAt(rows, i, { kind: e.target.value as PeriodKind }))}>
                  {kinds.map(([k, label]) => (
                    <option key={k} value={k}>
                      {label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="col-btns">
                <RowButtons list={rows} index={i} set={set} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row-gap">
        <button type="button" className="btn btn-small" onClick={() => set([...rows, { name: '', kind: 'month' }])}>
          + {t('addPeriod')}
        </button>
        <span className="muted small">{t('orMonths')}</span>
        <input className="input year-input" aria-label={t('year')} inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
        <button type="button" className="btn btn-small" disabled={!/^\d{4}$/.test(year)} onClick={() => set(monthsOf(Number(year), rows, monthName))}>
          {t('addMonths')}
        </button>
      </div>
      <SectionIssues issues={issuesUnder(issues, ['periods'])} />
    </Section>
  );
}
