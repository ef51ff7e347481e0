// The broadcaster on real Socket.IO servers: the order of a commit's views, judges sent only
// changed views, and — the reason for the Subscribers seam — a view built for sockets that are
// all on another process. A second server stands in for an edge process, joined to the first by
// a small adapter that forwards every broadcast, as a Redis adapter would.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { Adapter, type BroadcastOptions } from 'socket.io-adapter';
import { io as connectClient, type Socket as ClientSocket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContestState } from '../../shared/domain/state.ts';
import type { HostView, JudgeView, View } from '../../shared/protocol/index.ts';
import { LocalSubscribers, SocketBroadcaster, type Subscribers } from '../../server/broadcaster.ts';
import { roomOf, type Channel, type IO } from '../../server/channels.ts';
import { show } from '../domain/given.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

/** A Socket.IO server on port 0 whose connections join the room of the channel in their auth. */
async function serve(adapter?: typeof Adapter): Promise<{ io: IO; url: string }> {
  const server = http.createServer();
  const io: IO = new Server(server, adapter ? { adapter } : {});
  io.on('connection', (s) => void s.join(roomOf(s.handshake.auth as Channel)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanup.push(() => new Promise<void>((r) => io.close(() => r())));
  return { io, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** An adapter that logs the rooms of each broadcast and forwards it to `edge` (if any). */
function relay(log: string[], edge?: () => IO): typeof Adapter {
  return class extends Adapter {
    override broadcast(packet: { data: [string, ...unknown[]] }, opts: BroadcastOptions): void {
      log.push(...opts.rooms);
      super.broadcast(packet, opts);
      const [event, ...args] = packet.data;
      (edge?.().to([...opts.rooms]).emit as (e: string, ...a: unknown[]) => boolean)?.(event, ...args);
    }
  };
}

/** A client in a channel's room that records what arrives, in order. */
async function member(url: string, channel: Channel) {
  const got: { event: string; data: unknown }[] = [];
  const socket: ClientSocket = connectClient(url, { auth: channel, transports: ['websocket'], forceNew: true, reconnection: false });
  socket.onAny((event: string, data: unknown) => got.push({ event, data }));
  cleanup.push(() => void socket.close());
  await new Promise<void>((r, j) => (socket.once('connect', () => r()), socket.once('connect_error', j)));
  const until = (pred: (e: { event: string; data: unknown }) => boolean) =>
    new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('timed out')), 3000);
      const check = () => (got.some(pred) ? (clearTimeout(t), resolve()) : setTimeout(check, 5));
      check();
    });
  return { got, until, views: () => got.filter((e) => e.event === 'view').map((e) => e.data as View) };
}

// A contest in scoring: three judges, the first presenter up.
const run = show().start();
const presenterId = run.state.def.presenters[0]!.id;
const [j1, j2, j3] = run.state.def.judges.map((j) => j.id) as [string, string, string];
run.next(presenterId).open();
const scoring: ContestState = run.state;
const afterJ2: ContestState = run.submit(presenterId, j2, [20, 15]).state;
const C = scoring.id;

const ch = {
  host: { contestId: C, actor: { role: 'host' } },
  screen: { contestId: C, actor: { role: 'screen' } },
  audience: { contestId: C, actor: { role: 'audience' } },
  judge: (judgeId: string): Channel => ({ contestId: C, actor: { role: 'judge', judgeId } }),
} satisfies Record<string, Channel | ((j: string) => Channel)>;

const nobodyOnline = { online: () => new Set<string>(), devices: () => new Map<string, number>() };

describe('a view for sockets on another process', () => {
  it('is built and reaches them when Subscribers says so, though no local room exists', async () => {
    const edge = await serve();
    const log: string[] = [];
    const authority = await serve(relay(log, () => edge.io));
    const phone = await member(edge.url, ch.audience);
    const sentinel = () => authority.io.to(roomOf(ch.audience)).emit('session:revoked', { reason: 'sentinel' });

    // Local rooms alone: nobody is in the audience room here, so nothing is built or sent.
    const local = new LocalSubscribers(authority.io);
    new SocketBroadcaster(authority.io, local, nobodyOnline).publish(scoring);
    sentinel();
    await phone.until((e) => e.event === 'session:revoked');
    expect(phone.views()).toEqual([]);
    expect(log).toEqual([roomOf(ch.audience)]); // the sentinel only

    // A Subscribers that knows the public rooms are watched elsewhere: the view is built and sent.
    const everywhere: Subscribers = { any: (c) => c.actor.role === 'audience' || c.actor.role === 'screen' || local.any(c) };
    new SocketBroadcaster(authority.io, everywhere, nobodyOnline).publish(scoring);
    await phone.until((e) => e.event === 'view');
    expect(phone.views()).toMatchObject([{ role: 'audience', rev: scoring.rev }]);
    expect(log.slice(1)).toEqual([roomOf(ch.screen), roomOf(ch.audience)]);
  });
});

