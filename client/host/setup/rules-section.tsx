// Time limits, scoring arithmetic, overtime penalty, tie-breaks and what the reveal shows.
import { useT } from '../../common/i18n.tsx';
import { formatDuration } from '../../../shared/format.ts';
import { ratingStrings } from '../strings/rating.ts';
import { setupStrings } from '../strings/setup.ts';
import type { Rules } from './draft.ts';
import { Field, issuesUnder, NumField, Section, SectionIssues, TextInput } from './fields.tsx';
import { TieBreakEditor } from './tie-break-editor.tsx';

/** `rating`: a 评比 has no report, Q&A or clock, so their rules are hidden (kept in the draft). */
type Props = { rules: Rules; criteria: string[]; set: (patch: Partial<Rules>) => void; issues: string[]; rating?: boolean };

export function RulesSection({ rules: r, criteria, set, issues, rating = false }: Props) {
  const t = useT(setupStrings);
  const tr = useT(ratingStrings);
  const mins = (s: number) => (Number.isFinite(s) && s > 0 ? t('minutes', { m: formatDuration(s) }) : '');
  return (
    <Section title={t('rules')}>
      {rating && (
        <p className="muted small" data-testid="rating-rules-note">
          {tr('ratingRulesNote')}
        </p>
      )}
      <div className="form-grid rules">
        {!rating && (
          <>
            <Field label={`${t('reportSeconds')}${mins(r.reportSeconds)}`}>
              <NumField value={r.reportSeconds} min={10} step={1} onChange={(reportSeconds) => set({ reportSeconds })} />
            </Field>
            <Field label={`${t('qaSeconds')}${mins(r.qaSeconds)}`}>
              <NumField value={r.qaSeconds} min={0} step={1} onChange={(qaSeconds) => set({ qaSeconds })} />
            </Field>
            <Field label={t('warnAt')}>
              <TextInput value={r.warnAt} onChange={(warnAt) => set({ warnAt })} />
            </Field>
          </>
        )}
        <Field label={t('scoreStep')}>
          <NumField value={r.scoreStep} min={0} onChange={(scoreStep) => set({ scoreStep })} />
        </Field>
        <Field label={t('method')}>
          <select className="input" value={r.method} onChange={(e) => set({ method: e.target.value === 'mean' ? 'mean' : 'trimmed' })}>
            <option value="trimmed">{t('methodTrimmed')}</option>
            <option value="mean">{t('methodMean')}</option>
          </select>
        </Field>
        <Field label={t('dropHighest')}>
          <NumField value={r.method === 'trimmed' ? r.dropHighest : 0} min={0} step={1} onChange={(dropHighest) => set({ dropHighest })} />
        </Field>
        <Field label={t('dropLowest')}>
          <NumField value={r.method === 'trimmed' ? r.dropLowest : 0} min={0} step={1} onChange={(dropLowest) => set({ dropLowest })} />
        </Field>
        <Field label={t('scope')}>
          <select className="input" value={r.scope} onChange={(e) => set({ scope: e.target.value === 'criterion' ? 'criterion' : 'total' })}>
            <option value="total">{t('scopeTotal')}</option>
            <option value="criterion">{t('scopeCriterion')}</option>
          </select>
        </Field>
        <Field label={t('decimals')}>
          <NumField value={r.decimals} min={0} step={1} onChange={(decimals) => set({ decimals })} />
        </Field>
        <Field label={t('rounding')}>
          <select className="input" value={r.rounding} onChange={(e) => set({ rounding: e.target.value === 'eachStep' ? 'eachStep' : 'final' })}>
            <option value="final">{t('roundFinal')}</option>
            <option value="eachStep">{t('roundEach')}</option>
          </select>
        </Field>
      </div>
      {!rating && (
        <div className="form-grid rules penalty">
          <label className="check">
            <input type="checkbox" checked={r.penaltyOn} onChange={(e) => set({ penaltyOn: e.target.checked })} />
            {t('penaltyOn')}
          </label>
          <Field label={t('penaltyEvery')}>
            <NumField value={r.penalty.everySeconds} min={1} step={1} onChange={(everySeconds) => set({ penalty: { ...r.penalty, everySeconds } })} />
          </Field>
          <Field label={t('penaltyPoints')}>
            <NumField value={r.penalty.points} min={0} onChange={(points) => set({ penalty: { ...r.penalty, points } })} />
          </Field>
          <Field label={t('penaltyMax')}>
            <NumField value={r.penalty.max} min={0} onChange={(max) => set({ penalty: { ...r.penalty, max } })} />
          </Field>
        </div>
      )}
      <TieBreakEditor value={r.tieBreak} criteria={criteria} set={(tieBreak) => set({ tieBreak })} />
      <label className="check">
        <input type="checkbox" checked={r.revealJudgeNames} onChange={(e) => set({ revealJudgeNames: e.target.checked })} />
        {t('revealNames')}
      </label>
      {!rating && (
        <div className="form-grid rules questions">
          <label className="check">
            <input type="checkbox" checked={r.qAutoShow} onChange={(e) => set({ qAutoShow: e.target.checked })} />
            {t('qAutoShow')}
          </label>
          <label className="check">
            <input type="checkbox" checked={r.qAnonymous} onChange={(e) => set({ qAnonymous: e.target.checked })} />
            {t('qAnonymous')}
          </label>
          <Field label={`${t('answerSeconds')}${mins(r.answerSeconds)}`}>
            <NumField value={r.answerSeconds} min={0} step={1} onChange={(answerSeconds) => set({ answerSeconds })} />
          </Field>
        </div>
      )}
      <SectionIssues issues={issuesUnder(issues, ['rules'])} />
    </Section>
  );
}
