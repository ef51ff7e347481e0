// Criteria with their maxima and a running total, warned when it is not the usual 100.
import { useT } from '../../common/i18n.tsx';
import { setupStrings } from '../strings/setup.ts';
import { emptyCriterion, fullMarks, type CriterionRow } from './draft.ts';
import { issuesUnder, NumField, patchAt, rowHasIssue, RowButtons, Section, SectionIssues, TextInput } from './fields.tsx';

type Props = { criteria: CriterionRow[]; set: (criteria: CriterionRow[]) => void; issues: string[] };

export function CriteriaSection({ criteria, set, issues }: Props) {
  const t = useT(setupStrings);
  const total = Math.round(fullMarks(criteria) * 1000) / 1000;
  const totalNote =
    total === 100 ? (
      <span className="total-ok">{t('critTotal', { n: total })}</span>
    ) : (
      <span className="total-warn" role="status">
        ⚠ {t('critNot100', { n: total })}
      </span>
    );
  return (
    <Section title={t('criteria')} extra={totalNote}>
      <table className="table edit-table" data-table="criteria">
        <thead>
          <tr>
            <th className="col-idx">#</th>
            <th>{t('critName')}</th>
            <th className="col-num">{t('critMax')}</th>
            <th className="col-num" title={t('critWeightHelp')}>
              {t('critWeight')} <span aria-hidden="true">ⓘ</span>
            </th>
            <th>{t('critDesc')}</th>
            <th className="col-btns" />
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, i) => (
            <tr key={i} className={rowHasIssue(issues, 'criteria', i) ? 'row-error' : undefined}>
              <td className="col-idx">{i + 1}</td>
              <td>
                <TextInput label={`${t('critName')} ${i + 1}`} value={c.name} onChange={(name) => set(patchAt(criteria, i, { name }))} />
              </td>
              <td>
                <NumField label={`${t('critMax')} ${i + 1}`} value={c.max} min={0} onChange={(max) => set(patchAt(criteria, i, { max }))} />
              </td>
              <td>
                <NumField label={`${t('critWeight')} ${i + 1}`} value={c.weight} min={0} onChange={(weight) => set(patchAt(criteria, i, { weight }))} />
              </td>
              <td>
                <TextInput label={`${t('critDesc')} ${i + 1}`} value={c.description} onChange={(description) => set(patchAt(criteria, i, { description }))} />
              </td>
              <td className="col-btns">
                <RowButtons list={criteria} index={i} set={set} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn-small" onClick={() => set([...criteria, emptyCriterion()])}>
        + {t('addCriterion')}
      </button>
      <p className="muted small" data-testid="weight-help">
        {t('critWeightHelp')}
      </p>
      <SectionIssues issues={issuesUnder(issues, ['criteria'])} />
    </Section>
  );
}
