// An upgrade half done, on a real Redis: an edge and an authority of different versions find out
// at their first message and say so — the authority answers a request of another version with a
// typed refusal and logs the edge once; an edge whose authority speaks another version refuses
// its phones at once with `version_mismatch` (not after its timeout) and is unhealthy (503) until
// the authority speaks its version again. The "other version" is a bare Socket.IO server on the
// same Redis, through the same adapter, sending what a process of that version would send.
import { randomUUID } from 'node:crypto';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLeitai } from '../../server/app.ts';
import { startEdge } from '../../server/cluster/edge.ts';
import { ANSWER, CLUSTER_VERSION, REQUEST } from '../../server/cluster/messages.ts';
import { clusterAdapter, connectRedis } from '../../server/cluster/redis.ts';
import { startRedis } from '../support/redis.ts';
import { HOST_TOKEN, tempDir, TestClient } from '../support/server.ts';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
  vi.restoreAllMocks();
});

/** A process of some other version on the Redis: a Socket.IO server with the cluster adapter. */
function otherProcess(redisUrl: string) {
  const redis = connectRedis(redisUrl, 'other');
  const io = new Server({ adapter: clusterAdapter(redis) });
  // Never attached to an HTTP server (it serves no sockets), so its adapter is closed, not the server.
  cleanup.push(async () => {
    await (io.of('/').adapter as { close?: () => Promise<void> | void }).close?.();
    redis.destroy();
  });
  const on = io.on.bind(io) as (event: string, listener: (raw: Record<string, unknown>) => void) => void;
  const emit = (event: string, message: object) => (io.serverSideEmit as (e: string, m: object) => void)(event, message);
  return { on, emit };
}

const heartbeat = () => new Promise((r) => setTimeout(r, 300));

describe('edge and authority of different versions', () => {
  it('the authority answers a request of another version with a typed refusal, and logs the edge once', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const redis = await startRedis();
    cleanup.push(() => redis.stop());
    const authority = await startLeitai({ port: 0, host: '127.0.0.1', dataDir: tempDir(), hostToken: HOST_TOKEN, publicUrl: 'http://leitai.test', redisUrl: redis.url });
    cleanup.push(() => authority.close());
    const edge = otherProcess(redis.url);
    const answers: Record<string, unknown>[] = [];
    edge.on(ANSWER, (a) => answers.push(a));
    await heartbeat();

    // A newer edge (version 2), then one from before versions (no `v`), each asking to join.
    const newer = { v: CLUSTER_VERSION + 1, id: randomUUID(), edge: 'edge-newer', kind: 'join', socket: 's1', auth: { role: 'audience', contestId: 'x' } };
    const older = { id: randomUUID(), edge: 'edge-older', kind: 'join', socket: 's2', auth: { role: 'audience', contestId: 'x' } };
    edge.emit(REQUEST, newer);
    edge.emit(REQUEST, { ...newer, id: randomUUID() });
    edge.emit(REQUEST, older);
    await expect.poll(() => answers.length, { timeout: 5000 }).toBe(3);
    for (const a of answers) expect(a).toMatchObject({ v: CLUSTER_VERSION, body: { ok: false, code: 'version_mismatch' } });
    const byEdge = (e: string) => answers.filter((a) => a.edge === e).map((a) => (a.body as { message: string }).message);
    expect(byEdge('edge-newer')).toHaveLength(2);
    expect(byEdge('edge-newer')[0]).toContain(`this edge speaks cluster version ${CLUSTER_VERSION + 1}, the main server ${CLUSTER_VERSION}`);
    expect(byEdge('edge-older')[0]).toContain(`this edge speaks cluster version 0, the main server ${CLUSTER_VERSION}`);
    // Once per edge in the log, however many phones it asked for.
    const lines = logged.mock.calls.map((c) => String(c[0])).filter((l) => l.includes('cluster version'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('edge edge-newer');
  });

  it('an edge whose authority speaks another version refuses phones at once and is unhealthy until it speaks this one', { timeout: 20_000 }, async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const redis = await startRedis();
    cleanup.push(() => redis.stop());
    // The authority: first of the next version, then (upgraded) of this one, answering a lease.
    const authority = otherProcess(redis.url);
    let speaks = CLUSTER_VERSION + 1;
    authority.on(REQUEST, (r) => authority.emit(ANSWER, { v: speaks, id: r.id, edge: r.edge, body: r.kind === 'lease' ? { held: 0 } : { ok: false, code: 'x', message: 'y' } }));
    await heartbeat();
    // A long timeout: a refusal that waited for it would fail this test by its own timeout.
    const edge = await startEdge({ port: 0, host: '127.0.0.1', redisUrl: redis.url, publicUrl: 'http://leitai.test', requestTimeoutMs: 30_000 });
    cleanup.push(() => edge.close());

    const phone = new TestClient(edge.url, { role: 'audience', contestId: 'any' });
    cleanup.push(() => phone.close());
    const refused = await phone.connected().then(() => null, (e: Error & { data?: { code: string } }) => e);
    expect(refused?.data?.code).toBe('version_mismatch');
    expect(refused?.message).toContain('服务器正在升级');

    const health = async () => {
      const res = await fetch(`${edge.url}/healthz`);
      return { status: res.status, body: (await res.json()) as { ok: boolean; version: number; error?: string } };
    };
    expect(await health()).toMatchObject({ status: 503, body: { ok: false, version: CLUSTER_VERSION, error: expect.stringContaining(`the main server ${CLUSTER_VERSION + 1}`) } });
    expect(logged.mock.calls.some((c) => String(c[0]).includes('upgrade them together'))).toBe(true);

    // The authority is upgraded: the edge's next probe hears this version and serves again.
    speaks = CLUSTER_VERSION;
    await expect.poll(async () => (await health()).status, { timeout: 8000, interval: 250 }).toBe(200);
    expect((await health()).body.ok).toBe(true);
  });
});
