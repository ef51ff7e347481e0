// The host token: arrives once in the address (#token=…), is remembered on this laptop and
// removed from the address bar at once, so it does not end up on the projector or in history.
import { create } from 'zustand';

const KEY = 'leitai:hostToken';

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export const useAuth = create<{ token: string | null }>(() => ({ token: stored() }));

export function setToken(token: string): void {
  localStorage.setItem(KEY, token);
  useAuth.setState({ token });
}

export function clearToken(): void {
  localStorage.removeItem(KEY);
  useAuth.setState({ token: null });
}

/** Moves `#token=…` from the address into storage; keeps any other hash parameters. */
export function takeTokenFromHash(): void {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = params.get('token');
  if (!token) return;
  setToken(token);
  params.delete('token');
  const rest = params.toString();
  history.replaceState(null, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
}
