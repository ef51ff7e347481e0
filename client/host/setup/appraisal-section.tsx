// 民主测评 in the setup form: on/off, the ballot (a preset or custom options), when voting opens,
// the weight in the final, the no-ballots rule and the electorate, each choice with one line on
// what it means. The server's issues under `appraisal` show here like every other section's.
import { useId } from 'react';
import { formatPercent } from '../../../shared/format.ts';
import { useT } from '../../common/i18n.tsx';
import { appraisalStrings } from '../strings/appraisal.ts';
import { choosePreset, emptyOption, type AppraisalDraft, type OptionRow } from './appraisal-draft.ts';
import { Field, issuesUnder, NumField, patchAt, rowHasIssue, RowButtons, Section, SectionIssues, TextInput } from './fields.tsx';

type Props = { appraisal: AppraisalDraft; set: (next: AppraisalDraft) => void; issues: string[] };

/** One radio group whose every choice carries a line of explanation (read out as its description). */
function Choice<V extends string>({ legend, name, value, choices, onChange }: {
  legend: string;
  name: string;
  value: V;
  choices: { value: V; label: string; hint: string }[];
  onChange: (v: V) => void;
}) {
  const id = useId();
  return (
    <fieldset className="plain choice-group" data-choice={name}>
      <legend className="field-label">{legend}</legend>
      {choices.map((c) => (
        <div key={c.value} className={c.value === value ? 'choice-card picked' : 'choice-card'}>
          <label className="check">
            <input type="radio" name={`${id}-${name}`} value={c.value} checked={c.value === value} aria-describedby={`${id}-${c.value}`} onChange={() => onChange(c.value)} />
            {c.label}
          </label>
          <span id={`${id}-${c.value}`} className="muted small">
            {c.hint}
          </span>
        </div>
      ))}
    </fieldset>
  );
}

function OptionsTable({ rows, set, issues }: { rows: OptionRow[]; set: (rows: OptionRow[]) => void; issues: string[] }) {
  const t = useT(appraisalStrings);
  return (
    <div className="appraisal-options">
      <table className="table edit-table" data-table="appraisal-options">
        <thead>
          <tr>
            <th className="col-idx">#</th>
            <th>{t('optName')}</th>
            <th className="col-num">{t('optPoints')}</th>
            <th>{t('optScored')}</th>
            <th>{t('optSatisfied')}</th>
            <th className="col-btns" />
          </tr>
        </thead>
        <tbody>
          {rows.map((o, i) => (
            <tr key={o.id ?? `new-${i}`} className={rowHasIssue(issues, 'appraisal.options', i) ? 'row-error' : undefined}>
              <td className="col-idx">{i + 1}</td>
              <td>
                <TextInput label={`${t('optName')} ${i + 1}`} value={o.name} onChange={(name) => set(patchAt(rows, i, { name }))} />
              </td>
              <td>
                {o.scored ? (
                  <NumField label={`${t('optPoints')} ${i + 1}`} value={o.points} min={0} onChange={(points) => set(patchAt(rows, i, { points }))} />
                ) : (
                  <span className="muted">{t('optNotScored')}</span>
                )}
              </td>
              <td>
                <input type="checkbox" className="cell-check" aria-label={`${t('optScored')} ${i + 1}`} checked={o.scored} onChange={(e) => set(patchAt(rows, i, { scored: e.target.checked }))} />
              </td>
              <td>
                <input type="checkbox" className="cell-check" aria-label={`${t('optSatisfied')} ${i + 1}`} checked={o.satisfied} onChange={(e) => set(patchAt(rows, i, { satisfied: e.target.checked }))} />
              </td>
              <td className="col-btns">
                <RowButtons list={rows} index={i} set={set} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn-small" onClick={() => set([...rows, emptyOption()])}>
        + {t('addOption')}
      </button>
    </div>
  );
}

export function AppraisalSection({ appraisal: a, set, issues }: Props) {
  const t = useT(appraisalStrings);
  const patch = (p: Partial<AppraisalDraft>) => set({ ...a, ...p });
  const pct = Number.isFinite(a.weightPercent) ? a.weightPercent : 0;
  return (
    <Section title={t('heading')}>
      <label className="check appraisal-on">
        <input type="checkbox" checked={a.on} onChange={(e) => patch({ on: e.target.checked })} />
        {t('on')}
      </label>
      {!a.on ? (
        <p className="muted small">{t('offHelp')}</p>
      ) : (
        <div className="appraisal-setup">
          <Choice
            legend={t('preset')}
            name="preset"
            value={a.preset}
            onChange={(preset) => set(choosePreset(a, preset))}
            choices={[
              { value: 'satisfaction', label: t('presetSatisfaction'), hint: t('presetSatisfactionHint') },
              { value: 'fourLevel', label: t('presetFourLevel'), hint: t('presetFourLevelHint') },
              { value: 'custom', label: t('presetCustom'), hint: t('presetCustomHint') },
            ]}
          />
          {/* A preset's options are its hint line; only a custom ballot is edited row by row. */}
          {a.preset === 'custom' && (
            <>
              <OptionsTable rows={a.custom} set={(custom) => patch({ custom })} issues={issues} />
              <p className="muted small">{t('optionsHelp')}</p>
            </>
          )}
          <div className="appraisal-grid">
            <Choice
              legend={t('opens')}
              name="opens"
              value={a.opens}
              onChange={(opens) => patch({ opens })}
              choices={[
                { value: 'perPresenter', label: t('opensPerPresenter'), hint: t('opensPerPresenterHint') },
                { value: 'atEnd', label: t('opensAtEnd'), hint: t('opensAtEndHint') },
              ]}
            />
            <Choice
              legend={t('electorate')}
              name="electorate"
              value={a.electorate}
              onChange={(electorate) => patch({ electorate })}
              choices={[
                { value: 'codes', label: t('electorateCodes'), hint: t('electorateCodesHint') },
                { value: 'open', label: t('electorateOpen'), hint: t('electorateOpenHint') },
              ]}
            />
            <div className="appraisal-weight">
              <Field label={t('weight')}>
                <NumField value={a.weightPercent} min={0} step={1} onChange={(weightPercent) => patch({ weightPercent })} />
              </Field>
              <span className={pct >= 100 ? 'small field-error' : 'small'} data-testid="appraisal-split">
                {pct >= 100 ? t('weightTooBig') : pct > 0 ? t('weightSplit', { j: formatPercent(100 - pct, 100), a: formatPercent(pct, 100) }) : t('weightZero')}
              </span>
              <Field label={t('noBallots')}>
                <select className="input" value={a.noBallots} onChange={(e) => patch({ noBallots: e.target.value === 'zero' ? 'zero' : 'judgesOnly' })}>
                  <option value="judgesOnly">{t('noBallotsJudges')}</option>
                  <option value="zero">{t('noBallotsZero')}</option>
                </select>
              </Field>
            </div>
          </div>
        </div>
      )}
      <SectionIssues issues={issuesUnder(issues, ['appraisal'])} />
    </Section>
  );
}
