import { useT } from '../../common/i18n.tsx';
import { setupStrings } from '../strings/setup.ts';
import type { Draft } from './draft.ts';
import { Field, issuesUnder, Section, SectionIssues, TextInput } from './fields.tsx';

type Props = { draft: Draft; set: (patch: Partial<Draft>) => void; issues: string[] };

export function BasicsSection({ draft, set, issues }: Props) {
  const t = useT(setupStrings);
  return (
    <Section title={t('basics')}>
      <div className="form-grid basics">
        <Field label={t('title')} wide>
          <TextInput value={draft.title} placeholder={t('titlePh')} onChange={(title) => set({ title })} />
        </Field>
        <Field label={t('theme')} wide>
          <TextInput value={draft.theme} onChange={(theme) => set({ theme })} />
        </Field>
        <Field label={t('date')}>
          <input className="input" type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
        </Field>
        <Field label={t('tier')}>
          <TextInput value={draft.tier} placeholder={t('tierPh')} onChange={(tier) => set({ tier })} />
        </Field>
        <Field label={t('venue')} wide>
          <TextInput value={draft.venue} onChange={(venue) => set({ venue })} />
        </Field>
      </div>
      <SectionIssues issues={issuesUnder(issues, ['title', 'theme', 'date', 'tier', 'venue'])} />
    </Section>
  );
}
