// 民主测评 over the real server: 300 voters with printed codes vote (some change their vote) while
// 9 judges score, with a server restart in the middle. Every acknowledged ballot is counted once,
// the last one per code, and the final equals a recomputation done here from the rules in
// docs/contest-definition.md. Plus the refusals: unknown and voided codes, a vote outside the round,
// a flood from one code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostView } from '../../shared/protocol/index.ts';
import type { ResultsDocument } from '../../shared/results.ts';
import { api, connect, startServer, tempDir, tokenOf, HOST_TOKEN, TestClient } from '../support/server.ts';

const VOTERS = 300;
const definition = {
  title: '民主测评集成测试',
  criteria: [
    { name: '工作成效', max: 60 },
    { name: '汇报表现', max: 40 },
  ],
  judges: Array.from({ length: 9 }, (_, i) => ({ name: `评委${i + 1}` })),
  presenters: [{ unit: '岔河乡' }, { unit: '安居村' }],
  rules: { scoreStep: 1, aggregation: { method: 'trimmed', dropHighest: 1, dropLowest: 1 } },
  appraisal: { preset: 'satisfaction', weight: 0.3, electorate: 'codes', opens: 'perPresenter' },
};
/** Judge i's marks for p1: totals 70 … 86, so the trimmed sum (drop 70 and 86) is 546 over 7. */
const marks = (i: number) => [40 + i, 30 + i];
const POINTS: Record<string, number | null> = { o1: 100, o2: 80, o3: 0, o4: null };
const OPTIONS = Object.keys(POINTS);

let dir: string;
let server: Awaited<ReturnType<typeof startServer>>;
let id: string;
let codes: string[];
let joinUrls: string[];

beforeAll(async () => {
  dir = tempDir();
  server = await startServer(dir);
  const created = (await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition)).body;
  id = created.id;
  joinUrls = created.judges.map((j) => j.joinUrl);
  const issued = await api<{ serials: number[] }>(server.url, 'POST', `/api/contests/${id}/ballot-codes`, { count: VOTERS });
  expect(issued.status).toBe(201);
  expect(issued.body.serials).toHaveLength(VOTERS);
  codes = server.contests.ballotCodes.all(id).map((c) => c.code);
}, 30_000);
afterAll(() => server?.close());

async function voters(from: number, to: number): Promise<TestClient[]> {
  const out: TestClient[] = [];
  for (let i = from; i < to; i += 50)
    out.push(...(await Promise.all(codes.slice(i, Math.min(to, i + 50)).map((code) => connect(server.url, { role: 'audience', contestId: id, voter: code.toLowerCase() })))));
  return out;
}

