// Which page the host sees: the token gate, the contest list, a new contest, one contest, or a series.
import { useAuth } from './auth.ts';
import { ContestList } from './contests/contest-list.tsx';
import { ContestShell } from './contest-shell.tsx';
import { routeHash, useRoute } from './route.ts';
import { NewSeries } from './series/new-series.tsx';
import { SeriesPage } from './series/series-page.tsx';
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
  else if (route.page === 'new') page = <NewContest key={routeHash(route)} from={route.from} series={route.series} />;
  else if (route.page === 'series') page = <SeriesPage key={route.id} id={route.id} tab={route.tab} />;
  else if (route.page === 'newSeries') page = <NewSeries />;
  else page = <ContestShell key={route.id} id={route.id} tab={route.tab} />;
  return (
    <>
      {page}
      <Toasts />
      <Dialog />
    </>
  );
}
