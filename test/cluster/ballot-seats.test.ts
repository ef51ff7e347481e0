// One phone per ballot code across processes, with a real redis-server: the authority keeps the
// one seat book, edges claim a code at the handshake and free it when the socket goes, and the
// claims of an edge that dies are freed when its lease runs out (SEAT_LEASE_MS).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Leitai } from '../../server/app.ts';
import { SEAT_LEASE_MS, SEAT_RENEW_MS } from '../../server/cluster/messages.ts';
import { SEAT_TAKEN } from '../../server/voter-seats.ts';
import type { HandshakeAuth } from '../../shared/protocol/index.ts';
import { freePort, killHard } from '../support/child.ts';
import { startCluster, type Cluster, type Edge } from '../support/cluster.ts';
import { spawnEdge, type TestRedis } from '../support/redis.ts';
import { connect, TestClient } from '../support/server.ts';

type Refusal = Error & { data?: { code: string } };
const definition = {
  title: '测评码多进程',
  criteria: [{ name: '工作成效', max: 100 }],
  judges: [{ name: '评委1' }],
  presenters: [{ unit: '岔河乡' }],
  appraisal: { preset: 'satisfaction', weight: 0.3, electorate: 'codes', opens: 'perPresenter' },
};

let cluster: Cluster;
let redis: TestRedis;
let authority: Leitai;
let edges: Edge[] = [];
let id: string;
let codes: string[];
const clients: TestClient[] = [];
const track = <T extends TestClient>(c: T) => (clients.push(c), c);
const edgeOf = () => cluster.edgeOf();
const voter = (code: string, device: string): HandshakeAuth => ({ role: 'audience', contestId: id, voter: code, device });
/** The handshake's outcome: null when let in, else the refusal. */
async function tryJoin(url: string, auth: HandshakeAuth): Promise<Refusal | null> {
  const c = track(new TestClient(url, auth));
  return c.connected().then(() => null, (e: Refusal) => e);
}
const settle = () => new Promise((r) => setTimeout(r, 300));

beforeAll(async () => {
  cluster = await startCluster(definition, 8);
  ({ redis, authority, edges, codes } = cluster);
  id = cluster.created.id;
}, 20_000);
afterAll(async () => {
  clients.forEach((c) => c.close());
  await cluster?.close();
});

describe('a ballot code across an authority and edges', () => {
  it('refuses a second device on another edge with the authority’s words, lets the same device in, and frees the code when the first goes', async () => {
    track(await connect(edges[0]!.url, voter(codes[0]!, 'phone-aaaa-0001')));
    const refused = await tryJoin(edges[1]!.url, voter(codes[0]!, 'phone-bbbb-0002'));
    expect(refused?.data?.code).toBe(SEAT_TAKEN.code);
    expect(refused?.message).toBe(SEAT_TAKEN.message);
    // The voter's own phone reloading onto another edge before the first socket is gone.
    expect(await tryJoin(edges[1]!.url, voter(codes[0]!, 'phone-aaaa-0001'))).toBeNull();
    clients.filter((c) => (c.socket.auth as HandshakeAuth & { device?: string }).device === 'phone-aaaa-0001').forEach((c) => c.close());
    await expect.poll(() => tryJoin(edges[1]!.url, voter(codes[0]!, 'phone-bbbb-0002')), { timeout: 3000 }).toBeNull();
  });

  it('holds between the authority’s own sockets and an edge’s, both ways', async () => {
    track(await connect(authority.url, voter(codes[1]!, 'phone-cccc-0003')));
    expect((await tryJoin(edges[0]!.url, voter(codes[1]!, 'phone-dddd-0004')))?.message).toBe(SEAT_TAKEN.message);
    track(await connect(edges[0]!.url, voter(codes[2]!, 'phone-cccc-0003')));
    expect((await tryJoin(authority.url, voter(codes[2]!, 'phone-dddd-0004')))?.message).toBe(SEAT_TAKEN.message);
  });

  it('frees an edge’s codes at once when it stops cleanly', async () => {
    const leaving = await edgeOf();
    await settle();
    track(await connect(leaving.url, voter(codes[3]!, 'phone-eeee-0005')));
    await leaving.close();
    expect(await tryJoin(edges[0]!.url, voter(codes[3]!, 'phone-ffff-0006'))).toBeNull();
  });

  it(`frees the codes of a SIGKILLed edge within the lease and one check (${SEAT_LEASE_MS / 1000 + 1} s after it last spoke)`, async () => {
    const port = await freePort();
    const doomed = await spawnEdge(redis.url, port, 'http://leitai.test');
    await settle();
    track(await connect(`http://127.0.0.1:${port}`, voter(codes[4]!, 'phone-gggg-0007')));
    await killHard(doomed);
    const killed = Date.now();
    expect((await tryJoin(edges[1]!.url, voter(codes[4]!, 'phone-hhhh-0008')))?.message).toBe(SEAT_TAKEN.message);
    await expect.poll(() => tryJoin(edges[1]!.url, voter(codes[4]!, 'phone-hhhh-0008')), { timeout: SEAT_LEASE_MS + 3000, interval: 250 }).toBeNull();
    // Freed 6–7 s after the edge last spoke (its join, or a renewal); the rest is the polling.
    expect(Date.now() - killed).toBeLessThan(SEAT_LEASE_MS + 2000);
  }, 30_000);

  it('claims its codes again when its lease ran out during a Redis outage, and revokes a phone whose code another took meanwhile', async () => {
    const kept = track(await connect(edges[0]!.url, voter(codes[5]!, 'phone-iiii-0009')));
    const lost = track(await connect(edges[1]!.url, voter(codes[6]!, 'phone-jjjj-0010')));
    const revoked = new Promise<string>((resolve) => (lost.socket.on as (e: string, l: (i: { reason: string }) => void) => void)('session:revoked', (i) => resolve(i.reason)));
    await redis.stop();
    // No renewals reach the authority: once the lease runs out, a phone at its own door takes one code.
    await expect.poll(() => tryJoin(authority.url, voter(codes[6]!, 'phone-kkkk-0011')), { timeout: SEAT_LEASE_MS + 3000, interval: 500 }).toBeNull();
    await redis.start();
    expect(await revoked).toBe(SEAT_TAKEN.message);
    expect(kept.socket.connected).toBe(true);
    await expect.poll(async () => (await tryJoin(authority.url, voter(codes[5]!, 'phone-llll-0012')))?.message, { timeout: SEAT_RENEW_MS + 3000 }).toBe(SEAT_TAKEN.message);
  }, 30_000);
});
