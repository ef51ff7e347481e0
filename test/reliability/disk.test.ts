// Disk trouble: when the database cannot be written (full, or gone read-only) every write is
// refused with storage_failed and a message the host understands, nothing unstored is
// acknowledged or shown, and the show continues as soon as the disk is back.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { integrityCheck, limitDatabaseGrowth, refuseWrites } from '../../server/db/database.ts';
import type { Ack, HostView } from '../../shared/protocol/index.ts';
import { api, connect, startServer, tempDir, tokenOf, HOST_TOKEN, type TestClient } from '../support/server.ts';
import { definition, type Created } from '../integration/fixtures.ts';
import { commandGroups, compareWithReplay, hostViewOver, type LogRow } from './consistency.ts';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

const freshView = (c: TestClient) => new Promise<HostView>((resolve) => c.socket.emit('view:get', (v) => resolve(v as HostView)));
/** A question bank big enough to need new pages in the file (tens of kB). */
const bigBank = Array.from({ length: 60 }, (_, i) => `第${i + 1}题：${'农村危房改造完成后，如何巩固成果、防止返贫并盘活闲置宅基地？'.repeat(6)}`);

async function scoringOpen(dataDir = tempDir()) {
  const server = await startServer(dataDir);
  let open = true;
  cleanup.push(() => (open ? server.close() : undefined));
  const created = (await api<Created>(server.url, 'POST', '/api/contests', definition)).body;
  const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
  const judges: TestClient[] = [];
  for (const j of created.judges) judges.push(await connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) }));
  cleanup.push(() => [host, ...judges].forEach((c) => c.close()));
  for (const type of ['contest:start', 'presenter:next', 'phase:qa', 'scoring:open'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });
  const pid = (await freshView(host)).current!.presenterId;
  const events = async () => (await api<LogRow[]>(server.url, 'GET', `/api/contests/${created.id}/events`)).body;
  const stop = async () => {
    open = false;
    [host, ...judges].forEach((c) => c.close());
    await server.close();
  };
  return { server, id: created.id, host, judges, pid, events, stop, dataDir, db: server.forTests.db };
}

/** Every judge submits at once; returns each judge's command id and answer. */
async function everyoneSubmits(judges: TestClient[], pid: string, base: number) {
  return Promise.all(
    judges.map(async (j, i) => {
      const commandId = randomUUID();
      const ack = await j.send('score:submit', { commandId, presenterId: pid, values: [base + i, 30] });
      return { judgeId: `j${i + 1}`, commandId, ack, values: [base + i, 30] };
    }),
  );
}

function expectRefusedAsStorage(ack: Ack) {
  expect(ack).toMatchObject({ ok: false, code: 'storage_failed' });
  // What the host console puts in its toast: in Chinese, saying the disk could not be written.
  expect(!ack.ok && ack.message).toMatch(/数据无法写入磁盘/);
}

describe('a full disk', () => {
  it('refuses what cannot be stored, acknowledges only what was, and recovers when space is back', async () => {
    const c = await scoringOpen();
    const before = await freshView(c.host);
    const logBefore = (await c.events()).length;

    limitDatabaseGrowth(c.db, 0);
    const bankId = randomUUID();
    const refused = await c.host.send('bank:load', { commandId: bankId, questions: bigBank });
    expectRefusedAsStorage(refused);
    // Over HTTP too: 503 with the same ack.
    const overHttp = await api<Ack>(c.server.url, 'POST', `/api/contests/${c.id}/commands`, { type: 'bank:load', commandId: randomUUID(), questions: bigBank });
    expect(overHttp.status).toBe(503);
    expectRefusedAsStorage(overHttp.body);
    // Nothing changed: no revision, no event, no bank on the host's screen.
    const during = await freshView(c.host);
    expect(during.rev).toBe(before.rev);
    expect(during.bank).toEqual([]);
    expect(await c.events()).toHaveLength(logBefore);

    // Small writes may still fit in the file's last page: whatever is acknowledged is stored
    // once, whatever is refused is not, and the host sees exactly the stored marks.
    const answers = await everyoneSubmits(c.judges, c.pid, 20);
    const { groups } = commandGroups(await c.events());
    for (const a of answers) {
      if (a.ack.ok) {
        expect(groups.get(a.commandId)?.seqs).toEqual([a.ack.rev]);
      } else {
        expectRefusedAsStorage(a.ack);
        expect(groups.has(a.commandId)).toBe(false);
      }
    }
    const marks = (await freshView(c.host)).presenters.find((p) => p.id === c.pid)!.marks;
    expect(Object.keys(marks).sort()).toEqual(answers.filter((a) => a.ack.ok).map((a) => a.judgeId).sort());

    // Space is back: the same command (same id: a refusal is not remembered) now goes through.
    limitDatabaseGrowth(c.db, null);
    expect(await c.host.send('bank:load', { commandId: bankId, questions: bigBank })).toMatchObject({ ok: true });
    expect((await freshView(c.host)).bank).toHaveLength(60);
    for (const a of await everyoneSubmits(c.judges, c.pid, 40)) expect(a.ack).toMatchObject({ ok: true });
    expect(await c.host.send('scoring:reveal', {})).toMatchObject({ ok: true });

    // After a restart the file is sound and the state is exactly its log.
    const rev = (await freshView(c.host)).rev;
    await c.stop();
    expect(integrityCheck(path.join(c.dataDir, 'leitai.sqlite'))).toBe('ok');
    const again = await startServer(c.dataDir);
    cleanup.push(() => again.close());
    const rows = (await api<LogRow[]>(again.url, 'GET', `/api/contests/${c.id}/events`)).body;
    expect(rows).toHaveLength(rev);
    expect(compareWithReplay(await hostViewOver(again.url, HOST_TOKEN, c.id), rows)).toEqual([]);
  });
});

describe('a read-only disk', () => {
  it('refuses every write with storage_failed, changes nothing, and carries on once writable', async () => {
    const c = await scoringOpen();
    const before = await freshView(c.host);
    const logBefore = (await c.events()).length;

    refuseWrites(c.db, true);
    for (const a of await everyoneSubmits(c.judges, c.pid, 10)) expectRefusedAsStorage(a.ack);
    expectRefusedAsStorage(await c.host.send('scoring:reveal', { allowMissing: true }));
    expectRefusedAsStorage(await c.host.send('flow:back', { reason: '还要提问' }));
    const during = await freshView(c.host);
    expect(during.rev).toBe(before.rev);
    expect(during.presenters.find((p) => p.id === c.pid)!.marks).toEqual({});
    expect(during.current).toEqual(before.current);
    expect(await c.events()).toHaveLength(logBefore);
    // Judges' phones were not told anything happened either.
    const judgeView = await new Promise<{ myMarks: object }>((resolve) => c.judges[0]!.socket.emit('view:get', (v) => resolve(v as { myMarks: object })));
    expect(judgeView.myMarks).toEqual({});

    refuseWrites(c.db, false);
    for (const a of await everyoneSubmits(c.judges, c.pid, 10)) expect(a.ack).toMatchObject({ ok: true });
    expect(await c.host.send('scoring:reveal', {})).toMatchObject({ ok: true, rev: before.rev + 8 });
  });
});
