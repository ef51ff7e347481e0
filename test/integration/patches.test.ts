// Patched views (docs/protocol.md §3) over the real server with real socket.io clients: every
// patch an opted-in host, judge, screen and audience client receives is replayed onto its full
// view, and after each step of a whole contest the result must equal the view a client without
// the opt-in is given fresh (view:get). Both forms: `patch`, and `compact` (the bundled pages'),
// whose views travel packed (shared/compact.ts). A patch dropped on purpose leads to a resync.
import { afterEach, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { applyViewPatch } from '../../client/common/view-patch.ts';
import { unpack } from '../../shared/compact.ts';
import { smallPublicView } from '../../shared/small-view.ts';
import type { ClientToServerEvents, HandshakeAuth, HostView, ServerToClientEvents, View, ViewPatch, ViewsMode } from '../../shared/protocol/index.ts';
import { api, connect, HOST_TOKEN, startServer, tokenOf, type TestClient } from '../support/server.ts';
import { definition, type Created } from './fixtures.ts';
import { isDeepStrictEqual } from 'node:util';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

const freshView = (c: { socket: Socket<ServerToClientEvents, ClientToServerEvents> }) =>
  new Promise<View>((resolve) => c.socket.emit('view:get', resolve));
const withoutSeq = (v: View | null) => {
  const { seq: _s, ...rest } = (v ?? {}) as View & { seq?: number };
  return rest;
};
// Presence changes reach views in batches of 50 ms (server/realtime.ts); give them time.
const settle = () => new Promise((r) => setTimeout(r, 150));

/** An opted-in client that does what client/common/session.ts does, and counts what it got. */
class PatchClient {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** The view as it came, patches applied: what the next patch applies to. */
  wire: View | null = null;
  patches: ViewPatch[] = [];
  fullViews = 0;
  resyncs = 0;
  dropNext = false;

  constructor(url: string, auth: HandshakeAuth, form: ViewsMode) {
    this.socket = io(url, { auth: { ...auth, views: form }, transports: ['websocket'], forceNew: true, reconnection: false });
    this.socket.on('view', (v) => {
      this.fullViews++;
      this.wire = v;
    });
    this.socket.on('view:patch', (p) => {
      if (this.dropNext) return void (this.dropNext = false);
      this.patches.push(p);
      const next = applyViewPatch(this.wire, p);
      if (next) return void (this.wire = next);
      this.resyncs++;
      this.socket.emit('view:get', (v) => void (this.wire = v));
    });
  }

  /** The view as the pages read it (a patch-form view unpacks to itself). */
  get view(): View | null {
    return this.wire && (unpack(this.wire) as View);
  }

  async ready(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
    while (!this.wire) await new Promise((r) => setTimeout(r, 5));
    return this;
  }
}

async function setup() {
  const server = await startServer();
  cleanup.push(() => server.close());
  const created = (await api<Created>(server.url, 'POST', '/api/contests', definition)).body;
  const judgeAuth = (i: number) => ({ role: 'judge' as const, token: tokenOf(created.judges[i]!.joinUrl) });
  const auths: Record<string, HandshakeAuth> = {
    host: { role: 'host', token: HOST_TOKEN, contestId: created.id },
    screen: { role: 'screen', token: tokenOf(created.screenUrl) },
    audience: { role: 'audience', contestId: created.id },
    judge0: judgeAuth(0),
  };
  // The judges who score (legacy clients, like older phones), and one opted-in client per role.
  const judges: TestClient[] = [];
  for (let i = 0; i < created.judges.length; i++) judges.push(await connect(server.url, judgeAuth(i)));
  // Opted-in clients are named role/form: host/patch, host/compact…
  const patched: Record<string, PatchClient> = {};
  const legacy: Record<string, TestClient> = {};
  for (const [name, auth] of Object.entries(auths)) {
    for (const form of ['patch', 'compact'] as const) patched[`${name}/${form}`] = await new PatchClient(server.url, auth, form).ready();
    legacy[name] = await connect(server.url, auth);
  }
  cleanup.push(() => [...judges, ...Object.values(legacy)].forEach((c) => c.close()));
  cleanup.push(() => Object.values(patched).forEach((c) => c.socket.close()));
  const host = legacy.host!;
  return { server, created, judges, patched, legacy, host, judgeAuth };
}

/** Every opted-in client's patched view equals the fresh view of a client without the opt-in. */
async function check(patched: Record<string, PatchClient>, legacy: Record<string, TestClient>, step: string) {
  await settle();
  for (const name of Object.keys(patched)) {
    // Presence (a device that just left) may still be on its way to one of the two when the other
    // has it: compare again for a moment before calling a difference a failure.
    for (let attempt = 0; ; attempt++) {
      const whole = await freshView(legacy[name.split('/')[0]!]!);
      // Patch rooms take the small public view: past presenters' marks only through result:get.
      const fresh = whole.role === 'screen' || whole.role === 'audience' ? smallPublicView(whole) : whole;
      // A judge is not sent a change of `rev` alone (another judge's submission), patched or not.
      const norev = (v: object) => (fresh.role === 'judge' ? { ...v, rev: 0 } : v);
      const mine = norev(withoutSeq(patched[name]!.view));
      if (attempt < 10 && !isDeepStrictEqual(mine, norev(fresh))) {
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      expect(mine, `${name} after ${step}`).toEqual(norev(fresh));
      break;
    }
  }
}

describe('patched views', () => {
  it('replay onto the full view through a whole contest and equal a fresh view after every step', async () => {
    const { server, judges, patched, legacy, host, judgeAuth } = await setup();
    await check(patched, legacy, 'connecting');
    const steps: [string, () => Promise<unknown>][] = [
      ['contest:start', () => host.send('contest:start', {})],
      ['order:draw', () => host.send('order:draw', {})],
    ];
    for (const [name, run] of steps) {
      expect(await run()).toMatchObject({ ok: true });
      await check(patched, legacy, name);
    }
    for (let p = 0; p < definition.presenters.length; p++) {
      for (const cmd of ['presenter:next', 'timer:start', 'timer:pause', 'phase:qa'] as const) {
        expect(await host.send(cmd, {}), cmd).toMatchObject({ ok: true });
        await check(patched, legacy, `${cmd} #${p}`);
      }
      const pid = ((await freshView(host)) as HostView).current!.presenterId;
      // Q&A: a judge asks, the host shows it on screen and marks it answered.
      expect(await judges[0]!.send('question:ask', { presenterId: pid, text: `问题 ${p}` })).toMatchObject({ ok: true });
      await check(patched, legacy, `question:ask #${p}`);
      const q = ((await freshView(host)) as HostView).questions.find((x) => x.presenterId === pid)!;
      expect(await host.send('question:show', { questionId: q.id })).toMatchObject({ ok: true });
      await check(patched, legacy, `question:show #${p}`);
      expect(await host.send('question:answered', { questionId: q.id, summary: '已答复' })).toMatchObject({ ok: true });
      expect(await host.send('scoring:open', {})).toMatchObject({ ok: true });
      await check(patched, legacy, `scoring:open #${p}`);
      for (let j = 0; j < judges.length; j++) {
        expect(await judges[j]!.send('score:submit', { presenterId: pid, values: [40 + j, 30] })).toMatchObject({ ok: true });
        if (j % 3 === 0) await check(patched, legacy, `score:submit #${p}/${j}`);
      }
      // Presence: a second device of judge 1 comes and goes.
      const extra = await connect(server.url, { ...judgeAuth(1), device: `device-extra-${p}` });
      await check(patched, legacy, `device joins #${p}`);
      extra.close();
      expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: true });
      await check(patched, legacy, `scoring:reveal #${p}`);
    }
    expect(await host.send('contest:finish', {})).toMatchObject({ ok: true });
    await check(patched, legacy, 'contest:finish');

    for (const [name, c] of Object.entries(patched)) {
      expect(c.fullViews, `${name} got only its first full view`).toBe(1);
      expect(c.resyncs, name).toBe(0);
      expect(c.patches.length, name).toBeGreaterThan(5);
    }
    // The compact form is the same view in fewer bytes: its lists travel as tables (a judge's
    // view of three presenters is too short to gain much).
    for (const role of ['host', 'screen', 'audience', 'judge0']) {
      const [plain, compact] = [patched[`${role}/patch`]!.wire, patched[`${role}/compact`]!.wire].map((v) => JSON.stringify(v));
      expect(compact, role).toContain('"$rows"');
      if (role !== 'judge0') expect(compact!.length, role).toBeLessThan(plain!.length * 0.8);
    }
    // Legacy clients got whole views and never a patch.
    expect(legacy.host!.views.length).toBeGreaterThan(20);
  }, 60_000);

  it('a dropped patch leads to a resync with view:get, after which patches apply again', async () => {
    const { patched, legacy, host } = await setup();
    const screen = patched['screen/compact']!;
    screen.dropNext = true;
    expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
    await settle();
    expect(screen.dropNext).toBe(false);
    expect(await host.send('order:draw', {})).toMatchObject({ ok: true });
    await check(patched, legacy, 'order:draw after a lost patch');
    expect(screen.resyncs).toBe(1);
    expect(await host.send('presenter:next', {})).toMatchObject({ ok: true });
    await check(patched, legacy, 'presenter:next');
    expect(screen.resyncs).toBe(1);
  }, 30_000);

  it('result:get answers revealed results whole and refuses unrevealed, unknown and malformed queries', async () => {
    const { judges, patched, legacy, host } = await setup();
    await host.send('contest:start', {});
    await host.send('order:set', { order: ['p1', 'p2', 'p3'] });
    for (const pid of ['p1', 'p2']) {
      expect(await host.send('presenter:next', {})).toMatchObject({ ok: true });
      expect(await host.send('scoring:open', {})).toMatchObject({ ok: true });
      for (let j = 0; j < judges.length; j++) expect(await judges[j]!.send('score:submit', { presenterId: pid, values: [40 + j, 30] })).toMatchObject({ ok: true });
      expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: true });
    }
    await settle();
    const audience = patched['audience/compact']!;
    const ask = (q: unknown) => new Promise<unknown>((resolve) => (audience.socket.emit as (...a: unknown[]) => void)('result:get', q, resolve));
    const whole = (await freshView(legacy.audience!)) as import('../../shared/protocol/index.ts').PublicView;
    const small = audience.view as import('../../shared/protocol/index.ts').PublicView;
    // p2 is on stage: its result is in the small view; p1's is not (its final is in the
    // ranking), but comes whole on request.
    expect(small.revealed.find((r) => r.presenterId === 'p2')!.marks).toHaveLength(judges.length);
    expect(small.revealed.map((r) => r.presenterId)).toEqual(['p2']);
    expect(small.ranking).toEqual(whole.ranking);
    expect(await ask({ presenterId: 'p1' })).toEqual({ ok: true, result: whole.revealed.find((r) => r.presenterId === 'p1') });
    expect(await ask({ presenterId: 'p3' })).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(await ask({ presenterId: 'nobody' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await ask({ presenterId: 'p1', extra: 1 })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await ask('p1')).toMatchObject({ ok: false, code: 'invalid' });
    // A judge asking gets no more than the projector shows: the same public result.
    const jc = patched['judge0/compact']!;
    const fromJudge = await new Promise((resolve) => (jc.socket.emit as (...a: unknown[]) => void)('result:get', { presenterId: 'p3' }, resolve));
    expect(fromJudge).toMatchObject({ ok: false, code: 'wrong_state' });
  });

  it('refuses an unknown views mode at the handshake', async () => {
    const { server, created } = await setup();
    const s = io(server.url, { auth: { role: 'audience', contestId: created.id, views: 'diff' }, transports: ['websocket'], forceNew: true, reconnection: false });
    const err = await new Promise<Error & { data?: { code?: string } }>((resolve) => s.once('connect_error', resolve));
    s.close();
    expect(err.data?.code).toBe('invalid');
  });
});
