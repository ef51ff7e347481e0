// 民主测评 vote storm (issue 14): do the judges' submits stay fast while the hall votes?
//
// One contest with a codes electorate, voting per presenter (it opens with the judges' scoring and
// closes at the reveal), staged mid-show like the latency benchmark. The codes are issued over
// HTTP as a host would (POST /api/contests/:id/ballot-codes) and read back in clear from the
// server's ballot_codes table, the one place they exist (what the slips PDF prints). Every voter
// is a real socket.io client in the crowd process, connected with its code before any round, so
// baseline and storm differ only in the ballots: the phones are in the hall either way.
//
// Rounds run baseline, storm, baseline (half the baseline presenters before the storm, half
// after), so the view growing with each reveal and the box's drift fall on both sides alike. In a
// round the host calls a presenter and opens scoring, the judges submit one after another at a
// fixed cadence (each waits for its ack and for the screen to show it), the host reveals. In a
// storm round that presenter's share of the voters casts a ballot spread over the round, a tenth
// of them changing it once two seconds later. After the close every presenter's counts must
// equal the last acknowledged ballot of each voter: nothing lost, nothing counted twice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BallotCodeStore } from '../server/db/ballot-code-store.ts';
import { openDatabase } from '../server/db/database.ts';
import type { ResultsDocument } from '../shared/results.ts';
import { benchDefinition, benchMarks, writeStagedContests } from './contest-log.ts';
import { Crowd, type BallotResult, type PlannedBallot } from './crowd.ts';
import { BENCH_TOKEN, startLeitaiChild } from './servers.ts';
import { Stage } from './stage.ts';
import { cpuMs, now, rssMb, sleep, summarize, type Summary } from './stats.ts';

export interface StormOptions {
  voters: number;
  judges: number;
  presenters: number;
  /** Presenters already revealed when the benchmark starts. */
  played: number;
  /** Presenters scored with no ballots: half before the storm, half after. */
  baselineRounds: number;
  /** Presenters scored while the hall votes; the voters are split among them. */
  stormRounds: number;
  /** A judge's submission starts every cadenceMs (later if the one before is not on the screen yet). */
  cadenceMs: number;
  /** Every n-th voter changes their vote once. */
  changeEvery: number;
  /** Voter connections a second. */
  connectRate: number;
}

export interface PhaseFigures {
  /** Judges' score:submit, from emit to ack. */
  ack: Summary;
  /** Judges' score:submit, from emit to the projector showing it. */
  screen: Summary;
  durationMs: number;
  /** Views the projector received a second (judges' commits, and ballots coalesced). */
  viewsPerSecond: number;
  /** CPU time a wall-clock second of the phase: the server, and the process simulating the phones. */
  serverCpuMsPerS: number;
  crowdCpuMsPerS: number;
  judgeErrors: number;
  /** Views delivered to the phones a second, and their megabytes a second (what the hall's Wi-Fi would carry). */
  phoneViewsPerS: number;
  phoneMBPerS: number;
  /** Phones that had not caught up with a round's reveal two minutes after it. */
  missing: number;
  /** The box's 1-minute load average at the end of each round, averaged: other work on the same 2 cores. */
  load: number;
}

export interface StormResult {
  options: StormOptions;
  /** When it ran: the box is shared, so the load average matters as much as the date. */
  date: string;
  publicViewBytes: number;
  connect: { totalMs: number; errors: number };
  baseline: PhaseFigures;
  storm: PhaseFigures;
  ballots: {
    planned: number;
    acked: number;
    /** Voters with at least one acknowledged ballot: what the closes must count. */
    voters: number;
    /** Ballots in the AppraisalClosed counts of the storm presenters (/results after the close). */
    counted: number;
    /** Per presenter and option: acknowledged last ballots missing from the count, and counted ones beyond them. */
    lost: number;
    extra: number;
    errors: number;
    errorSamples: string[];
    ack: Summary;
    /** From the first ballot sent to the last ballot acknowledged. */
    wallMs: number;
  };
  /** Voter sockets the server closed, and why. */
  drops: number;
  dropReasons: Record<string, number>;
  rssMb: { before: number; after: number };
}

const APPRAISAL = { preset: 'satisfaction', weight: 0.3, electorate: 'codes', opens: 'perPresenter' };
const CHANGE_AFTER_MS = 2000;

/** The voters of one storm round: each casts once, spread over the round; every n-th changes later. */
export function planBallots(voters: number[], presenterId: string, options: string[], windowMs: number, changeEvery: number): PlannedBallot[] {
  const spread = Math.max(0, windowMs - CHANGE_AFTER_MS - 500);
  return voters.flatMap((k, i) => {
    const atMs = (i * spread) / Math.max(1, voters.length);
    const first = { k, atMs, choices: { [presenterId]: options[(k * 7) % options.length]! } };
    if (k % changeEvery !== 0) return [first];
    return [first, { k, atMs: atMs + CHANGE_AFTER_MS, choices: { [presenterId]: options[(k * 7 + 1) % options.length]! } }];
  });
}

