// 表彰 tab of a contest: its certificates (honours-panel.tsx), read again whenever the
// contest's results move; the 擂主 and ranks print once it has finished.
import { useHostView } from '../host-session.ts';
import { HonoursPanel } from './honours-panel.tsx';

export function HonoursPage({ id }: { id: string }) {
  const view = useHostView();
  return (
    <HonoursPanel
      owner={{ kind: 'contest', id }}
      refresh={view?.rev ?? 0}
      first="champions"
      provisional={view?.contest.status !== 'finished'}
      fileStem={view?.contest.title ?? ''}
    />
  );
}
