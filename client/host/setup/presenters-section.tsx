// Presenters in their defined order (typed, or pasted from Excel: 单位⇥汇报人⇥职务).
import { samePresenter } from '../../../shared/roster.ts';
import { useT } from '../../common/i18n.tsx';
import { setupStrings } from '../strings/setup.ts';
import { emptyPresenter, type PresenterRow } from './draft.ts';
import { issuesUnder, patchAt, rowHasIssue, RowButtons, Section, SectionIssues, TextInput } from './fields.tsx';
import { pastePresenters } from './paste.ts';
import { mergeRows, PasteBox } from './paste-box.tsx';

type Props = { presenters: PresenterRow[]; set: (presenters: PresenterRow[]) => void; issues: string[] };

export function PresentersSection({ presenters, set, issues }: Props) {
  const t = useT(setupStrings);
  const paste = (text: string, replace: boolean) => {
    const rows = pastePresenters(text);
    set(mergeRows(presenters, rows, replace, samePresenter));
    return t('pastedRows', { n: rows.length });
  };
  return (
    <Section title={`${t('presenters')} (${presenters.length})`}>
      <table className="table edit-table" data-table="presenters">
        <thead>
          <tr>
            <th className="col-idx">#</th>
            <th>{t('unit')}</th>
            <th>{t('speaker')}</th>
            <th>{t('speakerTitle')}</th>
            <th className="col-btns" />
          </tr>
        </thead>
        <tbody>
          {presenters.map((p, i) => (
            <tr key={i} className={rowHasIssue(issues, 'presenters', i) ? 'row-error' : undefined}>
              <td className="col-idx">{i + 1}</td>
              <td>
                <TextInput label={`${t('unit')} ${i + 1}`} value={p.unit} onChange={(unit) => set(patchAt(presenters, i, { unit }))} />
              </td>
              <td>
                <TextInput label={`${t('speaker')} ${i + 1}`} value={p.speaker} onChange={(speaker) => set(patchAt(presenters, i, { speaker }))} />
              </td>
              <td>
                <TextInput label={`${t('speakerTitle')} ${i + 1}`} value={p.title} onChange={(title) => set(patchAt(presenters, i, { title }))} />
              </td>
              <td className="col-btns">
                <RowButtons list={presenters} index={i} set={set} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn-small" onClick={() => set([...presenters, emptyPresenter()])}>
        + {t('addPresenter')}
      </button>
      <PasteBox label={t('pastePresenters')} name="paste-presenters" onPaste={paste} />
      <SectionIssues issues={issuesUnder(issues, ['presenters'])} />
    </Section>
  );
}
