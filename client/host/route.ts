// Hash routing: #contest=ID&tab=run | #new[&from=ID] | (empty) for the contest list. The hash
// keeps the open contest across reloads without touching the server's page routes.
import { create } from 'zustand';

export type Tab = 'run' | 'access' | 'results' | 'setup';
export type Route = { page: 'list' } | { page: 'new'; from: string | null } | { page: 'contest'; id: string; tab: Tab };

const TABS: readonly Tab[] = ['run', 'access', 'results', 'setup'];

export function parseHash(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('contest');
  if (id) {
    const tab = params.get('tab');
    return { page: 'contest', id, tab: TABS.find((t) => t === tab) ?? 'run' };
  }
  if (params.has('new')) return { page: 'new', from: params.get('from') };
  return { page: 'list' };
}

export function routeHash(r: Route): string {
  if (r.page === 'list') return '';
  if (r.page === 'new') return r.from ? `new&from=${encodeURIComponent(r.from)}` : 'new';
  return `contest=${encodeURIComponent(r.id)}${r.tab === 'run' ? '' : `&tab=${r.tab}`}`;
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
