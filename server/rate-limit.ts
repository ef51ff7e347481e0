// Flood control per connection. A token bucket slows a client that sends too fast; a strike
// counter cuts one that keeps sending what must be refused (garbage, or more than the bucket
// allows), so one broken or hostile phone cannot keep the host's laptop busy for everyone else.

/** Defaults, documented in docs/protocol.md §9. */
export const LIMITS = {
  /** Commands: a burst of 30, refilled at 10 a second. */
  commands: { burst: 30, perSecond: 10 },
  /** Stored commands per judge / per contest host, over all their connections. */
  writes: { burst: 30, perSecond: 10 },
  /** view:get and clock:ping: a legitimate client sends a handful per (re)connect. */
  reads: { burst: 30, perSecond: 10 },
  /** This many refusals (invalid or over the limit) within the window disconnect the socket. */
  strikes: { max: 50, windowMs: 10_000 },
} as const;

export class RateLimiter {
  private tokens: number;
  private last = Date.now();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
  ) {
    this.tokens = burst;
  }

  private refill(): void {
    const now = Date.now();
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
