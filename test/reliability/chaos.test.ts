// Network chaos during scoring, on the real server and real SQLite: every device sits behind its
// own link, which is cut, taken out of range, or made to lose the server's answers at random
// while judges score and amend, and the server is stopped and started again from its data
// directory in every round. Clients behave like the judge pad's outbox (same command id until
// answered). Afterwards: no score lost, none counted twice, every screen shows the server's truth.
import { afterAll, describe, expect, it } from 'vitest';
import type { Ack, HostView, View } from '../../shared/protocol/index.ts';
import { judgeView } from '../../shared/views.ts';
import { ChaosRoom, hostMarks, myMarks, randomMarks, type JudgeDevice } from './support/chaos-room.ts';
import type { Link } from './support/proxy.ts';
import type { RetryingClient } from './support/retrying-client.ts';

const ROUNDS = 3;
const sameButRev = (a: View | null, b: View) => a !== null && JSON.stringify({ ...a, rev: 0 }) === JSON.stringify({ ...b, rev: 0 });
const SCORING_MS = 2500;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const between = (a: number, b: number) => a + Math.random() * (b - a);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
const until = async (what: string, ok: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(10);
  }
};

let room: ChaosRoom | undefined;
afterAll(async () => {
  await room?.server.close();
});

describe('network chaos during scoring', () => {
  it('loses no score and counts none twice; every device ends on the server’s values', { timeout: 120_000 }, async () => {
    room = await ChaosRoom.open();
    const r = room;
    const { created, host, screen, judges } = await r.contest();
    const id = created.id;
    const devices: { link: Link; client: RetryingClient }[] = [host, screen, ...judges];
    const chaos = { cuts: 0, lostAnswers: 0, outages: 0, hostOrScreenCuts: 0 };

    // The chaos monkey: one mishap every 60–200 ms, to any device, while not paused.
    let paused = false;
    let running = true;
    const monkey = (async () => {
      while (running) {
        await sleep(between(60, 200));
        if (paused) continue;
        const j = pick(judges);
        const roll = Math.random();
        if (roll < 0.3) (j.link.cut(), chaos.cuts++);
        else if (roll < 0.5) {
          // An answer lost on the way back: the judge submits, the server stores and answers,
          // the answer never arrives, the connection drops; the pad sends it again.
          const current = (host.client.view as HostView | null)?.current;
          if (current?.scoringOpen) void j.submit(current.presenterId, randomMarks());
          void j.link.loseAnswers(between(40, 120));
          chaos.lostAnswers++;
        } else if (roll < 0.65) (void j.link.outage(between(150, 500)), chaos.outages++);
        else if (roll < 0.8) (pick([host, screen]).link.cut(), chaos.hostOrScreenCuts++);
      }
    })();

    const hostSends = async (type: string, payload: Record<string, unknown> = {}) => {
      const ack: Ack = await host.client.send(type, payload).done;
      expect(ack, type).toMatchObject({ ok: true });
    };
    /** Quiet network, every outbox empty, every device connected and on the server's revision. */
    const settle = async () => {
      paused = true;
      await sleep(600); // outages end, lost answers are cut
      await until('outboxes empty', () => devices.every((d) => d.client.outbox === 0));
      await until('all connected', () => devices.every((d) => d.client.socket.connected));
      // Host and screen hold the server's revision. A judge is sent a view only when its content
      // changed (server/broadcaster.ts), so a judge holds exactly what the server would send now.
      await until('views current', () => [host, screen].every((d) => d.client.view?.rev === r.rev(id)));
      await until('judge views current', () => judges.every((j) => sameButRev(j.client.view, judgeView(r.server.contests.get(id)!.state, j.id))));
    };

    await hostSends('contest:start');
    for (let round = 0; round < ROUNDS; round++) {
      await hostSends('presenter:next');
      await hostSends('phase:qa');
      await hostSends('scoring:open');
      const presenterId = (await host.client.until((v) => (v as HostView).current?.scoringOpen === true)).current!.presenterId;

      // Judges score and amend; one in two submissions made while offline is amended before
      // the phone is back (the pad replaces what it has not sent yet).
      let scoring = true;
      const loops = judges.map(async (j: JudgeDevice) => {
        await j.submit(presenterId, randomMarks());
        while (scoring) {
          const sent = j.submit(presenterId, randomMarks());
          if (!j.client.socket.connected && Math.random() < 0.5) {
            await sleep(30);
            continue;
          }
          await sent;
          await sleep(between(60, 200));
        }
      });
      // The server goes down mid-scoring, for 50–300 ms, and comes back from its data directory.
      await sleep(between(400, SCORING_MS - 600));
      await r.restart(between(50, 300));
      await sleep(SCORING_MS / 2);
      scoring = false;
      await Promise.all(loops);
      await settle();

      // What the host holds for each judge is the last thing that judge was told was stored,
      // and each judge's own pad shows exactly that.
      const marks = hostMarks(host.client.view, presenterId);
      for (const j of judges) {
        expect(j.lastAcked(presenterId), j.id).toBeDefined();
        expect(marks[j.id]?.values, j.id).toEqual(j.lastAcked(presenterId));
        expect(myMarks(j.client.view)[presenterId]?.values, j.id).toEqual(marks[j.id]?.values);
      }
      await hostSends('scoring:reveal'); // without allowMissing: all seven marks are there
      // Unpaused only once the reveal is acknowledged (the host's view, sent before the ack, then
      // says scoring is closed): a mishap that submits while the reveal is in flight would be
      // refused scoring_closed, rightly, and counted as a lost score.
      paused = false;
    }
    await settle();
    running = false;
    await monkey;

    // The log: every command id once; every acknowledged submission exactly once; nothing that
    // no judge sent; the last submission per judge and presenter is the last acknowledged one.
    const log = r.server.contests.store.events(id);
    const ids = log.flatMap((e) => (e.commandId ? [e.commandId] : []));
    const perCommand = new Map<string, number>();
    for (const e of log) if (e.commandId) perCommand.set(e.commandId, (perCommand.get(e.commandId) ?? 0) + 1);
    const submitted = log.filter((e) => e.data.type === 'MarksSubmitted');
    expect(new Set(submitted.map((e) => e.commandId)).size).toBe(submitted.length);
    const sent = new Set(judges.flatMap((j) => [...j.sent]));
    for (const e of submitted) expect(sent.has(e.commandId!)).toBe(true);
    for (const j of judges) {
      expect(j.refused, j.id).toEqual([]);
      for (const a of j.acked) expect(submitted.filter((e) => e.commandId === a.commandId), a.commandId).toHaveLength(1);
      for (const a of j.acked) expect((submitted.find((e) => e.commandId === a.commandId)!.data as { values: number[] }).values).toEqual(a.values);
    }
    for (const p of Object.keys(r.server.contests.get(id)!.state.presenters)) {
      for (const j of judges) {
        const last = submitted.filter((e) => (e.data as { presenterId: string }).presenterId === p && (e.data as { judgeId: string }).judgeId === j.id).at(-1);
        expect((last?.data as { values?: number[] } | undefined)?.values, `${p} ${j.id}`).toEqual(j.lastAcked(p));
      }
    }
    // Host and screen resynced on every reconnect: never behind what they had, never ahead of
    // the server, and (checked in settle) on the server's revision once the network is quiet.
    for (const s of r.resyncs) {
      expect(s.viewRev, s.who).toBeGreaterThanOrEqual(s.before);
      expect(s.viewRev, s.who).toBeLessThanOrEqual(s.serverRev);
    }
    expect(host.client.view!.rev).toBe(r.rev(id));
    expect(screen.client.view!.rev).toBe(r.rev(id));

    const reconnects = Object.fromEntries(devices.map((d, i) => [i === 0 ? 'host' : i === 1 ? 'screen' : `j${i - 1}`, d.client.reconnects]));
    const figures = {
      rounds: ROUNDS,
      restarts: r.restarts,
      chaos,
      reconnects,
      totalReconnects: Object.values(reconnects).reduce((a, b) => a + b, 0),
      submissionsAcked: judges.reduce((n, j) => n + j.acked.length, 0),
      replacedWhileOffline: judges.reduce((n, j) => n + j.replaced.length, 0),
      marksEvents: submitted.length,
      lostAnswersRecovered: devices.reduce((n, d) => n + d.client.duplicates, 0),
      resends: devices.reduce((n, d) => n + d.client.resends, 0),
      resyncChecks: r.resyncs.length,
      commandIds: ids.length,
    };
    console.log('[chaos]', JSON.stringify(figures));
    expect(r.restarts).toBe(ROUNDS);
    expect(figures.totalReconnects).toBeGreaterThan(30);
    expect(figures.lostAnswersRecovered).toBeGreaterThan(0);
    for (const d of devices) d.client.close();
    await Promise.all(devices.map((d) => d.link.close()));
  });
});