/** The counts the closes must show: each voter's last acknowledged choice per presenter. */
export function expectedCounts(results: BallotResult[]): Map<string, Map<string, number>> {
  const last = new Map<string, string>();
  for (const r of [...results].filter((r) => r.ok).sort((a, b) => a.sentMs - b.sentMs))
    for (const [p, o] of Object.entries(r.choices)) last.set(`${p}\u0000${r.k}`, o);
  const counts = new Map<string, Map<string, number>>();
  for (const [key, option] of last) {
    const p = key.split('\u0000')[0]!;
    const byOption = counts.get(p) ?? new Map<string, number>();
    byOption.set(option, (byOption.get(option) ?? 0) + 1);
    counts.set(p, byOption);
  }
  return counts;
}

interface Tally {
  ack: number[];
  screen: number[];
  durationMs: number;
  views: number;
  serverCpuMs: number;
  crowdCpuMs: number;
  judgeErrors: number;
  deliveries: number;
  bytes: number;
  missing: number;
  load: number[];
}

const figures = (t: Tally): PhaseFigures => ({
  ack: summarize(t.ack),
  screen: summarize(t.screen),
  durationMs: t.durationMs,
  viewsPerSecond: (t.views * 1000) / Math.max(1, t.durationMs),
  serverCpuMsPerS: (t.serverCpuMs * 1000) / Math.max(1, t.durationMs),
  crowdCpuMsPerS: (t.crowdCpuMs * 1000) / Math.max(1, t.durationMs),
  judgeErrors: t.judgeErrors,
  phoneViewsPerS: (t.deliveries * 1000) / Math.max(1, t.durationMs),
  phoneMBPerS: (t.bytes * 1000) / Math.max(1, t.durationMs) / 2 ** 20,
  missing: t.missing,
  load: t.load.reduce((a, b) => a + b, 0) / Math.max(1, t.load.length),
});

/** The judges submit one after another, one every cadenceMs (or as soon as the one before is on the screen). */
async function judgesAtCadence(stage: Stage, t: Tally, presenterId: string, index: number, opts: StormOptions): Promise<void> {
  const start = now();
  for (let j = 0; j < opts.judges; j++) {
    const wait = start + j * opts.cadenceMs - now();
    if (wait > 0) await sleep(wait);
    try {
      const s = await stage.submit(j, presenterId, benchMarks(index, j));
      t.ack.push(s.ackMs);
      if (await stage.screenAt(s.rev)) t.screen.push(stage.screenTimeFrom(s.rev)! - s.t0);
    } catch {
      t.judgeErrors += 1;
    }
  }
}

