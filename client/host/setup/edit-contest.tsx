// Editing an existing contest's definition: allowed by the server only while it is in setup.
import { useEffect, useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { api } from '../api.ts';
import { commonStrings } from '../strings/common.ts';
import { setupStrings } from '../strings/setup.ts';
import { toast } from '../ui/toast.tsx';
import { draftFromDefinition, type Draft } from './draft.ts';
import { SetupForm } from './setup-form.tsx';

export function EditContest({ id }: { id: string }) {
  const t = useT(setupStrings);
  const tc = useT(commonStrings);
  const [loaded, setLoaded] = useState<{ draft: Draft; locked: boolean } | null>(null);
  useEffect(() => {
    api
      .get(id)
      .then((c) => setLoaded({ draft: draftFromDefinition(c.definition), locked: c.status !== 'setup' }))
      .catch((e: unknown) => toast(e instanceof Error ? e.message : String(e)));
  }, [id]);
  if (!loaded) return <p className="muted pad">{tc('loading')}</p>;
  return (
    <div className="setup-page">
      <SetupForm initial={loaded.draft} heading={t('editHeading')} contestId={id} locked={loaded.locked} />
    </div>
  );
}