describe('300 voters with codes, 9 judges, a restart in the middle', () => {
  const acked = new Map<number, string>(); // voter index → the option of their last acknowledged ballot

  it('counts every acknowledged ballot exactly once, the last per code', async () => {
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: id });
    expect((await host.send('contest:start', {})).ok).toBe(true);
    expect((await host.send('presenter:next', { presenterId: 'p1' })).ok).toBe(true);
    expect((await host.send('scoring:open', {})).ok).toBe(true); // opens the hall's voting too
    const judges = await Promise.all(joinUrls.map((u) => connect(server.url, { role: 'judge', token: tokenOf(u) })));

    const first = await voters(0, VOTERS / 2);
    const cast = async (client: TestClient, i: number, option: string, commandId?: string) => {
      const ack = await client.send('appraisal:vote', { choices: { p1: option }, ...(commandId ? { commandId } : {}) });
      expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true });
      acked.set(i, option);
    };
    await Promise.all([
      ...first.map((c, i) => cast(c, i, OPTIONS[i % 4]!)),
      ...judges.slice(0, 4).map((j, i) => j.send('score:submit', { presenterId: 'p1', values: marks(i) })),
    ]);
    // A retry of the same ballot (same command id, Wi-Fi lost the ack) is answered, not counted again.
    const again = await first[0]!.send('appraisal:vote', { choices: { p1: 'o2' }, commandId: 'retry-ballot-0001' });
    const dup = await first[0]!.send('appraisal:vote', { choices: { p1: 'o2' }, commandId: 'retry-ballot-0001' });
    expect([again.ok, dup]).toEqual([true, expect.objectContaining({ ok: true, duplicate: true })]);
    acked.set(0, 'o2');
    [host, ...judges, ...first].forEach((c) => c.close());

    // The restart: everything acknowledged is on disk.
    await server.close();
    server = await startServer(dir);
    const host2 = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: id });
    expect((host2.view as HostView).appraisal).toMatchObject({ open: ['p1'], turnout: VOTERS / 2, eligible: VOTERS, issued: VOTERS });

    const second = await voters(VOTERS / 2, VOTERS);
    const judges2 = await Promise.all(joinUrls.slice(4).map((u) => connect(server.url, { role: 'judge', token: tokenOf(u) })));
    await Promise.all([
      ...second.map((c, k) => cast(c, VOTERS / 2 + k, OPTIONS[(k * 7) % 4]!)),
      ...judges2.map((j, k) => j.send('score:submit', { presenterId: 'p1', values: marks(4 + k) })),
    ]);
    // 30 voters from before the restart change their mind after it.
    const changers = await voters(0, 30);
    await Promise.all(changers.map((c, i) => cast(c, i, 'o1')));
    expect((await host2.send('scoring:reveal', {})).ok).toBe(true); // closes the voting
    [host2, ...judges2, ...second, ...changers].forEach((c) => c.close());

    const results = (await api<ResultsDocument>(server.url, 'GET', `/api/contests/${id}/results`)).body;
    const p1 = results.presenters.find((p) => p.presenterId === 'p1')!;
    const tally = Object.fromEntries(OPTIONS.map((o) => [o, [...acked.values()].filter((x) => x === o).length]));
    expect(Object.fromEntries(p1.appraisal!.options.map((o) => [o.id, o.count]))).toEqual(tally);
    expect(p1.appraisal!.ballots).toBe(VOTERS);

    // Independently: J = 546 / 7 = 78; A = Σ points / counted; final = 0.7 J + 0.3 A (full marks 100).
    const counted = VOTERS - tally.o4!;
    const points = 100 * tally.o1! + 80 * tally.o2!;
    // (0.7 × 546/7 + 0.3 × points/counted) × 100 = (546 × counted + 3 × points) × 10 / counted, rounded half up.
    const num = BigInt((546 * counted + 3 * points) * 10);
    const den = BigInt(counted);
    const hundredths = Number((2n * num + den) / (2n * den));
    expect(p1.final).toBe(hundredths / 100);
    expect(results.appraisal).toMatchObject({ electorate: 'codes', issued: VOTERS, voided: [] });
  }, 90_000);

  it('refuses unknown and voided codes at the door, votes outside the round, and floods', async () => {
    const bad = new TestClient(server.url, { role: 'audience', contestId: id, voter: 'ZZZZ-ZZZZ' });
    await expect(bad.connected()).rejects.toThrow(/测评码无效/);
    bad.close();
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: id });
    // The phone holding the code is told at once, not at its next tap.
    const holder = await connect(server.url, { role: 'audience', contestId: id, voter: codes[299]! });
    const told = new Promise<string>((resolve) => holder.socket.once('session:revoked', (info) => resolve(info.reason)));
    const cut = new Promise<void>((resolve) => holder.socket.once('disconnect', () => resolve()));
    expect((await host.send('appraisal:void', { serial: 300, reason: '测评票遗失' })).ok).toBe(true);
    expect(await told).toContain('该测评码已作废');
    await cut;
    holder.close();
    const voided = new TestClient(server.url, { role: 'audience', contestId: id, voter: codes[299]! });
    await expect(voided.connected()).rejects.toThrow(/作废/);
    voided.close();

    // p1's voting is closed: a ballot for it is refused and stored nowhere.
    const [voter] = await voters(100, 101); // voted before the restart only: a full budget in this process
    const before = (await api<unknown[]>(server.url, 'GET', `/api/contests/${id}/events`)).body.length;
    expect(await voter!.send('appraisal:vote', { choices: { p1: 'o1' } })).toMatchObject({ ok: false, code: 'wrong_state' });

    // p2 on stage, voting open: one code changing its vote over and over is slowed down.
    expect((await host.send('presenter:next', { presenterId: 'p2' })).ok).toBe(true);
    expect((await host.send('scoring:open', {})).ok).toBe(true);
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await voter!.send('appraisal:vote', { choices: { p2: OPTIONS[i % 4]! } }));
    expect(answers.filter((a) => a.ok)).toHaveLength(5);
    expect(answers.at(-1)).toMatchObject({ ok: false, code: 'rate_limited' });
    const after = (await api<unknown[]>(server.url, 'GET', `/api/contests/${id}/events`)).body.length;
    expect(after - before).toBe(3 + 5); // PresenterCalled, ScoringOpened, AppraisalOpened, five ballots
    [host, voter!].forEach((c) => c.close());
  }, 30_000);

  it('holds a code for one phone at a time: another phone is refused, the same phone gets back in', async () => {
    const code = codes[200]!;
    const phone = await connect(server.url, { role: 'audience', contestId: id, voter: code, device: 'phone-a-000000000001' });
    const sameAgain = await connect(server.url, { role: 'audience', contestId: id, voter: code, device: 'phone-a-000000000001' });
    const other = new TestClient(server.url, { role: 'audience', contestId: id, voter: code, device: 'phone-b-000000000002' });
    await expect(other.connected()).rejects.toThrow(/正在另一台手机上使用/);
    other.close();
    // Without a device id every connection is a phone of its own.
    const anonymous = new TestClient(server.url, { role: 'audience', contestId: id, voter: code });
    await expect(anonymous.connected()).rejects.toThrow(/正在另一台手机上使用/);
    anonymous.close();
    // Watching without a code is never refused.
    const watcher = await connect(server.url, { role: 'audience', contestId: id });
    // Once the first phone has left, the seat is free for the second.
    phone.close();
    sameAgain.close();
    await new Promise((r) => setTimeout(r, 200));
    const second = await connect(server.url, { role: 'audience', contestId: id, voter: code, device: 'phone-b-000000000002' });
    [second, watcher].forEach((c) => c.close());
  }, 30_000);
});
