// The office prints right after the finish; the first printout of a process used to wait a second
// more than the others while the PDF writer and the fonts loaded. `npm start` has the printouts'
// worker load them a moment after a contest finishes (server/report/warm-on-finish.ts), so the
// first report is as quick as any. The worker is one per process, so the order of these tests
// matters: the first shows nothing is loaded without the setting, the second that it is with it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rendererWarm } from '../../server/report/off-thread.ts';
import { api, connect, startServer, HOST_TOKEN } from '../support/server.ts';
import { definition, type Created } from './fixtures.ts';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

async function finishedContest(extra: Parameters<typeof startServer>[1]) {
  const server = await startServer(undefined, extra);
  cleanup.push(() => server.close());
  const created = (await api<Created>(server.url, 'POST', '/api/contests', definition)).body;
  const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
  cleanup.push(() => host.close());
  expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
  expect(await rendererWarm()).toBe(false); // nothing loads while the contest runs
  expect(await host.send('contest:finish', { force: true })).toMatchObject({ ok: true });
  return { server, id: created.id };
}

describe('the printouts are ready when a contest finishes', () => {
  it('does not load them without the setting (tests, tools, a server that never prints)', async () => {
    await finishedContest({});
    // Longer than `npm start`'s delay (1 s), so a default that crept in would show here.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await rendererWarm()).toBe(false);
  });

  it('makes the finished contest\'s report once a moment after the finish, and the next report is right', { timeout: 60_000 }, async () => {
    const { server, id } = await finishedContest({ warmExportsAfterMs: 50 });
    await vi.waitFor(async () => expect(await rendererWarm()).toBe(true), { timeout: 45_000, interval: 100 });
    const r = await fetch(`${server.url}/api/contests/${id}/report.pdf`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
    expect(r.status).toBe(200);
    expect(Buffer.from(await r.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
