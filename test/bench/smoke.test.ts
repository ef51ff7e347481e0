// `npm run bench` in miniature, so that it cannot rot: every measurement runs at a small size
// and must produce sane numbers. Timings are never asserted (this box is shared and noisy); the
// real figures are in docs/benchmarks.md. The snapshots that make restarts fast are checked
// here too, on the real server: used when they match the log, overruled by the log when not.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runAppraisalStorm } from '../../bench/appraisal-storm.ts';
import { writeLog } from '../../bench/contest-log.ts';
import { runLatency } from '../../bench/latency.ts';
import { measurePageWeight } from '../../bench/page-weight.ts';
import { render } from '../../bench/render.ts';
import { measureRestart } from '../../bench/restart.ts';
import { measureBackupStall } from '../../bench/backup-stall.ts';
import { openDatabase } from '../../server/db/database.ts';
import { SnapshotStore } from '../../server/db/snapshot-store.ts';
import type { HostView } from '../../shared/protocol/index.ts';
import { connect, startServer, tempDir, HOST_TOKEN, type TestClient } from '../support/server.ts';

const sane = (x: number) => Number.isFinite(x) && x > 0;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

describe('benchmark smoke', () => {
  it('measures submit → screen, acks, a storm and memory beside the bare Socket.IO floor', { timeout: 60_000 }, async () => {
    const r = await runLatency({ levels: [20], rounds: 1, judges: 5, presenters: 4, played: 2, connectRate: 400, gapMs: 0, patchFloor: true, durableFloor: true, patches: true }, () => {});
    const level = r.levels[0]!;
    for (const server of [level.leitai, level.bare, level.patch!, level.durable!]) {
      expect(server.audience.n).toBe(5 * 20); // every audience client got every submission's view
      expect(server.screen.n).toBe(5);
      expect(server.ack.n).toBe(5);
      for (const x of [server.audience.p50, server.audience.p99, server.screen.p99, server.ack.p50, server.rssMb.afterRounds]) expect(sane(x)).toBe(true);
      expect(server.storm).toMatchObject({ clients: 20, errors: 0, drops: 0 });
      expect(server.missing + server.wrongProgress).toBe(0);
    }
    // Leitai's phones take patches, as the bundled page does: a submission costs them a small
    // fraction of the view they got on connecting, which is what the view-sized floor sends.
    expect(level.leitai.connectViewBytes).toBeGreaterThan(1000);
    expect(level.leitai.resyncs).toBe(0);
    expect(level.leitai.publicViewBytes).toBeLessThan(level.leitai.connectViewBytes! / 3);
    expect(level.patch!.publicViewBytes).toBeLessThan(level.bare.publicViewBytes / 5);
    expect(sane(r.rssIdleMb.leitai) && sane(r.rssIdleMb.bare)).toBe(true);
    const table = render({ machine: { node: '', cpus: 2, cpu: '', memGb: 1, date: '2020-01-01' }, latency: r });
    expect(table).toContain('| 20 |');
    expect(table).toContain('floor with fsync');
  });

  it('runs the 民主测评 vote storm: every acknowledged ballot counted at the close, none lost, no errors', { timeout: 60_000 }, async () => {
    const r = await runAppraisalStorm({ voters: 50, judges: 3, presenters: 8, played: 2, baselineRounds: 2, stormRounds: 2, cadenceMs: 100, changeEvery: 10, connectRate: 400 }, () => {});
    // 50 first ballots and 5 changes, over two presenters; each voter counted once, their last choice.
    expect(r.ballots).toMatchObject({ planned: 55, acked: 55, voters: 50, counted: 50, lost: 0, extra: 0, errors: 0 });
    expect(r.connect.errors + r.drops).toBe(0);
    for (const phase of [r.baseline, r.storm]) {
      expect(phase.ack.n).toBe(2 * 3);
      expect(phase.judgeErrors + phase.missing).toBe(0);
      expect(sane(phase.ack.p99) && sane(phase.serverCpuMsPerS)).toBe(true);
    }
    const out = render({ machine: { node: '', cpus: 2, cpu: '', memGb: 1, date: '2020-01-01' }, appraisal: r });
    expect(out).toContain("民主测评: judges' ack p99 with 50 voters voting ≤ 1.3× without");
    expect(out).toContain('| 55 | 55 | 50 | 50 | 0 / 0 | 0 |');
  });

  it('times a restart on a 2,000-event log, the second start from snapshots', { timeout: 60_000 }, async () => {
    const [point] = await measureRestart([2000], 2, 1300, () => {});
    expect(point!.events).toBeGreaterThanOrEqual(2000);
    expect(point!.startsMs).toHaveLength(2);
    expect(point!.startsMs.every(sane) && point!.loadMs.every(sane) && sane(point!.rssMb)).toBe(true);
  });

  it('times backups on a 2,000-event data directory and the longest stall of the thread meanwhile', { timeout: 60_000 }, async () => {
    const r = await measureBackupStall(2000, 2);
    expect(r.events).toBe(2000);
    expect(sane(r.databaseMb)).toBe(true);
    expect(r.runs).toHaveLength(2);
    for (const b of r.runs) expect(sane(b.totalMs) && b.stallMs >= 0 && b.stallMs <= b.totalMs + 2).toBe(true);
    const out = render({ machine: { node: '', cpus: 2, cpu: '', memGb: 1, date: '2020-01-01' }, backup: r });
    expect(out).toContain('### Backup after a reveal');
    expect(out).toMatch(/^\| 2 \| \d+ ms \| [\d.]+ ms \|$/m);
  });

  it('weighs the judge pad beside a page with only React and socket.io-client', { timeout: 60_000 }, async () => {
    const { judge, minimal } = await measurePageWeight();
    expect(judge.files.some((f) => f.file.endsWith('.css'))).toBe(true);
    for (const page of [judge, minimal]) expect(page.gzip > 10_000 && page.gzip < page.bytes).toBe(true);
  });
});

