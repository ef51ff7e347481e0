// Which judges are online. A judge turns offline only after a grace period with no connection,
// so a Wi-Fi blip does not flash red on the host's panel. Presence lives in memory, not in the
// event log (docs/protocol.md §10).

/** What the host's view reads: the ids of the judges online in a contest. */
export interface OnlineJudges {
  online(contestId: string): ReadonlySet<string>;
}

/**
 * Fed by the socket layer with each judge connection that opens or closes. An implementation
 * calls back whenever a contest's online set changes, so the host can be sent a fresh view.
 */
export interface Presence extends OnlineJudges {
  connected(contestId: string, judgeId: string): void;
  disconnected(contestId: string, judgeId: string): void;
  close(): void;
}

/** Runs `fn` after `ms`; returns what cancels it. Injected so tests can move time by hand. */
export type Schedule = (fn: () => void, ms: number) => () => void;

// unref: a pending offline mark must not keep a stopping process alive.
const timeout: Schedule = (fn, ms) => {
  const t = setTimeout(fn, ms);
  t.unref();
  return () => clearTimeout(t);
};

/** Presence of the judges connected to this process (judges always connect to the writer). */
export class LocalPresence implements Presence {
  private readonly sockets = new Map<string, number>();
  private readonly pendingOffline = new Map<string, () => void>();
  private readonly onlineSet = new Map<string, Set<string>>();

  constructor(
    private readonly graceMs: number,
    private readonly changed: (contestId: string) => void,
    private readonly schedule: Schedule = timeout,
  ) {}

  online(contestId: string): ReadonlySet<string> {
    return this.onlineSet.get(contestId) ?? new Set();
  }

  connected(contestId: string, judgeId: string): void {
    const key = `${contestId}/${judgeId}`;
    this.sockets.set(key, (this.sockets.get(key) ?? 0) + 1);
    this.pendingOffline.get(key)?.();
    this.pendingOffline.delete(key);
    const set = this.onlineSet.get(contestId) ?? new Set<string>();
    this.onlineSet.set(contestId, set);
    if (!set.has(judgeId)) {
      set.add(judgeId);
      this.changed(contestId);
    }
  }

  disconnected(contestId: string, judgeId: string): void {
    const key = `${contestId}/${judgeId}`;
    const n = (this.sockets.get(key) ?? 1) - 1;
    this.sockets.set(key, n);
    if (n > 0) return;
    this.pendingOffline.get(key)?.();
    const cancel = this.schedule(() => {
      this.pendingOffline.delete(key);
      if ((this.sockets.get(key) ?? 0) > 0) return;
      this.sockets.delete(key);
      if (this.onlineSet.get(contestId)?.delete(judgeId)) this.changed(contestId);
    }, this.graceMs);
    this.pendingOffline.set(key, cancel);
  }

  close(): void {
    for (const cancel of this.pendingOffline.values()) cancel();
    this.pendingOffline.clear();
  }
}
