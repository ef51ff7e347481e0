// A new contest: blank, or prefilled from another contest's definition ("copy as template"), and
// placed in a series' tier and period when opened from the series page (在此期新建比赛 or
// 复制为下期模板: criteria, judges, units and rules copied, never marks).
import { useEffect, useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { api } from '../api.ts';
import type { SeriesPlace } from '../route.ts';
import { commonStrings } from '../strings/common.ts';
import { setupStrings } from '../strings/setup.ts';
import { toast } from '../ui/toast.tsx';
import { TopBar } from '../ui/top-bar.tsx';
import { draftFromDefinition, emptyDraft, type Draft } from './draft.ts';
import { SetupForm } from './setup-form.tsx';

export function NewContest({ from, series }: { from: string | null; series?: SeriesPlace | undefined }) {
  const t = useT(setupStrings);
  const tc = useT(commonStrings);
  const place = (d: Draft): Draft => (series ? { ...d, series } : d);
  const [initial, setInitial] = useState<Draft | null>(from ? null : place(emptyDraft()));
  useEffect(() => {
    if (!from) return;
    api
      .get(from)
      .then((c) => setInitial(place(draftFromDefinition(c.definition))))
      .catch((e: unknown) => {
        toast(e instanceof Error ? e.message : String(e));
        setInitial(place(emptyDraft()));
      });
    // The route (from, series) is the key of this page: it remounts when either changes.
  }, [from]);
  return (
    <div className="page">
      <TopBar />
      <main className="setup-page">
        {initial ? <SetupForm initial={initial} heading={from ? t('copyHeading') : t('newHeading')} /> : <p className="muted">{tc('loading')}</p>}
      </main>
    </div>
  );
}
