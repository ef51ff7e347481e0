// The one module that joins a role's socket to its zustand store: full view on every
// (re)connect, newer revisions only, a measured server clock offset, acked commands, and retries
// after the refusals that time can cure (retry.ts).
import { io, type Socket } from 'socket.io-client';
import { create } from 'zustand';
import type { Ack, ClientToServerEvents, CommandPayload, CommandType, HandshakeAuth, ServerToClientEvents, View } from '../../shared/protocol/index.ts';
import { isPublicRole } from '../../shared/protocol/public-role.ts';
import { unpack } from '../../shared/compact.ts';
import { newCommandId } from './ids.ts';
import { RETRY_BASE_MS, retryDelayMs } from './retry.ts';
import { applyViewPatch, holdsPatchResult } from './view-patch.ts';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'denied';

export interface SessionState<V extends View> {
  view: V | null;
  status: ConnectionStatus;
  /** Why the server refused us (bad or revoked link), in the server's words. */
  denied: string | null;
  /** serverNow ≈ Date.now() + offsetMs. */
  offsetMs: number;
}

export type Send = <T extends CommandType>(
  type: T,
  payload: Omit<CommandPayload<T>, 'commandId'> & { commandId?: string },
  timeoutMs?: number,
) => Promise<Ack>;

export interface Session<V extends View> {
  useSession: import('zustand').UseBoundStore<import('zustand').StoreApi<SessionState<V>>>;
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  send: Send;
  refresh: () => void;
  /** Disconnects for good and stops the clock sync (e.g. when the host opens another contest). */
  close: () => void;
}

/** Best of a few ping round trips: the sample with the shortest round trip is the most exact. */
async function measureOffset(socket: Socket<ServerToClientEvents, ClientToServerEvents>): Promise<number | null> {
  let best: { rtt: number; offset: number } | null = null;
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    const serverNow = await new Promise<number | null>((resolve) => {
      socket.timeout(2000).emit('clock:ping', (err: Error | null, n?: number) => resolve(err ? null : (n ?? null)));
    });
    const t1 = Date.now();
    if (serverNow === null) continue;
    const sample = { rtt: t1 - t0, offset: serverNow - (t0 + t1) / 2 };
    if (!best || sample.rtt < best.rtt) best = sample;
  }
  return best ? best.offset : null;
}

/**
 * Whether what the server sent is a view for this role. `view:get` answers an error object
 * instead (`{ ok: false, code, message }`, e.g. when the contest is gone); stored as the view,
 * it would blank the page, so anything else leaves the last good view in place. A shape check,
 * not a zod parse: the phones' bundle stays free of zod.
 */
export function isViewFor<V extends View>(role: HandshakeAuth['role'], x: unknown): x is V {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return o.role === role && typeof o.rev === 'number' && Number.isFinite(o.rev);
}

/** Refusals that no retry with the same `auth` can change: the page shows the server's words. */
const FINAL = new Set(['unauthorized', 'not_found', 'invalid', 'forbidden', 'use_authority']);

export interface SessionOptions {
  /** The first wait after `unavailable` (retry.ts); tests shorten it. */
  retryBaseMs?: number;
}

