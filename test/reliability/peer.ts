// A protocol client for the crash tests: like the real consoles it keeps the latest view, and a
// command whose answer never comes (the server was killed) is reported as lost, not left hanging.
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Ack, CommandType, HandshakeAuth, View } from '../../shared/protocol/index.ts';

export type Answer = Ack | null;

export class Peer {
  readonly socket: Socket;
  view: View | null = null;
  private pending = new Set<(a: Answer) => void>();
  private viewListeners: ((v: View) => void)[] = [];

  constructor(base: string, auth: HandshakeAuth) {
    this.socket = io(base, { auth, transports: ['websocket'], forceNew: true, reconnection: false, timeout: 5000 });
    this.socket.on('view', (v: View) => {
      this.view = v;
      for (const l of this.viewListeners) l(v);
    });
    this.socket.on('disconnect', () => this.failPending());
    this.socket.on('connect_error', () => this.failPending());
  }

  onView(listener: (v: View) => void): void {
    this.viewListeners.push(listener);
  }

  /** Resolves once connected and the first view has arrived; rejects if the server is gone. */
  ready(timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.view) return resolve();
      // Settles once: on the first view, a refused connection, a timeout, or close().
      const settle = (error: Error | null) => {
        clearTimeout(t);
        this.pending.delete(gone);
        if (error) reject(error);
        else resolve();
      };
      const gone = () => settle(new Error('closed'));
      const t = setTimeout(() => settle(new Error('no view')), timeoutMs);
      this.pending.add(gone);
      this.socket.once('view', () => settle(null));
      this.socket.once('connect_error', (e) => settle(e));
    });
  }

  send(type: CommandType, payload: Record<string, unknown>, commandId: string = randomUUID()): Promise<{ commandId: string; answer: Answer }> {
    return new Promise((resolve) => {
      if (!this.socket.connected) return resolve({ commandId, answer: null });
      const done = (answer: Answer) => {
        if (!this.pending.delete(done)) return;
        resolve({ commandId, answer });
      };
      this.pending.add(done);
      this.socket.emit(type, { ...payload, commandId }, (ack: Ack) => done(ack));
    });
  }

  viewGet(): Promise<View | null> {
    return new Promise((resolve) => {
      if (!this.socket.connected) return resolve(null);
      const t = setTimeout(() => resolve(null), 3000);
      this.socket.emit('view:get', (v: View) => (clearTimeout(t), resolve(v)));
      this.socket.once('disconnect', () => (clearTimeout(t), resolve(null)));
    });
  }

  close(): void {
    this.socket.close();
    this.failPending();
  }

  private failPending(): void {
    for (const p of [...this.pending]) p(null);
  }
}

/** A host command over HTTP; null when no answer came (refused connection, reset, timeout). */
export async function postCommand(base: string, token: string, contestId: string, type: CommandType, payload: Record<string, unknown>, commandId: string = randomUUID()) {
  try {
    const res = await fetch(`${base}/api/contests/${contestId}/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ type, ...payload, commandId }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await res.json()) as Ack | { error: unknown };
    return { commandId, answer: 'ok' in body ? body : null };
  } catch {
    return { commandId, answer: null as Answer };
  }
}
