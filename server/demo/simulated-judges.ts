// Simulated judges for rehearsal: real socket.io clients speaking the public protocol. Each
// scores the current presenter a few seconds after scoring opens, like a person would.
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, JudgeView, ServerToClientEvents, View } from '../../shared/protocol/index.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A presenter's "true quality" (0.7–0.95) plus per-judge noise, snapped to the score grid. */
function marksFor(view: JudgeView, presenterId: string): number[] {
  const seed = [...presenterId, ...view.me.id].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);
  const quality = 0.7 + ((seed % 97) / 97) * 0.25;
  return view.criteria.map((c) => {
    const raw = c.max * Math.min(1, Math.max(0, quality + (Math.random() - 0.5) * 0.12));
    return Math.round(raw / view.scoreStep) * view.scoreStep;
  });
}

export function simulateJudges(url: string, tokens: string[], opts: { minDelayMs?: number; maxDelayMs?: number } = {}) {
  const min = opts.minDelayMs ?? 2000;
  const max = opts.maxDelayMs ?? 9000;
  const clients: Client[] = tokens.map((token) => {
    const socket: Client = io(url, { auth: { role: 'judge', token }, transports: ['websocket'] });
    const pending = new Set<string>();
    socket.on('view', (v: View) => {
      if (v.role !== 'judge') return;
      const cur = v.current;
      if (!cur || cur.phase !== 'scoring' || !cur.scoringOpen) return;
      if (v.myMarks[cur.presenterId] || pending.has(cur.presenterId)) return;
      pending.add(cur.presenterId);
      const commandId = randomUUID();
      const values = marksFor(v, cur.presenterId);
      setTimeout(() => {
        const send = () =>
          socket.timeout(5000).emit('score:submit', { commandId, presenterId: cur.presenterId, values }, (err: Error | null, ack?: Ack) => {
            // Retry with the same command id until acknowledged: the server counts it once.
            if (err) return setTimeout(send, 1000);
            if (!ack?.ok) pending.delete(cur.presenterId);
          });
        send();
      }, min + Math.random() * (max - min));
    });
    return socket;
  });
  return { close: () => clients.forEach((c) => c.close()) };
}
