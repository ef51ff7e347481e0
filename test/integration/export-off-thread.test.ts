// The office downloads a report while the room is scoring: the judges' acks do not wait for it.
// Printouts and spreadsheets are made in a worker thread (server/report/off-thread.ts); made on
// the thread that answers judges, a report held every ack and view for as long as it took (a
// third of a second for a 30-presenter contest, a second more for the first one of a process).
// Here a judge's pad keeps sending while a report is made: acks keep coming back meanwhile.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostView } from '../../shared/protocol/index.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN } from '../support/server.ts';
import { definition, type Created } from './fixtures.ts';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

describe('exports are made off the thread that answers judges', () => {
  it('keeps acking a judge while a report is being made', { timeout: 30_000 }, async () => {
    const server = await startServer();
    cleanup.push(() => server.close());
    const created = (await api<Created>(server.url, 'POST', '/api/contests', definition)).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    const pad = await connect(server.url, { role: 'judge', token: tokenOf(created.judges[0]!.joinUrl) });
    cleanup.push(() => [host, pad].forEach((c) => c.close()));
    for (const type of ['contest:start', 'presenter:next', 'phase:qa', 'scoring:open'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });
    const presenterId = (host.view as HostView).current!.presenterId;

    const report = async () => {
      const r = await fetch(`${server.url}/api/contests/${created.id}/report.pdf`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
      const bytes = Buffer.from(await r.arrayBuffer());
      expect(r.status).toBe(200);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    };
    // The first report of the process loads the PDF code and reads the fonts; the one measured
    // below is an ordinary one, all of it rendering.
    await report();

    let asked = false;
    let done = false;
    const during: boolean[] = [];
    const judging = (async () => {
      for (let i = 0; !done; i++) {
        // A judge changing their marks (each a new command, answered like any other).
        const ack = await pad.send('score:submit', { commandId: randomUUID(), presenterId, values: [40 + (i % 20), 30] });
        expect(ack.ok).toBe(true);
        during.push(asked && !done);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 30));
    asked = true;
    await report();
    done = true;
    await judging;
    // On the answering thread at most the one already in flight came back before the report was
    // sent (1 when measured so); off it, 9–13 here.
    expect(during.filter(Boolean).length).toBeGreaterThanOrEqual(4);
  });
});
