// Devices per judge link (issue 12, "also seen"): a second phone that opens a judge's link could
// score silently beside the judge while the host saw only "online". Now the host view counts the
// devices holding each link and the judge's own view says how many others there are, both sent
// fresh (same rev, presence is not in the log) as devices come and go.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandshakeAuth, HostView, JudgeView } from '../../shared/protocol/index.ts';
import { handshakeError } from '../reliability/support/identities.ts';
import { scoringContest } from '../reliability/support/contest.ts';
import { connect, startServer, tempDir, tokenOf, type TestClient } from '../support/server.ts';
import type { Created } from './fixtures.ts';

const GRACE_MS = 400;
let server: Awaited<ReturnType<typeof startServer>>;
let created: Created;
let host: TestClient;
let presenterId: string;

beforeAll(async () => {
  server = await startServer(tempDir(), { offlineGraceMs: GRACE_MS });
  ({ created, host, presenterId } = await scoringContest(server.url));
});
afterAll(async () => {
  host?.close();
  await server?.close();
});

const judge = (i: number, device?: string): HandshakeAuth => ({ role: 'judge', token: tokenOf(created.judges[i]!.joinUrl), ...(device ? { device } : {}) });
const devicesOf = (i: number) => (v: HostView) => v.judges.find((j) => j.id === created.judges[i]!.id)?.devices;
const hostSees = (i: number, n: number) => host.waitFor<HostView>((v) => v.role === 'host' && devicesOf(i)(v) === n);
const others = (c: TestClient, n: number) => c.waitFor<JudgeView>((v) => v.role === 'judge' && v.otherDevices === n);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('devices per judge link', () => {
  it('two sockets on one link: the host sees 2 and both phones see the other; back to 1 after one leaves and the grace period', async () => {
    const rev = server.contests.get(created.id)!.state.rev;
    const first = await connect(server.url, judge(0));
    await hostSees(0, 1);
    expect((first.view as JudgeView).otherDevices).toBe(0);

    const second = await connect(server.url, judge(0));
    const seen = await hostSees(0, 2);
    expect(seen.judges.find((j) => j.id === created.judges[0]!.id)).toMatchObject({ online: true, devices: 2 });
    await others(first, 1);
    expect((second.view as JudgeView).otherDevices).toBe(1);
    // Presence is no event: the views carry the same revision.
    expect(seen.rev).toBe(rev);
    expect(second.view!.rev).toBe(rev);
    // Nobody else's count moved.
    expect(seen.judges.filter((j) => j.id !== created.judges[0]!.id).every((j) => j.devices === 0)).toBe(true);

    // A commit while both are there keeps the count in the judge's view (the broadcaster's
    // cache of the last judge view must not hide it either way).
    const judgeViews = first.views.length;
    expect(await second.send('score:submit', { presenterId, values: [50, 30] })).toMatchObject({ ok: true });
    const after = await first.waitFor<JudgeView>((v) => v.rev > rev);
    expect(after.otherDevices).toBe(1);
    expect(first.views.length).toBeGreaterThan(judgeViews);

    second.close();
    await sleep(GRACE_MS / 4);
    expect(devicesOf(0)(host.view as HostView)).toBe(2); // a blip does not count yet
    await hostSees(0, 1);
    await others(first, 0);
    first.close();
    await hostSees(0, 0);
  });

  it('counts a phone that reconnects with its device id once, however many connections it has', async () => {
    const phone = 'phone-A-0123456789';
    const a1 = await connect(server.url, judge(1, phone));
    const a2 = await connect(server.url, judge(1, phone)); // the same phone, e.g. back from a locked screen
    await hostSees(1, 1);
    expect((a2.view as JudgeView).otherDevices).toBe(0);
    const b = await connect(server.url, judge(1, 'phone-B-0123456789'));
    await hostSees(1, 2);
    await others(a1, 1);
    await others(a2, 1);
    b.close();
    a1.close();
    await hostSees(1, 1); // a2 still holds the phone's place
    await others(a2, 0);
    a2.close();
    await hostSees(1, 0);
  });

  it('refuses a malformed device id as an invalid handshake, and keeps the audience out of the count', async () => {
    for (const device of ['x', 'a'.repeat(65), 'has space ok', '<script>']) {
      expect(await handshakeError(server.url, { role: 'judge', token: tokenOf(created.judges[2]!.joinUrl), device }), device).toMatchObject({ code: 'invalid' });
    }
    expect(await handshakeError(server.url, { role: 'screen', token: tokenOf(created.screenUrl), device: 'phone-A-0123456789' })).toMatchObject({ code: 'invalid' });
    const audience = await connect(server.url, { role: 'audience', contestId: created.id });
    await sleep(50);
    expect((host.view as HostView).judges.every((j) => j.devices === 0)).toBe(true);
    audience.close();
  });
});
