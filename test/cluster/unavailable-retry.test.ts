// The bundled pages' session against a real edge whose main server is down: the handshake is
// refused `unavailable`, the page keeps showing "connecting" and knocks again with a growing wait,
// and is in as soon as the authority is back — no reload by hand.
import { afterAll, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../client/common/session.ts';
import { startLeitai, type Leitai } from '../../server/app.ts';
import { startEdge } from '../../server/cluster/edge.ts';
import type { PublicView } from '../../shared/protocol/index.ts';
import { startRedis, type TestRedis } from '../support/redis.ts';
import { api, tempDir, HOST_TOKEN } from '../support/server.ts';

let redis: TestRedis | null = null;
let authority: Leitai | null = null;
let edge: Awaited<ReturnType<typeof startEdge>> | null = null;
let session: Session<PublicView> | null = null;
afterAll(async () => {
  session?.close();
  await edge?.close();
  await authority?.close();
  await redis?.stop();
});

describe('a page on an edge while the main server is down', () => {
  it('retries after `unavailable` and gets in once the authority is back', async () => {
    redis = await startRedis();
    const dataDir = tempDir();
    const start = () => startLeitai({ port: 0, host: '127.0.0.1', dataDir, hostToken: HOST_TOKEN, publicUrl: 'http://leitai.test', redisUrl: redis!.url });
    authority = await start();
    const definition = { title: '重试测试', criteria: [{ name: '工作成效', max: 100 }], judges: [{ name: '评委1' }], presenters: [{ unit: '岔河乡' }] };
    const id = (await api<{ id: string }>(authority.url, 'POST', '/api/contests', definition)).body.id;
    await authority.close();
    authority = null;
    edge = await startEdge({ port: 0, host: '127.0.0.1', redisUrl: redis.url, publicUrl: 'http://leitai.test', requestTimeoutMs: 400 });

    const refusals: string[] = [];
    session = createSession<PublicView>({ role: 'audience', contestId: id }, edge.url, { retryBaseMs: 300 });
    session.socket.on('connect_error', (e: Error & { data?: { code?: string } }) => void refusals.push(e.data?.code ?? '?'));
    await expect.poll(() => refusals.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect(new Set(refusals)).toEqual(new Set(['unavailable']));
    expect(session.useSession.getState()).toMatchObject({ status: 'offline', view: null, denied: null });

    authority = await start();
    await expect.poll(() => session!.useSession.getState().status, { timeout: 10_000 }).toBe('online');
    expect(session.useSession.getState().view?.contest.title).toBe('重试测试');
  }, 30_000);
});
