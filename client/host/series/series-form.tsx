// Creating a series (POST /api/series) and editing one (series:define with the ids kept) share
// this form. The server's schema is the one judge: its issues are listed beside the form.
import { useState } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { sayIssue } from '../../../shared/issue-words.ts';
import { go } from '../route.ts';
import { seriesFormStrings } from '../strings/series-form.ts';
import { toast } from '../ui/toast.tsx';
import { Field, IssueText, issuesUnder, Section, SectionIssues, TextInput } from '../setup/fields.tsx';
import { compactSeriesDraft, seriesDefinitionFrom, type SeriesDraft } from './series-draft.ts';
import { NameList, PeriodList } from './series-lists.tsx';
import { SeriesRulesForm } from './series-rules-form.tsx';
import { seriesApi } from './series-api.ts';
import { runCommand } from './use-series.ts';

type Props = { initial: SeriesDraft; seriesId?: string; heading: string; saved?: () => Promise<void> };

export function SeriesForm({ initial, seriesId, heading, saved }: Props) {
  const t = useT(seriesFormStrings);
  const lang = useLang((s) => s.lang);
  // The server's issues keep their paths (fields are marked by them); people read one language.
  const say = (m: string) => sayIssue(m, lang);
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<SeriesDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    // Blank rows go first, so "periods[2]" in an answer is the third row shown.
    const compact = compactSeriesDraft(draft);
    setDraft(compact);
    setSaving(true);
    try {
      const definition = seriesDefinitionFrom(compact);
      if (seriesId) {
        const r = await runCommand(seriesId, 'series:define', { definition });
        if (!r.ok) return setIssues(r.issues.length ? r.issues : [r.message]);
        setIssues([]);
        toast(t('settingsSaved'), 'ok');
        await saved?.();
      } else {
        const made = await seriesApi.create(definition);
        toast(t('seriesCreated'), 'ok');
        go({ page: 'series', id: made.id, tab: 'overview' });
      }
    } catch (e) {
      const err = e as { issues?: string[]; message?: string };
      setIssues(err.issues?.length ? err.issues : [err.message ?? String(e)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <IssueText.Provider value={say}>
      <div className="setup-layout">
        <div className="setup-main">
          <h1>{heading}</h1>
          <Section title={t('basics')}>
            <div className="form-grid basics">
              <Field label={t('seriesName')} wide>
                <TextInput value={draft.name} placeholder={t('seriesNamePh')} onChange={(name) => set({ name })} />
              </Field>
              <Field label={t('issuer')} wide>
                <TextInput value={draft.issuer} placeholder={t('issuerPh')} onChange={(issuer) => set({ issuer })} />
              </Field>
            </div>
            <SectionIssues issues={issuesUnder(issues, ['name', 'issuer'])} />
          </Section>
          <NameList list="tiers" rows={draft.tiers} set={(tiers) => set({ tiers })} issues={issues} title={t('tiers')} label={t('tierName')} add={t('addTier')} help={t('tiersHelp')} />
          <PeriodList rows={draft.periods} set={(periods) => set({ periods })} issues={issues} />
          <NameList list="headings" rows={draft.headings} set={(headings) => set({ headings })} issues={issues} title={t('headings')} label={t('headingName')} add={t('addHeading')} help={t('headingsHelp')} />
          <SeriesRulesForm draft={draft} set={set} issues={issues} />
        </div>
        <aside className="setup-side">
          <div className="panel side-card">
            <button type="button" className="btn btn-primary btn-block" disabled={saving} onClick={() => void save()}>
              {saving ? t('saving') : seriesId ? t('saveSettings') : t('createSeries')}
            </button>
            <button type="button" className="btn btn-small btn-ghost-dark" onClick={() => go(seriesId ? { page: 'series', id: seriesId, tab: 'overview' } : { page: 'list' })}>
              {t('cancel')}
            </button>
            {issues.length > 0 ? (
              <div className="side-issues" role="alert">
                <h3>{t('issuesHeading')}</h3>
                <ul className="issues">
                  {issues.map((m) => (
                    <li key={m}>{say(m)}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="muted small">{seriesId ? t('settingsHelp') : t('createHelp')}</p>
            )}
          </div>
        </aside>
      </div>
    </IssueText.Provider>
  );
}
