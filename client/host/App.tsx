// Which page the host sees: the token gate, the contest list, a new contest, or one contest.
import { useAuth } from './auth.ts';
import { ContestList } from './contests/ContestList.tsx';
import { ContestShell } from './ContestShell.tsx';
import { useRoute } from './route.ts';
import { NewContest } from './setup/NewContest.tsx';
import { TokenGate } from './TokenGate.tsx';
import { Dialog } from './ui/dialog.tsx';
import { Toasts } from './ui/toast.tsx';

export function App() {
  const token = useAuth((s) => s.token);
  const route = useRoute((s) => s.route);
  let page;
  if (!token) page = <TokenGate />;
  else if (route.page === 'list') page = <ContestList />;
  else if (route.page === 'new') page = <NewContest key={route.from ?? ''} from={route.from} />;
  else page = <ContestShell key={route.id} id={route.id} tab={route.tab} />;
  return (
    <>
      {page}
      <Toasts />
      <Dialog />
    </>
  );
}
