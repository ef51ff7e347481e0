// Editing an existing contest's definition: allowed by the server only while it is in setup.
import { useT } from '../../common/i18n.tsx';
import { api } from '../api.ts';
import { setupStrings } from '../strings/setup.ts';
import { NotLoaded, useLoaded } from '../ui/loaded.tsx';
import { draftFromDefinition } from './draft.ts';
import { SetupForm } from './setup-form.tsx';

export function EditContest({ id }: { id: string }) {
  const t = useT(setupStrings);
  const { data: loaded, failed, retry } = useLoaded(() => api.get(id).then((c) => ({ draft: draftFromDefinition(c.definition), locked: c.status !== 'setup' })), id);
  if (!loaded) return <NotLoaded failed={failed} retry={retry} />;
  return (
    <div className="setup-page">
      <SetupForm initial={loaded.draft} heading={t('editHeading')} contestId={id} locked={loaded.locked} />
    </div>
  );
}
