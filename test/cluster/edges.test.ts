// Scale-out with a real redis-server: one authority (in process, SQLite as always) and two edges
// sharing rooms through the Redis Streams adapter; real socket.io clients on the edges.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Leitai } from '../../server/app.ts';
import type { Ack, PublicView } from '../../shared/protocol/index.ts';
import { smallPublicView } from '../../shared/small-view.ts';
import { freePort, killHard } from '../support/child.ts';
import { startCluster, type Cluster, type Edge } from '../support/cluster.ts';
import { spawnEdge, type TestRedis } from '../support/redis.ts';
import { LIMITS } from '../../server/rate-limit.ts';
import { connect, tokenOf, HOST_TOKEN, TestClient } from '../support/server.ts';

const definition = {
  title: '多进程测试',
  criteria: [{ name: '工作成效', max: 100 }],
  judges: [{ name: '评委1' }, { name: '评委2' }],
  presenters: [{ unit: '岔河乡' }, { unit: '安居村' }],
  appraisal: { preset: 'satisfaction', weight: 0.3, electorate: 'codes', opens: 'perPresenter' },
};

let cluster: Cluster;
let redis: TestRedis;
let authority: Leitai;
let edges: Edge[] = [];
let id: string;
let joinUrls: string[];
let codes: string[];
const clients: TestClient[] = [];
const track = <T extends TestClient>(c: T) => (clients.push(c), c);
const rev = () => authority.contests.get(id)!.state.rev;

beforeAll(async () => {
  cluster = await startCluster(definition, 4);
  ({ redis, authority, edges, codes } = cluster);
  id = cluster.created.id;
  joinUrls = cluster.created.judges.map((j) => j.joinUrl);
}, 20_000);
afterAll(async () => {
  clients.forEach((c) => c.close());
  await cluster?.close();
});