describe('snapshots', () => {
  async function loggedServer() {
    const dataDir = tempDir();
    cleanup.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const { contests } = writeLog(dataDir, 2000); // the last contest is left mid-show
    const app = await startServer(dataDir);
    const id = app.contests.all()[contests - 1]!.id;
    const state = app.contests.get(id)!.state;
    app.contests.snapshotAll();
    await app.close();
    return { dataDir, id, state };
  }

  it('npm run bench has a wire part whose table goes into the generated section', () => {
    const run = fs.readFileSync(new URL('../../bench/run.ts', import.meta.url), 'utf8');
    expect(run).toContain("wants('wire')");
    const wire = [{ page: '/judge', files: [], wire: 2048, bytes: 4096, repeatWire: 512 }];
    const out = render({ machine: { node: '', cpus: 2, cpu: '', memGb: 1, date: '2020-01-01' }, wire });
    expect(out).toContain('### Page weights over the wire');
    expect(out).toContain('| `/judge` | 0 | 4.0 KB | 2.0 KB | 0.5 KB |');
  });

  it('a start from snapshots has exactly the state a replay of the log gives', async () => {
    const { dataDir, id, state } = await loggedServer();
    const app = await startServer(dataDir);
    cleanup.push(() => app.close());
    expect(app.contests.get(id)!.state).toEqual(state);
    await app.contests.verified;
    expect(app.contests.get(id)!.state).toEqual(state);
  });

  it('the log wins over a snapshot that disagrees with it, and the host sees the logged marks', async () => {
    const { dataDir, id, state } = await loggedServer();
    const revealed = Object.values(state.presenters).find((p) => p.phase === 'revealed')!;
    const logged = revealed.marks.j1!.values;
    // A snapshot that still looks valid (this code, this log's last event) but says otherwise.
    const db = openDatabase(dataDir);
    const snapshots = new SnapshotStore(db);
    const snap = snapshots.latest(id);
    if (!snap?.usable) throw new Error('the first start left no usable snapshot');
    const stored = structuredClone(snap.state);
    stored.presenters[revealed.id]!.marks.j1!.values = logged.map(() => 0);
    snapshots.save(id, stored, Date.now());
    db.close();

    const app = await startServer(dataDir);
    cleanup.push(() => app.close());
    const host: TestClient = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: id });
    cleanup.push(() => host.close());
    await app.contests.verified;
    const marks = (v: HostView) => v.presenters.find((p) => p.id === revealed.id)?.marks.j1?.values;
    const view = await host.waitFor<HostView>((v) => v.role === 'host' && JSON.stringify(marks(v)) === JSON.stringify(logged));
    expect(marks(view)).toEqual(logged);
    expect(app.contests.get(id)!.state).toEqual(state);
    const check = openDatabase(dataDir);
    expect(new SnapshotStore(check).latest(id)).toBeNull();
    check.close();
  });
});
