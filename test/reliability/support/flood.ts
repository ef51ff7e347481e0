// A hostile client that floods the server as fast as the socket goes, reconnecting whenever the
// server cuts it, and honest judges who measure how long their acks take meanwhile.
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import type { Ack, HandshakeAuth } from '../../../shared/protocol/index.ts';
import { connect, type TestClient } from '../../support/server.ts';

export interface FloodReport {
  sent: number;
  answers: Record<string, number>;
  /** Connections the server ended ('io server disconnect'), and all connections made. */
  cut: number;
  connections: number;
}

/** Floods with `message()` until `stop` resolves. `burst` messages per turn of the loop. */
export async function flood(url: string, auth: HandshakeAuth, message: () => [string, unknown], stop: Promise<void>, burst = 200): Promise<FloodReport> {
  const report: FloodReport = { sent: 0, answers: {}, cut: 0, connections: 0 };
  let stopped = false;
  void stop.then(() => (stopped = true));
  while (!stopped) {
    const socket = io(url, { auth, transports: ['websocket'], forceNew: true, reconnection: false });
    const ok = await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true));
      socket.once('connect_error', () => resolve(false));
    });
    if (!ok) break;
    report.connections++;
    const ended = new Promise<void>((resolve) =>
      socket.once('disconnect', (reason) => {
        if (reason === 'io server disconnect') report.cut++;
        resolve();
      }),
    );
    while (!stopped && socket.connected) {
      for (let i = 0; i < burst && socket.connected; i++) {
        const [event, payload] = message();
        report.sent++;
        (socket.emit as (...a: unknown[]) => void)(event, payload, (ack: Ack) => {
          const key = ack.ok ? 'ok' : ack.code;
          report.answers[key] = (report.answers[key] ?? 0) + 1;
        });
      }
      await Promise.race([ended, new Promise((r) => setTimeout(r, 5))]);
    }
    socket.close();
  }
  return report;
}

export const scoreFlood = (presenterId: string) => (): [string, unknown] => ['score:submit', { commandId: randomUUID(), presenterId, values: [Math.floor(Math.random() * 120) / 2, 20] }];
export const garbageFlood = (): [string, unknown] => ['score:submit', { commandId: 'x', values: 'garbage' }];

/** Honest judges each submitting every `everyMs` (within the limit) until `stop`; ack latencies. */
export async function honestJudges(url: string, auths: HandshakeAuth[], presenterId: string, everyMs: number, stop: Promise<void>) {
  let stopped = false;
  void stop.then(() => (stopped = true));
  const latencies: number[] = [];
  const refusals: Ack[] = [];
  const clients: TestClient[] = await Promise.all(auths.map((a) => connect(url, a)));
  await Promise.all(
    clients.map(async (c, i) => {
      await new Promise((r) => setTimeout(r, (everyMs / clients.length) * i));
      while (!stopped) {
        const t0 = performance.now();
        const ack = await c.send('score:submit', { presenterId, values: [Math.floor(Math.random() * 120) / 2, 30] });
        latencies.push(performance.now() - t0);
        if (!ack.ok) refusals.push(ack);
        await new Promise((r) => setTimeout(r, everyMs));
      }
    }),
  );
  clients.forEach((c) => c.close());
  latencies.sort((x, y) => x - y);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { samples: latencies.length, p50: at(0.5), p99: at(0.99), max: latencies[latencies.length - 1] ?? NaN, refusals };
}
