import { useLang, useT, type Lang } from '../../common/i18n.tsx';
import { ratingStrings } from '../strings/rating.ts';
import { setupStrings } from '../strings/setup.ts';
import { normaliseDate } from '../series/ledger-paste.ts';
import type { Draft } from './draft.ts';
import { Field, issuesUnder, Section, SectionIssues, TextInput } from './fields.tsx';

type Props = { draft: Draft; set: (patch: Partial<Draft>) => void; issues: string[] };

/**
 * The typed date read back in the interface's language. A native date input would show the
 * browser's locale (mm/dd/yyyy on an English Windows) beside a Chinese form.
 */
export function readableDate(iso: string, lang: Lang): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return null;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(d);
}

export function BasicsSection({ draft, set, issues }: Props) {
  const t = useT(setupStrings);
  const tr = useT(ratingStrings);
  const lang = useLang((s) => s.lang);
  // Read as saving reads it (2026-3-5 and 2026年3月5日 are taken): not 请按 年-月-日 填写 for a date that saves.
  const readable = draft.date.trim() ? readableDate(normaliseDate(draft.date), lang) : null;
  return (
    <Section title={t('basics')}>
      <div className="kind-choice" role="radiogroup" aria-label={tr('kind')} data-testid="kind-choice">
        <span className="kind-label">{tr('kind')}</span>
        {(['arena', 'rating'] as const).map((kind) => (
          <label key={kind} className={draft.kind === kind ? 'choice picked' : 'choice'}>
            <input type="radio" name="contest-kind" value={kind} checked={draft.kind === kind} onChange={() => set({ kind })} />
            {kind === 'arena' ? tr('kindArena') : tr('kindRating')}
          </label>
        ))}
      </div>
      <div className="form-grid basics">
        <Field label={t('title')} wide>
          <TextInput value={draft.title} placeholder={t('titlePh')} onChange={(title) => set({ title })} />
        </Field>
        <Field label={t('theme')} wide>
          <TextInput value={draft.theme} onChange={(theme) => set({ theme })} />
        </Field>
        <Field label={t('date')}>
          <input className="input" inputMode="numeric" placeholder={t('datePh')} value={draft.date} onChange={(e) => set({ date: e.target.value })} />
          {draft.date.trim() && (
            <span className={readable ? 'muted small' : 'small field-error'} data-testid="date-readable">
              {readable ?? t('dateBad')}
            </span>
          )}
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
