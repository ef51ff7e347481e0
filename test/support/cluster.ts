// One authority (in process, SQLite as always) and two edges sharing rooms through a real
// redis-server, with a contest and its ballot codes: the ground the scale-out tests stand on.
import { startLeitai, type Leitai } from '../../server/app.ts';
import { startEdge } from '../../server/cluster/edge.ts';
import { startRedis, type TestRedis } from './redis.ts';
import { api, HOST_TOKEN, tempDir } from './server.ts';

export type Edge = Awaited<ReturnType<typeof startEdge>>;

export interface Cluster {
  redis: TestRedis;
  authority: Leitai;
  /** The running edges; a test may replace one (close() closes whatever is here then). */
  edges: Edge[];
  /** Another in-process edge on the same Redis. */
  edgeOf(): Promise<Edge>;
  created: { id: string; judges: { joinUrl: string }[] };
  codes: string[];
  close(): Promise<void>;
}

export async function startCluster(definition: object, ballotCodes: number): Promise<Cluster> {
  const redis = await startRedis();
  const authority = await startLeitai({ port: 0, host: '127.0.0.1', dataDir: tempDir(), hostToken: HOST_TOKEN, publicUrl: 'http://leitai.test', redisUrl: redis.url });
  const edgeOf = () => startEdge({ port: 0, host: '127.0.0.1', redisUrl: redis.url, publicUrl: 'http://leitai.test', requestTimeoutMs: 1500 });
  const edges = await Promise.all([edgeOf(), edgeOf()]);
  const created = (await api<Cluster['created']>(authority.url, 'POST', '/api/contests', definition)).body;
  await api(authority.url, 'POST', `/api/contests/${created.id}/ballot-codes`, { count: ballotCodes });
  const codes = authority.contests.ballotCodes.all(created.id).map((c) => c.code);
  // The adapter's heartbeat lets nodes find each other; a request before then finds no listener.
  await new Promise((r) => setTimeout(r, 300));
  return {
    redis,
    authority,
    edges,
    edgeOf,
    created,
    codes,
    async close() {
      await Promise.all(edges.map((e) => e.close()));
      await authority.close();
      await redis.stop();
    },
  };
}
