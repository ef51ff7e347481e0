// The host console's address: which page a URL opens, the URL each page gets (so a reload or a
// bookmark comes back to the same place), and what navigating does to the browser's address.
// route.ts reads the address when it loads, so a small stand-in for the browser comes first.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Route } from '../../client/host/route.ts';

/** location.hash as browsers keep it: assigned "a=b", read back "#a=b"; empty stays empty. */
class FakeLocation {
  pathname = '/host';
  search = '';
  private h = '';
  get hash() {
    return this.h;
  }
  set hash(v: string) {
    const bare = v.replace(/^#/, '');
    this.h = bare ? `#${bare}` : '';
  }
}
const location = new FakeLocation();
const pushed: string[] = [];
const listeners: Record<string, (() => void)[]> = {};
vi.stubGlobal('location', location);
vi.stubGlobal('history', { pushState: (_s: unknown, _t: string, url: string) => (pushed.push(url), (location.hash = new URL(url, 'http://x').hash)) });
vi.stubGlobal('window', { addEventListener: (type: string, f: () => void) => (listeners[type] ??= []).push(f) });

let route: typeof import('../../client/host/route.ts');
beforeAll(async () => {
  location.hash = '#contest=c-opened&tab=results';
  route = await import('../../client/host/route.ts');
});
beforeEach(() => {
  pushed.length = 0;
});

describe('which page a URL opens', () => {
  it.each<[string, Route]>([
    ['', { page: 'list' }],
    ['#', { page: 'list' }],
    ['#contest=abc', { page: 'contest', id: 'abc', tab: 'run' }],
    ['#contest=abc&tab=access', { page: 'contest', id: 'abc', tab: 'access' }],
    ['#contest=abc&tab=results', { page: 'contest', id: 'abc', tab: 'results' }],
    ['#contest=abc&tab=honours', { page: 'contest', id: 'abc', tab: 'honours' }],
    ['#contest=abc&tab=setup', { page: 'contest', id: 'abc', tab: 'setup' }],
    ['#contest=abc&tab=notice', { page: 'contest', id: 'abc', tab: 'notice' }],
    ['#contest=abc&tab=nonsense', { page: 'contest', id: 'abc', tab: 'run' }],
    ['#contest=', { page: 'list' }],
    ['#new', { page: 'new', from: null }],
    ['#new&from=abc', { page: 'new', from: 'abc' }],
    ['#token=secret', { page: 'list' }],
  ])('%s → %j', (hash, expected) => {
    expect(route.parseHash(hash)).toEqual(expected);
  });

  it('opens the page that was in the address when the console loaded', () => {
    expect(route.useRoute.getState().route).toEqual({ page: 'contest', id: 'c-opened', tab: 'results' });
  });
});

describe('the URL of each page', () => {
  it('is short for the usual page: the run tab and the list carry nothing extra', () => {
    expect(route.routeHash({ page: 'list' })).toBe('');
    expect(route.routeHash({ page: 'contest', id: 'abc', tab: 'run' })).toBe('contest=abc');
    expect(route.routeHash({ page: 'contest', id: 'abc', tab: 'access' })).toBe('contest=abc&tab=access');
    expect(route.routeHash({ page: 'new', from: null })).toBe('new');
  });

  it.each<Route>([
    { page: 'contest', id: 'a&b=c#d', tab: 'setup' },
    { page: 'contest', id: '擂台 2025/6', tab: 'run' },
    { page: 'new', from: 'x+y z' },
    { page: 'list' },
  ])('opens the same page again after a reload: %j', (r) => {
    expect(route.parseHash(`#${route.routeHash(r)}`)).toEqual(r);
  });
});

describe('navigating', () => {
  it('writes the page into the address and shows it', () => {
    route.go({ page: 'contest', id: 'abc', tab: 'access' });
    expect(location.hash).toBe('#contest=abc&tab=access');
    expect(route.useRoute.getState().route).toEqual({ page: 'contest', id: 'abc', tab: 'access' });
  });

  it('back to the list clears the address without leaving "#"', () => {
    route.go({ page: 'contest', id: 'abc', tab: 'run' });
    route.go({ page: 'list' });
    expect(pushed).toEqual(['/host']);
    expect(location.hash).toBe('');
    expect(route.useRoute.getState().route).toEqual({ page: 'list' });
  });

  it('follows the browser’s back and forward buttons', () => {
    location.hash = '#new&from=abc';
    for (const f of listeners.hashchange ?? []) f();
    expect(route.useRoute.getState().route).toEqual({ page: 'new', from: 'abc' });
  });
});