export function createSession<V extends View>(auth: HandshakeAuth, url?: string, { retryBaseMs = RETRY_BASE_MS }: SessionOptions = {}): Session<V> {
  const useSession = create<SessionState<V>>(() => ({ view: null, status: 'connecting', denied: null, offsetMs: 0 }));
  // After the full view on connecting, changes come as patches (docs/protocol.md §3). The hall's
  // pages take the compact form too (`views: 'compact'`): a connect storm of phones carries under
  // half the bytes. The host and the judges do not: their views are packed before the acks are
  // sent, and a laptop and fifteen phones gain too little from it to be worth ~1 ms per commit.
  const views = isPublicRole(auth.role) ? ('compact' as const) : ('patch' as const);
  const opts = { auth: { ...auth, views }, transports: ['websocket', 'polling'], reconnectionDelayMax: 3000 };
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = url ? io(url, opts) : io(opts);
  // The view as it came (compact form, carrying `seq`): what the next patch applies to. The store
  // holds it unpacked, as the pages read it. (An edge sends whole views, which unpack to themselves.)
  let wire: View | null = null;
  const take = (w: View) => {
    wire = w;
    useSession.setState({ view: unpack(w) as V });
  };

  const syncClock = () => void measureOffset(socket).then((o) => o !== null && useSession.setState({ offsetMs: o }));
  let retry: ReturnType<typeof setTimeout> | undefined;
  let unavailableTries = 0;
  socket.on('connect', () => {
    clearTimeout(retry);
    unavailableTries = 0;
    useSession.setState({ status: 'online', denied: null });
    syncClock();
  });
  socket.on('disconnect', () => useSession.getState().status !== 'denied' && useSession.setState({ status: 'offline' }));
  // Socket.IO does not retry a refusal by the server by itself: the ones time can cure are retried here.
  const retryIn = (ms: number) => {
    clearTimeout(retry);
    retry = setTimeout(() => useSession.getState().status !== 'denied' && !socket.connected && socket.connect(), ms);
  };
  socket.on('connect_error', (err: Error & { data?: { code?: string; retryAfterSeconds?: number } }) => {
    const code = err.data?.code;
    if (code !== undefined && FINAL.has(code)) {
      useSession.setState({ status: 'denied', denied: err.message });
      socket.disconnect();
      return;
    }
    // Not an error page: "connecting" (no view yet) or "reconnecting" (the last view kept) while we wait.
    useSession.setState({ status: 'offline' });
    // Too many wrong host tokens from this address: try again once the wait it named is over.
    if (code === 'rate_limited') retryIn((err.data?.retryAfterSeconds ?? 60) * 1000);
    // An edge that cannot reach the main server, or speaks another version than it while an
    // upgrade is under way (docs/protocol.md §8): it may be back in seconds.
    if (code === 'unavailable' || code === 'version_mismatch') retryIn(retryDelayMs(unavailableTries++, Math.random, retryBaseMs));
  });
  socket.on('session:revoked', (info) => {
    useSession.setState({ status: 'denied', denied: info.reason });
    socket.disconnect();
  });
  socket.on('view', (v) => {
    if (!isViewFor<V>(auth.role, v)) return;
    const cur = useSession.getState().view;
    // Revisions only grow; an equal one may carry presence changes for the host.
    if (!cur || v.rev >= cur.rev) take(v);
  });
  // A patch applies only to the exact view it was made from (same `seq`); anything else — a
  // patch lost while reconnecting, a view from before — means asking for the full view again,
  // unless the view held is already the patch's result (a view:get answer overtook it).
  socket.on('view:patch', (patch) => {
    if (holdsPatchResult(wire, patch)) return;
    const next = applyViewPatch(wire, patch);
    if (next && isViewFor<V>(auth.role, next)) take(next);
    else refresh();
  });
  const clockTimer = setInterval(() => socket.connected && syncClock(), 60_000);
  // socket.io notices a dead link only after its ping timeout (~45 s); the browser knows at once.
  const onOffline = () => {
    if (useSession.getState().status !== 'denied') socket.disconnect();
    useSession.setState((s) => (s.status === 'denied' ? s : { status: 'offline' }));
  };
  const onOnline = () => useSession.getState().status !== 'denied' && socket.connect();
  if (typeof window !== 'undefined') {
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
  }
  const close = () => {
    clearInterval(clockTimer);
    clearTimeout(retry);
    if (typeof window !== 'undefined') {
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    }
    useSession.setState({ status: 'denied', denied: null });
    socket.removeAllListeners();
    socket.disconnect();
  };

  const send: Send = (type, payload, timeoutMs = 8000) => {
    const body = { commandId: newCommandId(), ...payload };
    return new Promise<Ack>((resolve) => {
      (socket.timeout(timeoutMs).emit as (...a: unknown[]) => void)(type, body, (err: Error | null, ack?: Ack) => {
        resolve(err || !ack ? { ok: false, code: 'internal', message: '网络超时，请重试' } : ack);
      });
    });
  };

  // Typed as a view by the event map, but may be an error answer: checked like any wire data.
  // The answer replaces the view whatever its `seq`: it is the base the next patch applies to.
  function refresh() {
    socket.emit('view:get', (answer: unknown) => {
      if (isViewFor<V>(auth.role, answer)) take(answer);
    });
  }

  return { useSession, socket, send, refresh, close };
}
