// `npm run bench:cluster`: scale-out measured with a real redis-server. One authority (npm start
// with REDIS_URL) and 3 edges as child processes, audience sockets from separate load-generator
// processes (bench/cluster-crowd.ts), 20 judges submitting at once per round; submit → audience
// p50/p99 beside the same run on one process; then one edge is SIGKILLed and the time until all
// its sockets have a view from another edge is reported. AUDIENCE=3000 by default. The authority
// and the edges run compiled (dist/server, as `npm start` and `npm run edge` do), and the load
// generators read only each view's rev (bench/lazy-parser.ts), so that the box's two cores go to
// the servers rather than to parsing thousands of copies of the same view.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { freePort, killHard } from '../test/support/child.ts';
import { spawnEdge, startRedis } from '../test/support/redis.ts';
import { api, HOST_TOKEN, tempDir, tokenOf } from '../test/support/server.ts';
import { buildIfChanged } from '../scripts/build-if-changed.ts';
import { now, sleep, summarize } from './stats.ts';

const AUDIENCE = Number(process.env.AUDIENCE ?? 3000);
const JUDGES = 20;
const ROUNDS = 5;
const root = path.resolve(import.meta.dirname, '..');

async function authority(port: number, redisUrl?: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist/server/main.js')], {
    cwd: root,
    env: { ...process.env, DATA_DIR: tempDir(), PORT: String(port), LEITAI_HOST_TOKEN: HOST_TOKEN, PUBLIC_URL: `http://127.0.0.1:${port}`, ...(redisUrl ? { REDIS_URL: redisUrl } : {}) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 1200; i++) {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok) return child;
    await sleep(50);
  }
  throw new Error('authority did not start');
}

const client = (url: string, auth: object) =>
  new Promise<Socket>((resolve, reject) => {
    const s = io(url, { auth, transports: ['websocket'], forceNew: true, reconnection: false });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
const send = (s: Socket, type: string, payload: object) => new Promise<{ ok: boolean; rev?: number }>((r) => s.emit(type, { commandId: crypto.randomUUID(), ...payload }, r));
type Crowd = { child: ChildProcess; ask: () => Promise<{ arrivals: [number, number[]][]; resynced: number[]; connected: number }> };

function crowd(urls: string[], contestId: string, count: number): Promise<Crowd> {
  const child = fork(path.join(import.meta.dirname, 'cluster-crowd.ts'), [urls.join(','), contestId, String(count)], { execArgv: ['--import', 'tsx'] });
  const ask = () =>
    new Promise<Awaited<ReturnType<Crowd['ask']>>>((resolve) => {
      child.once('message', (m) => resolve(m as Awaited<ReturnType<Crowd['ask']>>));
      child.send({ kind: 'arrivals' });
    });
  return new Promise((resolve) => child.once('message', () => resolve({ child, ask })));
}

async function run(mode: 'one process' | 'cluster', audience: number) {
  const redis = mode === 'cluster' ? await startRedis() : null;
  const port = await freePort();
  const main = await authority(port, redis?.url);
  const base = `http://127.0.0.1:${port}`;
  const edges: { child: ChildProcess; url: string }[] = [];
  if (redis) for (let i = 0; i < 3; i++) {
    const p = await freePort();
    edges.push({ child: await spawnEdge(redis.url, p, base, path.join(root, 'dist/server/edge-main.js')), url: `http://127.0.0.1:${p}` });
  }
  const def = { title: '扩展测试', criteria: [{ name: '工作成效', max: 100 }], judges: Array.from({ length: JUDGES }, (_, i) => ({ name: `评委${i + 1}` })), presenters: Array.from({ length: ROUNDS }, (_, i) => ({ unit: `单位${i + 1}` })) };
  const created = (await api<{ id: string; judges: { joinUrl: string }[] }>(base, 'POST', '/api/contests', def)).body;
  const host = await client(base, { role: 'host', token: HOST_TOKEN, contestId: created.id });
  const judges = await Promise.all(created.judges.map((j) => client(base, { role: 'judge', token: tokenOf(j.joinUrl) })));
  await sleep(500);
  const urls = redis ? edges.map((e) => e.url) : [base];
  const crowds = await Promise.all(urls.map((_, i) => crowd([...urls.slice(i), ...urls.slice(0, i)], created.id, Math.round(audience / urls.length))));
  await send(host, 'contest:start', {});
  const sent = new Map<number, number>();
  for (let r = 0; r < ROUNDS; r++) {
    await send(host, 'presenter:next', { presenterId: `p${r + 1}` });
    await send(host, 'scoring:open', {});
    await sleep(300);
    await Promise.all(judges.map(async (j) => {
      const t = now();
      const ack = await send(j, 'score:submit', { presenterId: `p${r + 1}`, values: [80] });
      if (ack.ok && ack.rev) sent.set(ack.rev, t);
    }));
    await sleep(1500);
    await send(host, 'scoring:reveal', {}); // the next presenter needs this one revealed
    await sleep(300);
  }
  const latencies: number[] = [];
  let missing = 0;
  const per = Math.round(audience / urls.length);
  // Commands that arrive together are committed together (group commit), and the views of a batch
  // are sent once, for its last revision: a submission is on a phone with the first view at or
  // past its own rev. Every socket of a crowd gets the same views, so that is, for each socket,
  // the view at the smallest rev that arrived at or past it.
  const covering = (arrivals: [number, number[]][], rev: number) => {
    let best: [number, number[]] | undefined;
    for (const a of arrivals) if (a[0] >= rev && (!best || a[0] < best[0])) best = a;
    return best?.[1] ?? [];
  };
  for (const c of crowds) {
    // A saturated box delivers late, not never: wait (up to 30 s) before counting a view as lost.
    let { arrivals } = await c.ask();
    for (let i = 0; i < 60 && [...sent.keys()].some((rev) => covering(arrivals, rev).length < per); i++) {
      await sleep(500);
      ({ arrivals } = await c.ask());
    }
    for (const [rev, t] of sent) {
      const got = covering(arrivals, rev);
      missing += Math.max(0, per - got.length);
      for (const a of got) latencies.push(a - t);
    }
  }
  let resync: number | null = null;
  if (redis) {
    const killedAt = now();
    await killHard(edges[0]!.child);
    const expected = Math.round(audience / 3);
    for (let i = 0; i < 200; i++) {
      const { resynced } = await crowds[0]!.ask();
      if (resynced.length >= expected) { resync = Math.max(...resynced) - killedAt; break; }
      await sleep(100);
    }
  }
  crowds.forEach((c) => c.child.send({ kind: 'close' }));
  [host, ...judges].forEach((s) => s.close());
  await Promise.all([...edges.map((e) => killHard(e.child)), killHard(main)]);
  await redis?.stop();
  const s = summarize(latencies);
  return { mode, audience, edges: edges.length, submits: sent.size, p50: +s.p50.toFixed(1), p99: +s.p99.toFixed(1), viewsMissingAfter30s: missing, edgeKilledResyncMs: resync === null ? null : Math.round(resync) };
}

await buildIfChanged('server');
const results = [await run('one process', Math.min(AUDIENCE, 2000)), await run('cluster', AUDIENCE)];
console.table(results);
// Named by day and size, so a small trial run does not overwrite the figures docs/benchmarks.md quotes.
const out = path.join(root, `bench/results/${new Date().toISOString().slice(0, 10)}-cluster-${AUDIENCE}.json`);
fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine: '2 cores, shared', judges: JUDGES, rounds: ROUNDS, results }, null, 2) + '\n');
console.log(`written ${out}`);
process.exit(0);
