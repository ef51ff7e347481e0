// A new contest: blank, or prefilled from another contest's definition ("copy as template").
import { useEffect, useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { api } from '../api.ts';
import { commonStrings } from '../strings/common.ts';
import { setupStrings } from '../strings/setup.ts';
import { toast } from '../ui/toast.tsx';
import { TopBar } from '../ui/top-bar.tsx';
import { draftFromDefinition, emptyDraft, type Draft } from './draft.ts';
import { SetupForm } from './setup-form.tsx';

export function NewContest({ from }: { from: string | null }) {
  const t = useT(setupStrings);
  const tc = useT(commonStrings);
  const [initial, setInitial] = useState<Draft | null>(from ? null : emptyDraft());
  useEffect(() => {
    if (!from) return;
    api
      .get(from)
      .then((c) => setInitial(draftFromDefinition(c.definition)))
      .catch((e: unknown) => {
        toast(e instanceof Error ? e.message : String(e));
        setInitial(emptyDraft());
      });
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
