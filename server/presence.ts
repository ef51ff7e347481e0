// Which judges are online. A judge turns offline only after a grace period with no connection,
// so a Wi-Fi blip does not flash red on the host's panel.
export class Presence {
  private readonly sockets = new Map<string, number>();
  private readonly offlineTimers = new Map<string, NodeJS.Timeout>();
  private readonly onlineSet = new Map<string, Set<string>>();

  constructor(
    private readonly graceMs: number,
    private readonly changed: (contestId: string) => void,
  ) {}

  online(contestId: string): ReadonlySet<string> {
    return this.onlineSet.get(contestId) ?? new Set();
  }

  connected(contestId: string, judgeId: string): void {
    const key = `${contestId}/${judgeId}`;
    this.sockets.set(key, (this.sockets.get(key) ?? 0) + 1);
    const t = this.offlineTimers.get(key);
    if (t) {
      clearTimeout(t);
      this.offlineTimers.delete(key);
    }
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
    const t = setTimeout(() => {
      this.offlineTimers.delete(key);
      if ((this.sockets.get(key) ?? 0) > 0) return;
      this.onlineSet.get(contestId)?.delete(judgeId);
      this.changed(contestId);
    }, this.graceMs);
    t.unref();
    this.offlineTimers.set(key, t);
  }

  close(): void {
    for (const t of this.offlineTimers.values()) clearTimeout(t);
  }
}
