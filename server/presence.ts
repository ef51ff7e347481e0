// Which judges are online, and on how many devices. A device stops counting only after a grace
// period with no connection, so a Wi-Fi blip neither flashes red on the host's panel nor makes a
// second phone's warning flicker. Presence lives in memory, not in the event log (docs/protocol.md §10).
import type { LateMark } from '../shared/protocol/index.ts';

/** What the views read: the judges online in a contest, and how many devices hold each link. */
export interface OnlineJudges {
  online(contestId: string): ReadonlySet<string>;
  /** Devices per online judge (a judge who is offline is absent). */
  devices(contestId: string): ReadonlyMap<string, number>;
  /** Scores the judges' phones sent too late, refused (late-scores.ts); none when not kept. */
  late?(contestId: string): readonly LateMark[];
}

/**
 * Fed by the socket layer with each judge connection that opens or closes, with the device it
 * comes from (the id the pad sends, else the connection's own id: every such connection is a
 * device of its own). An implementation calls back whenever a judge's devices change, so the
 * host and that judge can be sent fresh views.
 */
export interface Presence extends OnlineJudges {
  connected(contestId: string, judgeId: string, device: string): void;
  disconnected(contestId: string, judgeId: string, device: string): void;
  /** A judge's score refused as late: the host is shown it (the latest per judge and unit). */
  refusedLate(contestId: string, mark: LateMark): void;
  close(): void;
}

const MAX_LATE = 500;

/** Runs `fn` after `ms`; returns what cancels it. Injected so tests can move time by hand. */
export type Schedule = (fn: () => void, ms: number) => () => void;

// unref: a pending offline mark must not keep a stopping process alive.
const timeout: Schedule = (fn, ms) => {
  const t = setTimeout(fn, ms);
  t.unref();
  return () => clearTimeout(t);
};

interface Device {
  sockets: number;
  /** Set while the device has no connection and waits out the grace period. */
  cancelRemoval: (() => void) | null;
}

/** Presence of the judges connected to this process (judges always connect to the writer). */
export class LocalPresence implements Presence {
  /** contest → judge → device → its connections. A judge with no device left is removed. */
  private readonly contests = new Map<string, Map<string, Map<string, Device>>>();
  private readonly lateMarks = new Map<string, LateMark[]>();

  constructor(
    private readonly graceMs: number,
    private readonly changed: (contestId: string, judgeId: string) => void,
    private readonly schedule: Schedule = timeout,
  ) {}

  online(contestId: string): ReadonlySet<string> {
    return new Set(this.contests.get(contestId)?.keys());
  }

  devices(contestId: string): ReadonlyMap<string, number> {
    const judges = this.contests.get(contestId);
    return new Map([...(judges ?? [])].map(([judgeId, devices]) => [judgeId, devices.size]));
  }

  late(contestId: string): readonly LateMark[] {
    return this.lateMarks.get(contestId) ?? [];
  }

  refusedLate(contestId: string, mark: LateMark): void {
    const others = this.late(contestId).filter((m) => m.judgeId !== mark.judgeId || m.presenterId !== mark.presenterId);
    // A bound a misbehaving client cannot grow: a contest has at most judges × units of them.
    this.lateMarks.set(contestId, [...others, mark].slice(-MAX_LATE));
    this.changed(contestId, mark.judgeId);
  }

  connected(contestId: string, judgeId: string, device: string): void {
    const judges = this.contests.get(contestId) ?? new Map<string, Map<string, Device>>();
    this.contests.set(contestId, judges);
    const devices = judges.get(judgeId) ?? new Map<string, Device>();
    judges.set(judgeId, devices);
    const known = devices.get(device);
    if (known) {
      known.sockets++;
      // Back within the grace period: as if it had never left.
      known.cancelRemoval?.();
      known.cancelRemoval = null;
      return;
    }
    devices.set(device, { sockets: 1, cancelRemoval: null });
    this.changed(contestId, judgeId);
  }

  disconnected(contestId: string, judgeId: string, device: string): void {
    const devices = this.contests.get(contestId)?.get(judgeId);
    const d = devices?.get(device);
    if (!devices || !d) return;
    d.sockets = Math.max(0, d.sockets - 1);
    if (d.sockets > 0) return;
    d.cancelRemoval?.();
    d.cancelRemoval = this.schedule(() => {
      d.cancelRemoval = null;
      if (d.sockets > 0 || devices.get(device) !== d) return;
      devices.delete(device);
      if (devices.size === 0) this.contests.get(contestId)?.delete(judgeId);
      this.changed(contestId, judgeId);
    }, this.graceMs);
  }

  close(): void {
    for (const judges of this.contests.values())
      for (const devices of judges.values())
        for (const d of devices.values()) {
          d.cancelRemoval?.();
          d.cancelRemoval = null;
        }
  }
}
