// A protocol client that behaves like the judge pad's outbox (client/judge/pad-store.ts): a
// command stays pending until the server answers it; on every (re)connect every pending command
// is sent again with the same command id; an `ok` or a definitive refusal settles it, while
// rate_limited / storage_failed / internal keep it for another try. Views are kept as they come:
// the full view sent on each connect, then one per change.
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, HandshakeAuth, ServerToClientEvents, View } from '../../../shared/protocol/index.ts';

const RETRYABLE = new Set(['internal', 'rate_limited', 'storage_failed']);

interface Pending {
  commandId: string;
  type: string;
  payload: Record<string, unknown>;
  /** Emitted on the current connection and not answered yet. */
  inFlight: boolean;
  /** Emitted at least once, on any connection: the server may have it. */
  sent: boolean;
  settle: (ack: Ack) => void;
}

export class RetryingClient {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  view: View | null = null;
  connects = 0;
  /** Answers marked `duplicate`: the first answer was lost and a resend was recognised. */
  duplicates = 0;
  resends = 0;
  /** Called with the first view after each (re)connect. */
  onResync: ((view: View) => void) | null = null;
  private awaitingResync = false;
  private readonly pending: Pending[] = [];

  constructor(url: string, auth: HandshakeAuth) {
    this.socket = io(url, {
      auth,
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 30,
      reconnectionDelayMax: 200,
      randomizationFactor: 0.5,
      timeout: 2000,
    });
    this.socket.on('connect', () => {
      this.connects++;
      this.awaitingResync = true;
      this.flush();
    });
    this.socket.on('disconnect', () => {
      // Answers to what was in flight can no longer arrive; resend on the next connection.
      for (const p of this.pending) p.inFlight = false;
    });
    this.socket.on('view', (v) => {
      if (!this.view || v.rev >= this.view.rev) this.view = v;
      if (this.awaitingResync) {
        this.awaitingResync = false;
        this.onResync?.(v);
      }
    });
  }

  get reconnects(): number {
    return Math.max(0, this.connects - 1);
  }

  get outbox(): number {
    return this.pending.length;
  }

  /**
   * Queues a command; resolves with its definitive answer. `replaceUnsent` drops a queued command
   * of the same type that never left the device (the judge amended while offline).
   */
  send(type: string, payload: Record<string, unknown>, opts: { replaceUnsent?: (p: Record<string, unknown>) => boolean } = {}): { commandId: string; done: Promise<Ack> } {
    if (opts.replaceUnsent) {
      for (let i = this.pending.length - 1; i >= 0; i--) {
        const p = this.pending[i]!;
        if (p.type === type && !p.sent && opts.replaceUnsent(p.payload)) {
          this.pending.splice(i, 1);
          p.settle({ ok: false, code: 'invalid', message: 'replaced before sending' });
        }
      }
    }
    const commandId = randomUUID();
    const done = new Promise<Ack>((resolve) => {
      this.pending.push({ commandId, type, payload, inFlight: false, sent: false, settle: resolve });
    });
    this.flush();
    return { commandId, done };
  }

  private flush(): void {
    if (!this.socket.connected) return;
    for (const p of this.pending) {
      if (p.inFlight) continue;
      if (p.sent) this.resends++;
      p.inFlight = true;
      p.sent = true;
      const socket = this.socket;
      (socket.emit as (...a: unknown[]) => void)(p.type, { commandId: p.commandId, ...p.payload }, (ack: Ack) => this.answered(p, ack));
    }
  }

  private answered(p: Pending, ack: Ack): void {
    p.inFlight = false;
    if (!ack.ok && RETRYABLE.has(ack.code)) {
      setTimeout(() => this.flush(), 100);
      return;
    }
    const i = this.pending.indexOf(p);
    if (i < 0) return;
    this.pending.splice(i, 1);
    if (ack.ok && ack.duplicate) this.duplicates++;
    p.settle(ack);
  }

  /** Pending command ids that were emitted at least once (the server may hold them). */
  sentIds(): string[] {
    return this.pending.filter((p) => p.sent).map((p) => p.commandId);
  }

  /** Resolves once a view satisfying `pred` is held (checked on every view). */
  until(pred: (v: View) => boolean, timeoutMs = 10_000): Promise<View> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.view && pred(this.view)) {
          clearTimeout(t);
          this.socket.off('view', check);
          resolve(this.view);
        }
      };
      const t = setTimeout(() => {
        this.socket.off('view', check);
        reject(new Error(`timed out; last rev ${this.view?.rev}`));
      }, timeoutMs);
      this.socket.on('view', check);
      check();
    });
  }

  close(): void {
    this.socket.close();
  }
}
