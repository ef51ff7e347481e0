// 所属系列: the series, tier and period a contest belongs to (or none). Saving links its
// presenters to the tier's units by name (docs/contest-definition.md `series`).
import type { ReactNode } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { NewUnits } from '../series/new-units.tsx';
import { PlacePicker } from '../series/place-picker.tsx';
import { guessPlace } from '../series/series-model.ts';
import { seriesApi } from '../series/series-api.ts';
import { setupSeriesStrings } from '../strings/series-form.ts';
import { NotLoaded, useLoaded } from '../ui/loaded.tsx';
import { formatDate } from '../../../shared/format.ts';
import { normaliseDate } from '../series/ledger-paste.ts';
import { dateOutsidePeriod } from '../series/period-month.ts';
import type { Draft } from './draft.ts';
import { Field, issuesUnder, Section, SectionIssues } from './fields.tsx';

type Props = { series: Draft['series']; set: (series: Draft['series']) => void; issues: string[]; units: string[]; /** The contest's 参赛对象 and date: where a series first places it (guessPlace). */ about: { tier: string; date: string | null }; /** After the start: its own save (locked-series.tsx). */ footer?: ReactNode };

export function SeriesSection({ series, set, issues, units, about, footer }: Props) {
  const t = useT(setupSeriesStrings);
  // Until the list is here the choices cannot be drawn: a linked contest would seem unlinked (its
  // series not among the options) or linked to a series this server does not hold.
  const { data: list, failed, retry } = useLoaded(() => seriesApi.list(), 'series');
  const chosen = list?.find((s) => s.id === series?.seriesId) ?? null;
  const pick = (seriesId: string) => {
    const s = list?.find((x) => x.id === seriesId);
    set(s ? { seriesId: s.id, ...guessPlace(s, about) } : null);
  };
  return (
    <Section title={t('section')}>
      {!list && <NotLoaded failed={failed} retry={retry} />}
      {list && (
        <div className="form-grid basics" data-testid="series-choice">
          <Field label={t('series')} wide>
            <select className="input" value={series?.seriesId ?? ''} onChange={(e) => pick(e.target.value)}>
              <option value="">{t('none')}</option>
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              {/* A series this server does not hold (an imported file): kept, and the server says so on save. */}
              {series && !chosen && <option value={series.seriesId}>{series.seriesId}</option>}
            </select>
          </Field>
          {series && (
            <PlacePicker
              def={chosen ?? { tiers: [], periods: [] }}
              tierId={series.tierId}
              periodId={series.periodId}
              setTierId={(tierId) => set({ ...series, tierId })}
              setPeriodId={(periodId) => set({ ...series, periodId })}
            />
          )}
        </div>
      )}
      {series && chosen && <DateOutside date={about.date} period={chosen.periods.find((p) => p.id === series.periodId)?.name ?? ''} />}
      {series && <NewUnits place={series} units={units} />}
      <p className="muted small">{series ? t('helpLinked') : t('helpNone')}</p>
      <SectionIssues issues={issuesUnder(issues, ['series'])} />
      {footer}
    </Section>
  );
}

/** A date outside the period's month (last month's, left in a copy) is printed on the certificates and the notice: said before saving. */
function DateOutside({ date, period }: { date: string | null; period: string }) {
  const t = useT(setupSeriesStrings);
  const lang = useLang((s) => s.lang);
  const iso = normaliseDate(date ?? '');
  if (!dateOutsidePeriod(iso, period)) return null;
  return (
    <p className="warn-text small" data-testid="date-outside">
      {t('dateOutside', { date: formatDate(iso, lang), period })}
    </p>
  );
}
