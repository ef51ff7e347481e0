// A new contest: blank, or prefilled from another contest's definition ("copy as template"), and
// placed in a series' tier and period when opened from the series page (在此期新建比赛 or
// 复制为下期模板: criteria, judges, units and rules copied, never marks).
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { api } from '../api.ts';
import type { SeriesPlace } from '../route.ts';
import { asCopy, carryToPeriod } from '../series/next-period.ts';
import { seriesApi } from '../series/series-api.ts';
import { setupStrings } from '../strings/setup.ts';
import { NotLoaded, useLoaded } from '../ui/loaded.tsx';
import { TopBar } from '../ui/top-bar.tsx';
import { draftFromDefinition, emptyDraft, type Draft } from './draft.ts';
import { SetupForm } from './setup-form.tsx';

/** A contest's draft as a template, marked a copy; moved to another period of its own series, it names the new one. */
async function copyOf(from: string, series: SeriesPlace | undefined): Promise<Draft> {
  const d = draftFromDefinition((await api.get(from)).definition);
  const was = d.series;
  if (!series || !was || was.seriesId !== series.seriesId || was.periodId === series.periodId) return asCopy(d);
  const periods = (await seriesApi.list()).find((x) => x.id === series.seriesId)?.periods ?? [];
  const name = (id: string) => periods.find((p) => p.id === id)?.name ?? '';
  return carryToPeriod(d, name(was.periodId), name(series.periodId));
}

export function NewContest({ from, series }: { from: string | null; series?: SeriesPlace | undefined }) {
  const t = useT(setupStrings);
  const place = (d: Draft): Draft => (series ? { ...d, series } : d);
  const [blank] = useState(() => place(emptyDraft()));
  // A template that did not load says why, with 重试 — not an empty form the host might take for it.
  // The route (from, series) is the key of this page: it remounts when either changes.
  const template = useLoaded(() => (from ? copyOf(from, series).then(place) : Promise.resolve(null)), from ?? '');
  const initial = from ? template.data : blank;
  return (
    <div className="page">
      <TopBar />
      <main className="setup-page">
        {initial ? <SetupForm initial={initial} heading={from ? t('copyHeading') : t('newHeading')} /> : <NotLoaded failed={template.failed} retry={template.retry} />}
      </main>
    </div>
  );
}