async function api<T>(url: string, method: string, body?: unknown): Promise<T> {
  const res = await fetch(url, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_TOKEN}` }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function runAppraisalStorm(opts: StormOptions, log: (line: string) => void = console.log): Promise<StormResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-bench-'));
  const def = benchDefinition(opts.presenters, opts.judges, '全县村（社区）党组织书记擂台赛（民主测评基准测试）', { appraisal: APPRAISAL });
  const [contest] = writeStagedContests(dataDir, 1, opts.presenters, opts.judges, opts.played, def);
  const optionIds = def.appraisal!.options.map((o) => o.id);
  const server = await startLeitaiChild(dataDir);
  const crowd = new Crowd();
  try {
    const { id, judgeTokens, screenToken, upcoming } = contest!;
    for (let left = opts.voters; left > 0; left -= 2000) await api(`${server.url}/api/contests/${id}/ballot-codes`, 'POST', { count: Math.min(2000, left) });
    const db = openDatabase(dataDir);
    const codes = new BallotCodeStore(db).all(id).map((c) => c.code);
    db.close();

    const stage = await Stage.open(server.url, { host: { role: 'host', token: BENCH_TOKEN, contestId: id }, screen: { role: 'screen', token: screenToken }, judges: judgeTokens.map((token) => ({ role: 'judge', token })) });
    log(`  ${opts.voters} voters connecting with their codes…`);
    const connected = await crowd.connect('voters', server.url, { role: 'audience', contestId: id }, opts.voters, (opts.voters / opts.connectRate) * 1000, 30_000, codes);
    await sleep(500);
    const rssBefore = rssMb(server.pid);

    const before = Math.ceil(opts.baselineRounds / 2);
    const kinds = [...Array<'baseline'>(before).fill('baseline'), ...Array<'storm'>(opts.stormRounds).fill('storm'), ...Array<'baseline'>(opts.baselineRounds - before).fill('baseline')];
    const fresh = (): Tally => ({ ack: [], screen: [], durationMs: 0, views: 0, serverCpuMs: 0, crowdCpuMs: 0, judgeErrors: 0, deliveries: 0, bytes: 0, missing: 0, load: [] });
    const tally = { baseline: fresh(), storm: fresh() };
    const windowMs = opts.judges * opts.cadenceMs;
    const ballots: BallotResult[] = [];
    let planned = 0;
    let stormRound = 0;
    let firstBallot = NaN;
    let lastAck = NaN;
    for (const [r, kind] of kinds.entries()) {
      const presenterId = upcoming[r]!;
      log(`  ${kind} round ${r + 1}/${kinds.length}: ${presenterId}, ${opts.judges} judges every ${opts.cadenceMs} ms${kind === 'storm' ? ' while the hall votes' : ''}`);
      const t = tally[kind];
      const t0 = now();
      const cpu0 = cpuMs(server.pid);
      const crowd0 = cpuMs(crowd.pid);
      const views0 = stage.screenViews.size;
      await stage.hostCommand('presenter:next', { presenterId });
      await stage.hostCommand('scoring:open'); // opens the hall's voting on this presenter too
      let voting: Promise<{ ballots: BallotResult[] }> = Promise.resolve({ ballots: [] });
      if (kind === 'storm') {
        const share = Array.from({ length: opts.voters }, (_, k) => k).filter((k) => k % opts.stormRounds === stormRound);
        const plan = planBallots(share, presenterId, optionIds, windowMs, opts.changeEvery);
        planned += plan.length;
        if (Number.isNaN(firstBallot)) firstBallot = now();
        voting = crowd.vote('voters', plan).then((v) => ((lastAck = now()), v));
        stormRound += 1;
      }
      await judgesAtCadence(stage, t, presenterId, opts.played + r, opts);
      ballots.push(...(await voting).ballots);
      const reveal = await stage.hostCommand('scoring:reveal'); // closes the round: its counts are fixed in the log
      t.durationMs += now() - t0;
      t.views += stage.screenViews.size - views0;
      t.serverCpuMs += cpuMs(server.pid) - cpu0;
      t.crowdCpuMs += cpuMs(crowd.pid) - crowd0;
      t.load.push(os.loadavg()[0]!);
      // Every phone catches up before the next round, so no round inherits another's backlog.
      t.missing += await crowd.wait('voters', reveal, 120_000);
      for (const got of (await crowd.samples('voters')).samples) {
        t.deliveries += got.times.length;
        t.bytes += got.bytes * got.times.length;
      }
    }
    const rssAfter = rssMb(server.pid);
    const publicViewBytes = JSON.stringify(stage.screenView ?? {}).length;
    stage.close();
    const { drops, dropReasons } = await crowd.samples('voters');
    await crowd.close('voters');

    // Counted: the closes' counts, as /results shows them; expected: the acknowledged ballots.
    const results = await api<ResultsDocument>(`${server.url}/api/contests/${id}/results`, 'GET');
    const expected = expectedCounts(ballots);
    let counted = 0;
    let lost = 0;
    let extra = 0;
    for (const presenterId of upcoming.slice(0, kinds.length).filter((_, r) => kinds[r] === 'storm')) {
      const line = results.presenters.find((p) => p.presenterId === presenterId)?.appraisal;
      for (const option of optionIds) {
        const got = line?.options.find((o) => o.id === option)?.count ?? 0;
        const want = expected.get(presenterId)?.get(option) ?? 0;
        counted += got;
        lost += Math.max(0, want - got);
        extra += Math.max(0, got - want);
      }
    }
    const failed = ballots.filter((b) => !b.ok);
    return {
      options: opts,
      date: new Date().toISOString(),
      publicViewBytes,
      connect: { totalMs: connected.totalMs, errors: connected.errors.length },
      baseline: figures(tally.baseline),
      storm: figures(tally.storm),
      ballots: {
        planned,
        acked: ballots.length - failed.length,
        voters: new Set(ballots.filter((b) => b.ok).map((b) => b.k)).size,
        counted,
        lost,
        extra,
        errors: failed.length + (planned - ballots.length),
        errorSamples: [...new Set(failed.map((b) => b.error ?? '?'))].slice(0, 3),
        ack: summarize(ballots.filter((b) => b.ok).map((b) => b.ackMs)),
        wallMs: lastAck - firstBallot,
      },
      drops,
      dropReasons,
      rssMb: { before: rssBefore, after: rssAfter },
    };
  } finally {
    crowd.stop();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
