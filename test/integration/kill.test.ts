// kill -9 right after acknowledged submissions: after a restart every acknowledged score is
// present exactly once, and nothing unacknowledged is half-applied.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ack, HostView } from '../../shared/protocol/index.ts';
import { freePort, killHard, spawnServer } from '../support/child.ts';
import { api, connect, tempDir, tokenOf, HOST_TOKEN, type TestClient } from '../support/server.ts';
import { definition, type Created } from './fixtures.ts';

const kids: Awaited<ReturnType<typeof spawnServer>>[] = [];
afterEach(async () => {
  for (const k of kids.splice(0)) await killHard(k);
});

describe('SIGKILL after acknowledged submissions', () => {
  it('keeps every acknowledged score exactly once across three kills', { timeout: 90_000 }, async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let child = await spawnServer(dataDir, port, HOST_TOKEN);
    kids.push(child);
    const created = (await api<Created>(base, 'POST', '/api/contests', definition)).body;
    let host = await connect(base, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    for (const type of ['contest:start', 'presenter:next', 'phase:qa', 'scoring:open'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });
    const pid = (host.view as HostView).current!.presenterId;
    host.close();

    const acked = new Map<string, { judgeId: string; values: number[] }>();
    const lastAcked = new Map<string, number[]>();
    for (let round = 0; round < 3; round++) {
      const judges: TestClient[] = [];
      for (const j of created.judges) judges.push(await connect(base, { role: 'judge', token: tokenOf(j.joinUrl) }));
      // Every judge fires a burst of amendments; the server is killed as soon as the first
      // acks of this round arrive, while later ones are still in flight.
      let acksThisRound = 0;
      let killed: Promise<void> | null = null;
      const inFlight = judges.flatMap((c, i) =>
        Array.from({ length: 5 }, (_, k) => {
          const commandId = randomUUID();
          const values = [10 + round * 10 + k, 20 + i];
          return new Promise<void>((resolve) => {
            (c.socket.emit as (...a: unknown[]) => void)('score:submit', { commandId, presenterId: pid, values }, (ack: Ack) => {
              if (ack.ok) {
                acked.set(commandId, { judgeId: `j${i + 1}`, values });
                lastAcked.set(`j${i + 1}`, values);
                if (++acksThisRound === 10) killed = killHard(child);
              }
              resolve();
            });
            setTimeout(resolve, 3000);
          });
        }),
      );
      await Promise.all(inFlight);
      await (killed ?? killHard(child));
      judges.forEach((c) => c.close());
      expect(acksThisRound).toBeGreaterThanOrEqual(10);

      child = await spawnServer(dataDir, port, HOST_TOKEN);
      kids.push(child);
      const events = (await api<{ type: string; commandId: string | null; data: { judgeId?: string; values?: number[] } }[]>(base, 'GET', `/api/contests/${created.id}/events`)).body;
      const byCommand = new Map<string, number>();
      for (const e of events) if (e.commandId) byCommand.set(e.commandId, (byCommand.get(e.commandId) ?? 0) + 1);
      for (const [commandId, sent] of acked) {
        expect(byCommand.get(commandId), `acknowledged ${commandId} present once`).toBe(1);
        const e = events.find((x) => x.commandId === commandId)!;
        expect(e.data).toMatchObject(sent);
      }
      // Each judge's current marks are at least as new as the last acknowledged ones: a
      // later, unacknowledged write may have committed just before the kill, never a partial one.
      host = await connect(base, { role: 'host', token: HOST_TOKEN, contestId: created.id });
      const marks = (host.view as HostView).presenters.find((p) => p.id === pid)!.marks;
      for (const [judgeId, values] of lastAcked) {
        const logged = events.filter((e) => e.type === 'MarksSubmitted' && e.data.judgeId === judgeId);
        expect(marks[judgeId]!.values).toEqual(logged[logged.length - 1]!.data.values);
        const ackedIndex = logged.findIndex((e) => JSON.stringify(e.data.values) === JSON.stringify(values));
        expect(ackedIndex).toBeGreaterThanOrEqual(0);
      }
      host.close();
    }
    expect(acked.size).toBeGreaterThanOrEqual(30);
  });
});
