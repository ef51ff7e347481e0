// Which page the host sees: the token gate, the contest list, a new contest, or one contest.
import { useAuth } from './auth.ts';
import { ContestList } from './contests/contest-list.tsx';
import { ContestShell } from './contest-shell.tsx';
import { useRoute } from './route.ts';
import { NewContest } from './setup/new-contest.tsx';
import { TokenGate } from './token-gate.tsx';
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
