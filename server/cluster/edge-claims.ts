// The edge's half of "one phone per ballot code" (the authority's half is edge-seats.ts): which
// of its sockets hold a code's seat, so it can free each when its socket goes, renew the lease on
// all of them while it lives, and free them at once when it stops. If the authority's count of
// this edge's claims differs from ours — it restarted, or our lease ran out while Redis was down —
// we send them again; a code another phone took meanwhile is revoked here, as the authority would
// have refused it at the door.
import type { IO } from '../channels.ts';
import { SEAT_TAKEN } from '../voter-seats.ts';
import { ClaimsAnswer, CLAIMS_PER_MESSAGE, LeaseAnswer, SEAT_RENEW_MS, type EdgeAsk } from './messages.ts';

export class EdgeClaims {
  /** socket id → its handshake auth, re-authenticated by the authority when claims are re-sent. */
  private readonly held = new Map<string, unknown>();
  private readonly timer: NodeJS.Timeout;
  private renewing = false;

  constructor(
    private readonly io: IO,
    private readonly ask: (req: EdgeAsk, waitMs?: number) => Promise<unknown>,
    private readonly tell: (req: EdgeAsk) => void,
    renewMs = SEAT_RENEW_MS,
  ) {
    this.timer = setInterval(() => void this.renew(), renewMs);
  }

  hold(socket: string, auth: unknown): void {
    this.held.set(socket, auth);
  }

  /** The socket is gone: its seat is freed (once, however many ways we learn it). */
  release(socket: string): void {
    if (this.held.delete(socket)) this.tell({ kind: 'release', socket });
  }

  /** A join whose answer did not come in time may still have claimed a seat: undo it. */
  undo(socket: string): void {
    this.tell({ kind: 'release', socket });
  }

  private async renew(): Promise<void> {
    if (this.renewing || this.held.size === 0) return;
    this.renewing = true;
    try {
      const lease = LeaseAnswer.safeParse(await this.ask({ kind: 'lease' }));
      if (!lease.success || lease.data.held === this.held.size) return;
      // A join in flight can make the counts differ for a moment: claiming again is harmless.
      const all = [...this.held].map(([socket, auth]) => ({ socket, auth }));
      for (let i = 0; i < all.length; i += CLAIMS_PER_MESSAGE) {
        const answer = ClaimsAnswer.safeParse(await this.ask({ kind: 'claims', seats: all.slice(i, i + CLAIMS_PER_MESSAGE) }));
        if (answer.success) for (const socket of answer.data.refused) this.revoke(socket);
      }
    } finally {
      this.renewing = false;
    }
  }

  private revoke(id: string): void {
    this.held.delete(id);
    const socket = this.io.of('/').sockets.get(id);
    if (!socket) return;
    (socket.emit as (event: string, ...a: unknown[]) => void)('session:revoked', { reason: SEAT_TAKEN.message });
    socket.disconnect(true);
  }

  /** The edge is stopping: frees every claim now rather than when the lease runs out. */
  async leave(waitMs: number): Promise<void> {
    clearInterval(this.timer);
    if (this.held.size === 0) return;
    this.held.clear();
    await this.ask({ kind: 'leave' }, waitMs);
  }
}
