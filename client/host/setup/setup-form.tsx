// The whole setup form: sections on the left, save/import/export and the server's verdict on the
// right. Saving sends the definition as is; the server's zod schema is the one judge of validity.
import { useMemo, useRef, useState } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { api, ApiError } from '../api.ts';
import { go } from '../route.ts';
import { setupStrings } from '../strings/setup.ts';
import { toast } from '../ui/toast.tsx';
import { AppraisalSection } from './appraisal-section.tsx';
import { BasicsSection } from './basics-section.tsx';
import { CriteriaSection } from './criteria-section.tsx';
import { compactDraft, definitionFromDraft, emptyDraft, parseImported, withSpareRows, type Draft } from './draft.ts';
import { IssueText } from './fields.tsx';
import { describeIssue, stillOpen } from './issue-text.ts';
import { JudgesSection } from './judges-section.tsx';
import { LockedSeries } from './locked-series.tsx';
import { PresentersSection } from './presenters-section.tsx';
import { RulesSection } from './rules-section.tsx';
import { SeriesSection } from './series-section.tsx';
import { TrimWarning } from './trim-warning.tsx';

type Props = { initial: Draft; heading: string; contestId?: string; locked?: boolean };

export function SetupForm({ initial, heading, contestId, locked = false }: Props) {
  const t = useT(setupStrings);
  const [draft, setDraft] = useState(initial);
  const lang = useLang((s) => s.lang);
  // What the server said at the last save; shown only while the form still has each problem.
  const [reported, setIssues] = useState<string[]>([]);
  const issues = useMemo(() => stillOpen(reported, draft), [reported, draft]);
  const issueText = (raw: string) => describeIssue(raw, draft, lang);
  // A file that could not be loaded: its problems are the file's, not the form's, so they are
  // read against no rows and stay until the next file or save.
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    // Blank spare rows go before sending, so "judges[2]" in an answer is the third row shown.
    const compact = compactDraft(draft);
    setDraft(withSpareRows(compact));
    setSaving(true);
    try {
      const def = definitionFromDraft(compact);
      const links = contestId ? await api.update(contestId, def) : await api.create(def);
      setIssues([]);
      setFileProblems([]);
      toast(contestId ? t('saved') : t('created'), 'ok');
      if (!contestId) go({ page: 'contest', id: links.id, tab: 'access' });
    } catch (e) {
      if (e instanceof ApiError && e.issues.length > 0) setIssues(e.issues);
      // A refused series link (unknown tier, a unit named twice) is also wrong_state: its own words then.
      else if (e instanceof ApiError && e.code === 'wrong_state') setIssues([compact.series ? e.message : t('wrongState')]);
      else setIssues([e instanceof Error ? e.message : String(e)]);
    } finally {
      setSaving(false);
    }
  };

  const exportJson = () => {
    const blob = new Blob([JSON.stringify(definitionFromDraft(draft), null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${draft.title.trim() || 'leitai-contest'}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const importJson = async (file: File | undefined) => {
    if (!file) return;
    const result = parseImported(await file.text());
    if (result.ok) {
      setDraft(result.draft);
      setIssues(result.issues);
      setFileProblems([]);
      toast(result.issues.length === 0 ? t('imported') : t('importedWithIssues', { n: result.issues.length }), result.issues.length === 0 ? 'ok' : 'error');
    } else setFileProblems(result.issues);
    if (fileRef.current) fileRef.current.value = '';
  };

  const criteriaNames = draft.criteria.map((c) => c.name.trim());
  return (
    <div className="setup-layout">
      <div className="setup-main">
        <h1>{heading}</h1>
        {locked && (
          <div className="banner" role="status">
            {t('locked')}
            {contestId && (
              <button type="button" className="btn btn-small" onClick={() => go({ page: 'new', from: contestId })}>
                {t('copyAsTemplate')}
              </button>
            )}
          </div>
        )}
        {/* Started: 所属系列 alone stays open, saved on its own. */}
        {locked && contestId && <LockedSeries contestId={contestId} initial={draft.series} units={draft.presenters.map((p) => p.unit)} about={{ tier: draft.tier, date: draft.date || null }} />}
        <IssueText.Provider value={issueText}>
          <fieldset className="plain" disabled={locked}>
            <BasicsSection draft={draft} set={set} issues={issues} />
            {!locked && <SeriesSection series={draft.series} set={(series) => set({ series })} issues={issues} units={draft.presenters.map((p) => p.unit)} about={{ tier: draft.tier, date: draft.date || null }} />}
            <CriteriaSection criteria={draft.criteria} set={(criteria) => set({ criteria })} issues={issues} />
            <JudgesSection draft={draft} set={set} issues={issues} />
            <PresentersSection presenters={draft.presenters} set={(presenters) => set({ presenters })} issues={issues} />
            <RulesSection rules={draft.rules} criteria={criteriaNames} set={(p) => set({ rules: { ...draft.rules, ...p } })} issues={issues} rating={draft.kind === 'rating'} />
            <TrimWarning draft={draft} />
            <AppraisalSection appraisal={draft.appraisal} set={(appraisal) => set({ appraisal })} issues={issues} />
          </fieldset>
        </IssueText.Provider>
      </div>
      <aside className="setup-side">
        <div className="panel side-card">
          <button type="button" className="btn btn-primary btn-block" disabled={locked || saving} onClick={() => void save()}>
            {saving ? t('saving') : contestId ? t('save') : t('saveCreate')}
          </button>
          <div className="row-gap">
            <button type="button" className="btn btn-small" disabled={locked} onClick={() => fileRef.current?.click()}>
              {t('importJson')}
            </button>
            <button type="button" className="btn btn-small" onClick={exportJson}>
              {t('exportJson')}
            </button>
            <button type="button" className="btn btn-small btn-ghost-dark" onClick={() => go(contestId ? { page: 'contest', id: contestId, tab: 'run' } : { page: 'list' })}>
              {t('cancel')}
            </button>
          </div>
          <input ref={fileRef} type="file" accept="application/json,.json" hidden onChange={(e) => void importJson(e.target.files?.[0])} />
          {fileProblems.length > 0 && (
            <div className="side-issues" role="alert" data-testid="import-problems">
              <h3>{t('importFailed')}</h3>
              <ul className="issues">
                {fileProblems.map((m) => (
                  <li key={m}>{describeIssue(m, emptyDraft(), lang)}</li>
                ))}
              </ul>
            </div>
          )}
          {issues.length > 0 ? (
            <div className="side-issues" role="alert">
              <h3>{t('issuesHeading')}</h3>
              <ul className="issues">
                {issues.map((m) => (
                  <li key={m}>{issueText(m)}</li>
                ))}
              </ul>
            </div>
          ) : (
            fileProblems.length === 0 && <p className="muted small">{t('noIssues')}</p>
          )}
        </div>
      </aside>
    </div>
  );
}
