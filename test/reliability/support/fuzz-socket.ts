// Delivers generated messages over real socket.io connections, many per connection, opening a
// new connection only when the server has cut the old one (too many refusals, or a message over
// the size limit). Over the per-connection budget the server answers rate_limited; such messages
// are sent again later, so every message is eventually judged on its content.
import { io, type Socket } from 'socket.io-client';
import type { HandshakeAuth } from '../../../shared/protocol/index.ts';

export type Outcome = { answered: true; value: unknown } | { answered: false; reason: string };

const CONNECTION_LIMIT = '操作过于频繁，请稍候';
const isConnectionLimit = (v: unknown) =>
  typeof v === 'object' && v !== null && (v as { code?: unknown }).code === 'rate_limited' && (v as { message?: unknown }).message === CONNECTION_LIMIT;

export class FuzzSocket {
  private socket: Socket | null = null;
  connects = 0;
  /** Why the server ended connections: socket.io's disconnect reasons, counted. */
  readonly drops = new Map<string, number>();
  rateLimited = 0;

  constructor(
    private readonly url: string,
    private readonly auth: HandshakeAuth,
  ) {}

  private async open(): Promise<Socket> {
    if (this.socket?.connected) return this.socket;
    const socket = io(this.url, { auth: this.auth, transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    this.connects++;
    socket.once('disconnect', (reason) => this.drops.set(reason, (this.drops.get(reason) ?? 0) + 1));
    this.socket = socket;
    return socket;
  }

  /** Sends one message; the answer, or why none can come (the connection was cut). */
  emit(socket: Socket, event: string | number, args: unknown[]): Promise<Outcome> {
    return new Promise((resolve) => {
      if (!socket.connected) return resolve({ answered: false, reason: 'not connected' });
      const onDrop = (reason: string) => resolve({ answered: false, reason });
      socket.once('disconnect', onDrop);
      (socket.emit as (...a: unknown[]) => void)(event, ...args, (value: unknown) => {
        socket.off('disconnect', onDrop);
        resolve({ answered: true, value });
      });
    });
  }

  /**
   * Every message answered on its content: rate-limited or cut-off ones go again (on the next
   * connection if the server cut this one). Gives up on a message after `maxTries` (a lone
   * message on a connection out of budget needs up to 50 tries: the server cuts at 50 strikes).
   */
  async deliver(messages: { event: string | number; args: unknown[] }[], maxTries = 200): Promise<Outcome[]> {
    const outcomes: (Outcome | null)[] = messages.map(() => null);
    const tries = messages.map(() => 0);
    let todo = messages.map((_, i) => i);
    while (todo.length > 0) {
      const socket = await this.open();
      const results = await Promise.all(todo.map((i) => this.emit(socket, messages[i]!.event, messages[i]!.args)));
      const again: number[] = [];
      results.forEach((r, k) => {
        const i = todo[k]!;
        tries[i]!++;
        const retry = !r.answered || isConnectionLimit(r.value);
        if (r.answered && isConnectionLimit(r.value)) this.rateLimited++;
        if (retry && tries[i]! < maxTries) again.push(i);
        else outcomes[i] = r;
      });
      todo = again;
      // Over the budget and still connected: going on at once adds strikes, so the server cuts
      // this connection sooner and the next one starts with a full bucket.
      if (todo.length > 0 && socket.connected) await new Promise((r) => setTimeout(r, 2));
    }
    return outcomes as Outcome[];
  }

  close(): void {
    this.socket?.close();
  }
}