describe('a commit on local rooms', () => {
  it('goes to the screen first, then the host, each watched judge, the audience last', async () => {
    const log: string[] = [];
    const { io, url } = await serve(relay(log));
    // Connected in another order than the one expected; j3 is not connected at all.
    const audience = await member(url, ch.audience);
    const judge2 = await member(url, ch.judge(j2));
    const host = await member(url, ch.host);
    const judge1 = await member(url, ch.judge(j1));
    const screen = await member(url, ch.screen);

    new SocketBroadcaster(io, new LocalSubscribers(io), { online: () => new Set([j1]), devices: () => new Map([[j1, 2]]) }).publish(scoring);
    expect(log).toEqual([roomOf(ch.screen), roomOf(ch.host), roomOf(ch.judge(j1)), roomOf(ch.judge(j2)), roomOf(ch.audience)]);
    for (const m of [audience, judge2, host, judge1, screen]) await m.until((e) => e.event === 'view');
    expect(screen.views()).toMatchObject([{ role: 'screen', rev: scoring.rev }]);
    expect(audience.views()).toMatchObject([{ role: 'audience', rev: scoring.rev }]);
    expect(judge1.views()).toMatchObject([{ role: 'judge', me: { id: j1 } }]);
    expect(judge2.views()).toMatchObject([{ role: 'judge', me: { id: j2 } }]);
    // The host's view reads presence through the broadcaster's OnlineJudges.
    const online = (host.views()[0] as HostView).judges.map((j) => [j.id, j.online, j.devices]);
    expect(online).toEqual([
      [j1, true, 2],
      [j2, false, 0],
      [j3, false, 0],
    ]);
    // Each judge's view reads the devices on its link: j1 has another one, j2 none.
    expect(judge1.views()).toMatchObject([{ otherDevices: 1 }]);
    expect(judge2.views()).toMatchObject([{ otherDevices: 0 }]);
  });

  it("with the batch's senders, sends theirs before the acks and the host's and other judges' after the audience's", async () => {
    const log: string[] = [];
    const { io, url } = await serve(relay(log));
    for (const c of [ch.audience, ch.host, ch.screen, ch.judge(j1), ch.judge(j2)]) await member(url, c);
    const b = new SocketBroadcaster(io, new LocalSubscribers(io), nobodyOnline);
    // Judge 2 submitted: the projector, judge 2, the acks, the hall, then the host and judge 1.
    b.publish(afterJ2, () => log.push('acks'), [{ role: 'judge', judgeId: j2 }]);
    expect(log).toEqual([roomOf(ch.screen), roomOf(ch.judge(j2)), 'acks', roomOf(ch.audience), roomOf(ch.host), roomOf(ch.judge(j1))]);
    // The host acted: the host's view before the acks, the judges' after the hall's.
    log.length = 0;
    new SocketBroadcaster(io, new LocalSubscribers(io), nobodyOnline).publish(scoring, () => log.push('acks'), [{ role: 'host' }]);
    expect(log).toEqual([roomOf(ch.screen), roomOf(ch.host), 'acks', roomOf(ch.audience), roomOf(ch.judge(j1)), roomOf(ch.judge(j2))]);
  });

  it('after a presence change, sends the host view alone', async () => {
    const log: string[] = [];
    const { io } = await serve(relay(log));
    const all: Subscribers = { any: () => true };
    new SocketBroadcaster(io, all, nobodyOnline).publishHost(scoring);
    expect(log).toEqual([roomOf(ch.host)]);
  });

  it('after a change of a judge\'s devices, sends that judge a view only if its count changed', async () => {
    const log: string[] = [];
    const { io, url } = await serve(relay(log));
    const judge1 = await member(url, ch.judge(j1));
    let devices = 1;
    const b = new SocketBroadcaster(io, new LocalSubscribers(io), { online: () => new Set([j1]), devices: () => new Map([[j1, devices]]) });
    b.publish(scoring);
    devices = 2;
    b.publishJudge(scoring, j1);
    b.publishJudge(scoring, j1); // nothing new: not sent again
    devices = 1;
    b.publishJudge(scoring, j1);
    await judge1.until(() => judge1.views().length === 3);
    expect(judge1.views().map((v) => [v.rev, (v as JudgeView).otherDevices])).toEqual([
      [scoring.rev, 0],
      [scoring.rev, 1],
      [scoring.rev, 0],
    ]);
    expect(log.filter((r) => r === roomOf(ch.judge(j1)))).toHaveLength(3);
  });
});

describe('judges', () => {
  it('are sent a view only when it changed in more than rev; an unwatched room forgets the last one', async () => {
    const log: string[] = [];
    const { io } = await serve(relay(log));
    const watched = new Set([j1, j2].map((j) => roomOf(ch.judge(j))));
    const subscribers: Subscribers = { any: (c) => c.actor.role !== 'judge' || watched.has(roomOf(c)) };
    const broadcaster = new SocketBroadcaster(io, subscribers, nobodyOnline);
    const judgesSent = () => log.splice(0).filter((r) => r.includes(':judge:'));

    broadcaster.publish(scoring);
    expect(judgesSent()).toEqual([roomOf(ch.judge(j1)), roomOf(ch.judge(j2))]);
    // j2 submitted: only j2's view changed beyond rev.
    broadcaster.publish(afterJ2);
    expect(judgesSent()).toEqual([roomOf(ch.judge(j2))]);
    // The same state again (a resend after repair): nothing for judges.
    broadcaster.publish(afterJ2);
    expect(judgesSent()).toEqual([]);
    // j1's room empties: its last view is forgotten (whoever joins later gets the full view on
    // connecting), so once watched again j1 is sent the view although it did not change.
    watched.delete(roomOf(ch.judge(j1)));
    broadcaster.publish(afterJ2);
    expect(judgesSent()).toEqual([]);
    watched.add(roomOf(ch.judge(j1)));
    broadcaster.publish(afterJ2);
    expect(judgesSent()).toEqual([roomOf(ch.judge(j1))]);
  });
});
