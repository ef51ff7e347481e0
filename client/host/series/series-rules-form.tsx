// The series form's rules: the period score, the cumulative standing, the tie-break chain and
// the boards — each as docs/series.md defines it.
import { useT } from '../../common/i18n.tsx';
import type { TieBreak } from '../../../shared/series/definition.ts';
import { seriesFormStrings } from '../strings/series-form.ts';
import { seriesStrings } from '../strings/series.ts';
import { Field, issuesUnder, NumField, Section, SectionIssues } from '../setup/fields.tsx';
import type { SeriesDraft } from './series-draft.ts';

type Props = { draft: SeriesDraft; set: (patch: Partial<SeriesDraft>) => void; issues: string[] };

export function SeriesRulesForm({ draft, set, issues }: Props) {
  const t = useT(seriesFormStrings);
  const ts = useT(seriesStrings);
  const ties: [TieBreak, string][] = [
    ['contest', ts('tieContest')],
    ['ledger', ts('tieLedger')],
    ['latestPeriod', ts('tieLatest')],
  ];
  return (
    <Section title={t('rulesHeading')}>
      <div className="form-grid rules">
        <Field label={t('contestWeight')}>
          <NumField value={draft.contestWeight} min={0} label={t('contestWeight')} onChange={(contestWeight) => set({ contestWeight })} />
        </Field>
        <Field label={t('ledgerWeight')}>
          <NumField value={draft.ledgerWeight} min={0} label={t('ledgerWeight')} onChange={(ledgerWeight) => set({ ledgerWeight })} />
        </Field>
        <Field label={t('decimals')}>
          <NumField value={draft.decimals} min={0} step={1} label={t('decimals')} onChange={(decimals) => set({ decimals })} />
        </Field>
        <span className="muted small">{t('periodScoreHelp')}</span>
        <Field label={t('method')}>
          <select className="input" value={draft.method} onChange={(e) => set({ method: e.target.value as SeriesDraft['method'] })}>
            <option value="sum">{t('methodSum')}</option>
            <option value="average">{t('methodAverage')}</option>
            <option value="rankPoints">{t('methodRankPoints')}</option>
          </select>
        </Field>
        {draft.method === 'rankPoints' && (
          <Field label={t('rankPoints')}>
            <input className="input" value={draft.rankPoints} onChange={(e) => set({ rankPoints: e.target.value })} />
          </Field>
        )}
        {draft.method === 'average' && (
          <Field label={t('absentRule')}>
            <select className="input" value={draft.absent} onChange={(e) => set({ absent: e.target.value as SeriesDraft['absent'] })}>
              <option value="skip">{t('absentSkip')}</option>
              <option value="zero">{t('absentZero')}</option>
            </select>
          </Field>
        )}
      </div>
      <div className="form-grid rules series-ties">
        {draft.tieBreak.map((x, i) => (
          <Field key={i} label={t('tieN', { n: i + 1 })}>
            <select className="input" value={x} onChange={(e) => set({ tieBreak: draft.tieBreak.map((y, j) => (j === i ? (e.target.value as TieBreak | '') : y)) })}>
              <option value="">{t('tieNone')}</option>
              {ties.map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
        ))}
        <span className="muted small">{t('tieHelp')}</span>
      </div>
      <div className="form-grid rules series-boards">
        <Field label={t('redRule')}>
          <select className="input" value={draft.redBy} onChange={(e) => set({ redBy: e.target.value as SeriesDraft['redBy'] })}>
            <option value="top">{t('redTop')}</option>
            <option value="atLeast">{t('redAtLeast')}</option>
          </select>
        </Field>
        <Field label={draft.redBy === 'top' ? t('countN') : t('scoreX')}>
          <NumField value={draft.red} label={t('redValue')} onChange={(red) => set({ red })} />
        </Field>
        <Field label={t('blackRule')}>
          <select className="input" value={draft.blackBy} onChange={(e) => set({ blackBy: e.target.value as SeriesDraft['blackBy'] })}>
            <option value="bottom">{t('blackBottom')}</option>
            <option value="atMost">{t('blackAtMost')}</option>
          </select>
        </Field>
        <Field label={draft.blackBy === 'bottom' ? t('countN') : t('scoreX')}>
          <NumField value={draft.black} label={t('blackValue')} onChange={(black) => set({ black })} />
        </Field>
      </div>
      <SectionIssues issues={issuesUnder(issues, ['decimals', 'periodScore', 'cumulative', 'tieBreak', 'boards'])} />
    </Section>
  );
}
