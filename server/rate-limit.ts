// Flood control (docs/protocol.md §9). A token bucket slows a client that sends too fast; a
// strike counter cuts one that keeps sending what must be refused (garbage, or more than the
// bucket allows), so one broken or hostile phone cannot keep the host's laptop busy for everyone
// else. The socket layer asks one `ConnectionLimits` per connection and never sees the buckets,
// so a role can get its own budget (audience writes) without touching the command dispatch.
import type { Role } from '../shared/protocol/index.ts';
import type { Identity } from './auth.ts';
import { actorKey } from './pipeline.ts';

type Clock = () => number;
type Rate = { readonly burst: number; readonly perSecond: number };

/** Defaults, documented in docs/protocol.md §9. */
export const LIMITS = {
  /** Commands: a burst of 30, refilled at 10 a second. */
  commands: { burst: 30, perSecond: 10 },
  /** Stored commands per judge / per contest host, over all their connections. */
  writes: { burst: 30, perSecond: 10 },
  /** Stored ballots per 民主测评 voter (a code or a phone), over all their connections: a person changes a vote a few times, not hundreds. */
  ballots: { burst: 5, perSecond: 0.5 },
  /** view:get and clock:ping: a legitimate client sends a handful per (re)connect. */
  reads: { burst: 30, perSecond: 10 },
  /** This many refusals (invalid or over the limit) within the window disconnect the socket. */
  strikes: { max: 50, windowMs: 10_000 },
} as const;

/**
 * The roles whose stored commands are counted per actor. The screen cannot write; the audience
 * writes only ballots, counted per voter (an audience connection without a voter stores nothing).
 */
const WRITE_BUDGETS: Partial<Record<Role, Rate>> = { host: LIMITS.writes, judge: LIMITS.writes, audience: LIMITS.ballots };

/** What one connection may do now. Every refusal it causes is reported back as a strike. */
export interface ConnectionLimits {
  /**
   * A command may run: takes from the connection's bucket and reserves one of the actor's writes.
   * Reserved, not merely checked: commands of one batch are answered only after all of them were
   * admitted (pipeline.ts), so a check alone would let a whole flood through before any charge.
   */
  command(): boolean;
  /** The command was refused or a repeat (nothing stored): its reserved write is given back. */
  unstored(): void;
  /** A read (view:get, clock:ping) may be answered. */
  read(): boolean;
  /** One refusal; true when the connection has earned being cut. */
  strike(): boolean;
}

/** Hands out the limits of each new connection; an actor's write budget spans all of theirs. */
export interface Limits {
  connect(who: Identity): ConnectionLimits;
}

/** Budgets in this process's memory: enough for one authority process holding every writer. */
export class LocalLimits implements Limits {
  // Without a budget per actor, a client that reconnects each time it is cut would get a fresh
  // burst of stored events every time.
  private readonly writes = new Map<string, RateLimiter>();

  constructor(private readonly now: Clock = Date.now) {}

  connect(who: Identity): ConnectionLimits {
    const commands = new RateLimiter(LIMITS.commands.burst, LIMITS.commands.perSecond, this.now);
    const reads = new RateLimiter(LIMITS.reads.burst, LIMITS.reads.perSecond, this.now);
    const strikes = new StrikeCounter(LIMITS.strikes.max, LIMITS.strikes.windowMs);
    const writes = this.writeBudget(who);
    return {
      // The connection's token is spent even when the actor's budget then refuses: a refusal
      // still cost the server a look.
      command: () => commands.take() && (writes?.take() ?? true),
      unstored: () => writes?.giveBack(),
      read: () => reads.take(),
      strike: () => strikes.strike(this.now()),
    };
  }

  private writeBudget(who: Identity): RateLimiter | null {
    const rate = WRITE_BUDGETS[who.actor.role];
    // A watcher without a voter stores nothing; one shared budget for all of them would only
    // let one phone's refused attempts throttle the rest.
    if (!rate || (who.actor.role === 'audience' && !who.actor.voter)) return null;
    const key = `${who.contestId}/${actorKey(who.actor)}`;
    let budget = this.writes.get(key);
    if (!budget) this.writes.set(key, (budget = new RateLimiter(rate.burst, rate.perSecond, this.now)));
    return budget;
  }
}

export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: Clock = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }

  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Nothing left for now (checked before a write; `take` once it is done). */
  empty(): boolean {
    this.refill();
    return this.tokens < 1;
  }

  /** Returns a token taken for something that did not happen (never above the burst). */
  giveBack(): void {
    this.refill();
    this.tokens = Math.min(this.burst, this.tokens + 1);
  }

  /** Refilled to the brim: forgetting this limiter changes nothing for its client. */
  full(): boolean {
    this.refill();
    return this.tokens >= this.burst;
  }
}

/**
 * Refusals within a sliding window. A person mistyping a score gets one refusal at a time; only
 * a program sends dozens in seconds, and answering it for ever would be the denial of service.
 */
export class StrikeCounter {
  private readonly times: number[] = [];

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Records one refusal; true once `max` of them fall within the window. */
  strike(now = Date.now()): boolean {
    this.times.push(now);
    while (this.times.length > 0 && this.times[0]! <= now - this.windowMs) this.times.shift();
    // Only the last `max` matter: the array never grows beyond that.
    if (this.times.length > this.max) this.times.shift();
    return this.times.length >= this.max;
  }
}
