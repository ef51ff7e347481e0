// Failed host logins, counted per client address (docs/reliability.md, "Guessing the host token").
// A wrong host token over HTTP or at the socket handshake is one failure; 10 within a minute and
// that address is refused every host login — the right token included, or the answer would tell
// an attacker which guess was right — until a minute has passed. Other addresses are never
// touched, so the host's laptop works on while a phone on the venue Wi-Fi guesses.
//
// The address is the TCP peer's. Leitai runs on the venue LAN where every phone and the laptop
// have their own address; no proxy header (X-Forwarded-For) is trusted, since any client could
// write one. Behind a reverse proxy every client would share the proxy's address (README).

type Clock = () => number;

export interface HostLoginLimit {
  /** Wrong host tokens from one address within `windowMs` that get it refused. */
  readonly failures: number;
  readonly windowMs: number;
  /** How long the address is then refused. */
  readonly blockMs: number;
}

/** Defaults, documented in docs/http-api.md and docs/protocol.md §2. */
export const HOST_LOGIN_LIMIT: HostLoginLimit = { failures: 10, windowMs: 60_000, blockMs: 60_000 };

/** The seam the HTTP routers and the handshake ask; in memory today, shared if processes grow. */
export interface HostLogins {
  /** Milliseconds this address must still wait before its next host login is looked at; 0 if none. */
  refusedFor(address: string): number;
  /** A wrong host token from this address. */
  failed(address: string): void;
  /** The right token: whoever typed it may have mistyped before, and owes nothing now. */
  succeeded(address: string): void;
}

interface Tally {
  /** Times of the recent failures, oldest first (never more than `failures` of them). */
  times: number[];
  blockedUntil: number;
}

/** Beyond this many addresses, stale entries are swept before a new one is added. */
const SWEEP_AT = 1000;

export class LocalHostLogins implements HostLogins {
  private readonly byAddress = new Map<string, Tally>();

  constructor(
    private readonly limit: HostLoginLimit = HOST_LOGIN_LIMIT,
    private readonly now: Clock = Date.now,
    private readonly log: (line: string) => void = (line) => console.warn(line),
  ) {}

  refusedFor(address: string): number {
    const r = this.byAddress.get(clientAddress(address));
    return r ? Math.max(0, r.blockedUntil - this.now()) : 0;
  }

  failed(address: string): void {
    const key = clientAddress(address);
    const now = this.now();
    let r = this.byAddress.get(key);
    if (!r) {
      if (this.byAddress.size >= SWEEP_AT) this.sweep(now);
      this.byAddress.set(key, (r = { times: [], blockedUntil: 0 }));
    }
    r.times.push(now);
    while (r.times.length > 0 && r.times[0]! <= now - this.limit.windowMs) r.times.shift();
    if (r.times.length < this.limit.failures) return;
    // One episode, one line: the requests refused while it lasts are not logged one by one.
    r.times = [];
    r.blockedUntil = now + this.limit.blockMs;
    const within = Math.round(this.limit.windowMs / 1000);
    const seconds = Math.round(this.limit.blockMs / 1000);
    this.log(
      `[leitai] 来自 ${key} 的主持人令牌 ${within} 秒内错误 ${this.limit.failures} 次，该地址 ${seconds} 秒内不能登录主持人 ` +
        `(host token wrong ${this.limit.failures} times within ${within} s from ${key}; host logins from it refused for ${seconds} s)`,
    );
  }

  succeeded(address: string): void {
    this.byAddress.delete(clientAddress(address));
  }

  /** How many addresses are remembered (tests check that it stays bounded). */
  get tracked(): number {
    return this.byAddress.size;
  }

  private sweep(now: number): void {
    for (const [key, r] of this.byAddress) {
      const last = r.times[r.times.length - 1] ?? 0;
      if (r.blockedUntil <= now && last <= now - this.limit.windowMs) this.byAddress.delete(key);
    }
  }
}

/** One key per machine: an IPv4 client seen on a dual-stack socket (::ffff:a.b.c.d) is a.b.c.d. */
export function clientAddress(raw: string | undefined): string {
  if (!raw) return 'unknown';
  return raw.startsWith('::ffff:') && raw.includes('.') ? raw.slice(7) : raw;
}