describe('an authority and two edges on a real Redis', () => {
  it('refuses judges and the host at an edge with a typed connect_error', async () => {
    const judge = track(new TestClient(edges[0]!.url, { role: 'judge', token: tokenOf(joinUrls[0]!) }));
    const error = await judge.connected().then(() => null, (e: Error & { data?: { code: string } }) => e);
    expect(error?.data?.code).toBe('use_authority');
  });

  it('sends a commit to screen and audience sockets on both edges', async () => {
    const host = track(await connect(authority.url, { role: 'host', token: HOST_TOKEN, contestId: id }));
    // The second edge's phone is a bundled page, which asks for compact patches; the first an older client.
    const audience = await Promise.all(edges.map((e, i) => connect(e.url, { role: 'audience', contestId: id, ...(i === 1 ? { views: 'compact' as const } : {}) }).then(track)));
    const screenToken = authority.contests.tokens.active(id).find((t) => t.role === 'screen')!.token;
    const screen = track(await connect(edges[1]!.url, { role: 'screen', token: screenToken, views: 'patch' }));
    // The projector on the main address, as usual: its patch room is the authority's own.
    const here = track(await connect(authority.url, { role: 'screen', token: screenToken, views: 'patch' }));
    expect(audience[0]!.view?.rev).toBe(rev()); // the full view on connect came from the authority
    expect((await host.send('contest:start', {})).ok).toBe(true);
    expect((await host.send('presenter:next', { presenterId: 'p1' })).ok).toBe(true);
    const now = rev();
    for (const c of [...audience, screen, here]) await c.waitFor((v) => v.rev === now);
    // The patched sockets on the edge got patches (not whole views) and hold the view a whole
    // one carries, in the small form (shared/small-view.ts).
    for (const c of [audience[1]!, screen, here]) expect([c.patches, c.resyncs, c.views.length]).toEqual([2, 0, 3]);
    const whole = audience[0]!.view as PublicView;
    expect({ ...audience[1]!.view, seq: 0 }).toEqual({ ...smallPublicView(whole), seq: 0 });
    expect({ ...screen.view, seq: 0 }).toEqual({ ...smallPublicView({ ...whole, role: 'screen' }), seq: 0 });
    expect(JSON.stringify(audience[1]!.wire)).toContain('"$rows"');
    const asked = await new Promise<PublicView>((resolve) => (audience[1]!.socket.emit as (...a: unknown[]) => void)('view:get', resolve));
    expect(asked.rev).toBe(now);
    expect(asked).toEqual(audience[1]!.wire); // the room's current view, compact, seq included
  });

  it('commits a ballot sent through an edge once, also when resent after the edge restarts', async () => {
    const host = track(await connect(authority.url, { role: 'host', token: HOST_TOKEN, contestId: id }));
    expect((await host.send('scoring:open', {})).ok).toBe(true);
    const voter = track(await connect(edges[0]!.url, { role: 'audience', contestId: id, voter: codes[0]! }));
    const ballot = { choices: { p1: 'o1' }, commandId: 'edge-ballot-0001' };
    const first = await voter.send('appraisal:vote', ballot);
    expect(first, JSON.stringify(first)).toMatchObject({ ok: true });
    const after = rev();
    voter.close();
    await edges[0]!.close();
    edges[0] = await cluster.edgeOf();
    await new Promise((r) => setTimeout(r, 300));
    const again = track(await connect(edges[0]!.url, { role: 'audience', contestId: id, voter: codes[0]! }));
    const resent = await again.send('appraisal:vote', ballot);
    expect(resent).toMatchObject({ ok: true, duplicate: true, rev: (first as Ack & { rev: number }).rev });
    expect(rev()).toBe(after);
    expect(Object.keys(authority.contests.get(id)!.state.appraisal!.ballots['p1'] ?? {})).toHaveLength(1);
  });

  it("limits a flooding phone at the edge with the main server's budget, before anything reaches Redis", async () => {
    const phone = track(await connect(edges[1]!.url, { role: 'audience', contestId: id }));
    const before = rev();
    // One synchronous burst: the budget (LIMITS.commands, a burst of 30) refills by at most a
    // few while it is sent. An audience socket without a voter may not vote: the authority refuses
    // the ones the edge lets through, so nothing is stored either way.
    const answers = await Promise.all(
      Array.from({ length: 45 }, (_, i) => phone.send('appraisal:vote', { choices: { p1: 'o1' }, commandId: `edge-flood-${String(i).padStart(4, '0')}` })),
    );
    const limited = answers.filter((a) => !a.ok && a.code === 'rate_limited').length;
    expect(limited).toBeGreaterThanOrEqual(45 - LIMITS.commands.burst - 3);
    expect(limited).toBeLessThanOrEqual(45 - LIMITS.commands.burst);
    expect(answers.filter((a) => !a.ok && a.code !== 'rate_limited').length).toBe(45 - limited);
    expect(rev()).toBe(before);
  });

  it('after an edge is SIGKILLed, its phones resync on another edge and requests there do not wait for the dead one', async () => {
    const port = await freePort();
    const doomed = await spawnEdge(redis.url, port, 'http://leitai.test');
    await new Promise((r) => setTimeout(r, 300));
    // One phone (one device id), so its ballot code lets it in again at once (ballot-seats.test.ts).
    const phone = track(await connect(`http://127.0.0.1:${port}`, { role: 'audience', contestId: id, voter: codes[1]!, device: 'moving-phone-01' }));
    expect(phone.view?.rev).toBe(rev());
    await killHard(doomed);
    // What nginx does for it: the phone's next connection lands on a live edge, full view first.
    const moved = track(await connect(edges[1]!.url, { role: 'audience', contestId: id, voter: codes[1]!, device: 'moving-phone-01' }));
    expect(moved.view?.rev).toBe(rev());
    const started = Date.now();
    expect(await moved.send('appraisal:vote', { choices: { p1: 'o2' } })).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeLessThan(1000); // the heartbeat still lists the dead edge for 10 s
  }, 25_000);

  it('keeps judges acked while Redis is down; edge audiences get the current view once it is back', async () => {
    const host = track(await connect(authority.url, { role: 'host', token: HOST_TOKEN, contestId: id }));
    const judge = track(await connect(authority.url, { role: 'judge', token: tokenOf(joinUrls[0]!) }));
    const audience = track(await connect(edges[1]!.url, { role: 'audience', contestId: id }));
    const patched = track(await connect(edges[1]!.url, { role: 'audience', contestId: id, views: 'compact' }));
    const screenToken = authority.contests.tokens.active(id).find((t) => t.role === 'screen')!.token;
    const projector = track(await connect(authority.url, { role: 'screen', token: screenToken, views: 'compact' }));
    await redis.stop();
    const started = Date.now();
    const ack = await judge.send('score:submit', { presenterId: 'p1', values: [88] });
    expect(ack).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeLessThan(500); // Redis is not on the ack path
    const second = track(await connect(authority.url, { role: 'judge', token: tokenOf(joinUrls[1]!) }));
    expect(await second.send('score:submit', { presenterId: 'p1', values: [77] })).toMatchObject({ ok: true });
    await host.waitFor((v) => v.rev === rev()); // the host, on the authority, still gets every commit
    const during = rev();
    // So does the projector on the main address: its patch room never goes through Redis.
    await projector.waitFor((v) => v.rev === during);
    expect(projector.resyncs).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(audience.view!.rev).toBeLessThan(during); // the outage really cut the edge off
    expect(patched.view!.rev).toBeLessThan(during);
    await redis.start();
    await audience.waitFor((v) => v.rev >= during, 10_000);
    await patched.waitFor((v) => v.rev >= during, 10_000);
  }, 20_000);
});
