// Hash routing: #contest=ID&tab=run | #new[&from=ID][&series=S&tier=T&period=P] | #series=ID&tab=…
// | #newseries | (empty) for the contest list. The hash keeps the open page across reloads
// without touching the server's page routes.
import { create } from 'zustand';

export type Tab = 'run' | 'access' | 'results' | 'notice' | 'honours' | 'benchmark' | 'setup';
export type SeriesTab = 'overview' | 'units' | 'ledger' | 'standings' | 'honours' | 'settings';
/** Where a new contest goes in a series (prefills the setup form's 所属系列). */
export type SeriesPlace = { seriesId: string; tierId: string; periodId: string };
export type Route =
  | { page: 'list' }
  | { page: 'new'; from: string | null; series?: SeriesPlace }
  | { page: 'contest'; id: string; tab: Tab }
  | { page: 'series'; id: string; tab: SeriesTab }
  | { page: 'newSeries' };

const TABS: readonly Tab[] = ['run', 'access', 'results', 'notice', 'honours', 'benchmark', 'setup'];
export const SERIES_TABS: readonly SeriesTab[] = ['overview', 'units', 'ledger', 'standings', 'honours', 'settings'];

export function parseHash(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('contest');
  if (id) {
    const tab = params.get('tab');
    return { page: 'contest', id, tab: TABS.find((t) => t === tab) ?? 'run' };
  }
  const seriesId = params.get('series');
  if (params.has('new')) {
    const [tierId, periodId] = [params.get('tier'), params.get('period')];
    const series = seriesId && tierId && periodId ? { series: { seriesId, tierId, periodId } } : {};
    return { page: 'new', from: params.get('from'), ...series };
  }
  if (seriesId) {
    const tab = params.get('tab');
    return { page: 'series', id: seriesId, tab: SERIES_TABS.find((t) => t === tab) ?? 'overview' };
  }
  if (params.has('newseries')) return { page: 'newSeries' };
  return { page: 'list' };
}

export function routeHash(r: Route): string {
  const enc = encodeURIComponent;
  switch (r.page) {
    case 'list':
      return '';
    case 'new': {
      const from = r.from ? `&from=${enc(r.from)}` : '';
      const s = r.series ? `&series=${enc(r.series.seriesId)}&tier=${enc(r.series.tierId)}&period=${enc(r.series.periodId)}` : '';
      return `new${from}${s}`;
    }
    case 'contest':
      return `contest=${enc(r.id)}${r.tab === 'run' ? '' : `&tab=${r.tab}`}`;
    case 'series':
      return `series=${enc(r.id)}${r.tab === 'overview' ? '' : `&tab=${r.tab}`}`;
    case 'newSeries':
      return 'newseries';
  }
}

export const useRoute = create<{ route: Route }>(() => ({ route: parseHash(location.hash) }));

window.addEventListener('hashchange', () => useRoute.setState({ route: parseHash(location.hash) }));

export function go(r: Route): void {
  const hash = routeHash(r);
  if (hash === location.hash.replace(/^#/, '')) return;
  if (hash) location.hash = hash;
  else history.pushState(null, '', location.pathname + location.search);
  useRoute.setState({ route: r });
}
