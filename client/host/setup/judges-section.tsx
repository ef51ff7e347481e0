// Judge groups with weights, and the judges (typed, or pasted from Excel: 姓名⇥职务⇥组别).
import { formatPercent } from '../../../shared/format.ts';
import { sameJudge } from '../../../shared/roster.ts';
import { useT } from '../../common/i18n.tsx';
import { setupStrings } from '../strings/setup.ts';
import { emptyJudge, type Draft, type GroupRow, type JudgeRow } from './draft.ts';
import { issuesUnder, NumField, patchAt, rowHasIssue, RowButtons, Section, SectionIssues, TextInput } from './fields.tsx';
import { missingGroups, pasteJudges } from './paste.ts';
import { mergeRows, PasteBox } from './paste-box.tsx';

type Props = { draft: Draft; set: (patch: Partial<Draft>) => void; issues: string[] };

export function JudgesSection({ draft, set, issues }: Props) {
  const t = useT(setupStrings);
  const { judges, judgeGroups: groups } = draft;
  const setJudges = (next: JudgeRow[]) => set({ judges: next });
  const setGroups = (next: GroupRow[]) => set({ judgeGroups: next });
  // Judges follow a renamed group, so renaming does not orphan them.
  const renameGroup = (i: number, name: string) => {
    const old = groups[i]?.name;
    set({
      judgeGroups: patchAt(groups, i, { name }),
      judges: old ? judges.map((j) => (j.group === old ? { ...j, group: name } : j)) : judges,
    });
  };
  const weightSum = groups.reduce((s, g) => s + (Number.isFinite(g.weight) ? g.weight : 0), 0);

  const paste = (text: string, replace: boolean) => {
    const rows = pasteJudges(text);
    const added = missingGroups(rows, groups);
    set({ judges: mergeRows(judges, rows, replace, sameJudge), judgeGroups: [...groups, ...added] });
    const note = t('pastedRows', { n: rows.length });
    return added.length ? `${note}；${t('groupsAdded', { names: added.map((g) => g.name).join('、') })}` : note;
  };

  return (
    <Section title={`${t('judges')} (${judges.length})`}>
      <div className="judges-layout">
        <div className="groups-box">
          <h3>{t('groups')}</h3>
          <p className="muted small">{t('groupsHelp')}</p>
          {groups.length > 0 && (
            <table className="table edit-table" data-table="groups">
              <thead>
                <tr>
                  <th>{t('groupName')}</th>
                  <th className="col-num">{t('groupWeight')}</th>
                  <th className="col-num col-share">{t('groupShare')}</th>
                  <th className="col-btns" />
                </tr>
              </thead>
              <tbody>
                {groups.map((g, i) => (
                  <tr key={i} className={rowHasIssue(issues, 'judgeGroups', i) ? 'row-error' : undefined}>
                    <td>
                      <TextInput label={`${t('groupName')} ${i + 1}`} value={g.name} onChange={(name) => renameGroup(i, name)} />
                    </td>
                    <td>
                      <NumField label={`${t('groupWeight')} ${i + 1}`} value={g.weight} min={0} onChange={(weight) => setGroups(patchAt(groups, i, { weight }))} />
                    </td>
                    <td className="col-num muted">{weightSum > 0 && Number.isFinite(g.weight) ? formatPercent(g.weight, weightSum) : '—'}</td>
                    <td className="col-btns">
                      <RowButtons list={groups} index={i} set={setGroups} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button type="button" className="btn btn-small" onClick={() => setGroups([...groups, { name: '', weight: 1 }])}>
            + {t('addGroup')}
          </button>
        </div>
        <div className="judges-box">
          <table className="table edit-table" data-table="judges">
            <thead>
              <tr>
                <th className="col-idx">#</th>
                <th className="col-jname">{t('judgeName')}</th>
                {/* The rest of the width: titles run long ("县人大常委会副主任"). */}
                <th>{t('judgeTitle')}</th>
                <th className="col-group">{t('judgeGroup')}</th>
                <th className="col-btns" />
              </tr>
            </thead>
            <tbody>
              {judges.map((j, i) => (
                <tr key={i} className={rowHasIssue(issues, 'judges', i) ? 'row-error' : undefined}>
                  <td className="col-idx">{i + 1}</td>
                  <td>
                    <TextInput label={`${t('judgeName')} ${i + 1}`} value={j.name} onChange={(name) => setJudges(patchAt(judges, i, { name }))} />
                  </td>
                  <td>
                    <TextInput label={`${t('judgeTitle')} ${i + 1}`} value={j.title} onChange={(title) => setJudges(patchAt(judges, i, { title }))} />
                  </td>
                  <td>
                    <select className="input" aria-label={`${t('judgeGroup')} ${i + 1}`} value={j.group} onChange={(e) => setJudges(patchAt(judges, i, { group: e.target.value }))}>
                      <option value="">{t('noGroup')}</option>
                      {groups.filter((g) => g.name.trim()).map((g) => (
                        <option key={g.name} value={g.name}>
                          {g.name}
                        </option>
                      ))}
                      {j.group && !groups.some((g) => g.name === j.group) && <option value={j.group}>{j.group} ⚠</option>}
                    </select>
                  </td>
                  <td className="col-btns">
                    <RowButtons list={judges} index={i} set={setJudges} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="btn btn-small" onClick={() => setJudges([...judges, emptyJudge()])}>
            + {t('addJudge')}
          </button>
          <PasteBox label={t('pasteJudges')} name="paste-judges" onPaste={paste} />
        </div>
      </div>
      <SectionIssues issues={issuesUnder(issues, ['judges', 'judgeGroups'])} />
    </Section>
  );
}
