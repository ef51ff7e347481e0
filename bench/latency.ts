// Submit -> screen latency, ack latency, connect storms and memory, Leitai beside the bare
// Socket.IO floor in the same run. Each audience size gets its own contest, staged at the same
// point (mid-show), and both servers play the same rounds alternately (a Leitai round, then a
// bare round), so machine noise falls on both alike.
//
// One round = one presenter: the host calls them and opens scoring, then the judges submit one
// after another; after each submission we wait until the screen and every audience socket have
// the view it produced (so submissions are measured one at a time, not queued behind each other).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchMarks, writeStagedContests, type StagedContest } from './contest-log.ts';
import { Crowd, type CrowdReply, type RevSamples } from './crowd.ts';
import { BENCH_TOKEN, startBareChild, startLeitaiChild, type Child } from './servers.ts';
import { Stage } from './stage.ts';
import { cpuMs, rssMb, sleep, summarize, type Summary } from './stats.ts';

export interface LatencyOptions {
  /** Audience sizes (passive clients besides host, screen and judges). */
  levels: number[];
  rounds: number;
  judges: number;
  presenters: number;
  /** Presenters already revealed when the benchmark starts. */
  played: number;
  /** Audience connections a second (2,000 in 5 s = 400). */
  connectRate: number;
  /** Pause between one submission's last delivery and the next submission. */
  gapMs: number;
  /**
   * Also run the floor with patch-sized messages (rev and progress only, ~0.1 KB): what sending
   * patches instead of whole views could gain at most.
   */
  patchFloor: boolean;
  /**
   * Also run the patch-sized floor with a durable write: each submission appended to a file and
   * fsynced before the views (bench/bare-server.ts). What an acknowledged-means-on-disk server
   * pays at least; needs patchFloor.
   */
  durableFloor: boolean;
  /**
   * Leitai's sockets (host, screen, judges, phones) ask for patched views, as the bundled pages
   * do (issue 17); false measures the whole views older clients get.
   */
  patches: boolean;
}

export interface ServerLevel {
  audience: Summary;
  screen: Summary;
  ack: Summary;
  /** Server CPU time per submission (broadcast included), from /proc. */
  cpuPerSubmitMs: number;
  /** The audience process's CPU time per submission: receiving is work too, on the same 2 cores. */
  crowdCpuPerSubmitMs: number;
  /** The largest message a phone got for one submission (a patch, or the whole view). */
  publicViewBytes: number;
  /** The public view a phone gets on connecting, UTF-8 bytes (the small view with patches). */
  connectViewBytes?: number;
  storm: { clients: number; totalMs: number; connectToView: Summary; errors: number; drops: number };
  rssMb: { connected: number; afterRounds: number };
  /** Deliveries that never came, and views whose progress did not show the submission. */
  missing: number;
  wrongProgress: number;
  /** Patches the screen could not apply (it then asked for the full view, as the page does). */
  resyncs?: number;
}

export interface LatencyResult {
  options: LatencyOptions;
  rssIdleMb: { leitai: number; bare: number };
  levels: { clients: number; leitai: ServerLevel; bare: ServerLevel; patch?: ServerLevel; durable?: ServerLevel }[];
}

interface Sent {
  t0: number;
  rev: number;
  ackMs: number;
  /** The how-many-th submission for this presenter: what progress.submitted must show. */
  k: number;
}

type RunName = 'leitai' | 'bare' | 'patch' | 'durable';
interface Run {
  name: RunName;
  /** The crowd's group of sockets (the patch floor is the bare server, with smaller views). */
  group: 'leitai' | 'bare';
  child: Child;
  stage: Stage;
  sent: Sent[];
  cpuMs: number;
  crowdCpuMs: number;
  missing: number;
}

async function settle(run: Run, crowd: Crowd, rev: number, withCrowd: boolean): Promise<number> {
  const [onScreen, missing] = await Promise.all([run.stage.screenAt(rev), withCrowd ? crowd.wait(run.group, rev) : Promise.resolve(0)]);
  return missing + (onScreen ? 0 : 1);
}

/** The judges submit one by one; every delivery awaited. */
async function judgesSubmit(run: Run, crowd: Crowd, withCrowd: boolean, presenterId: string, index: number, opts: LatencyOptions) {
  const cpu0 = cpuMs(run.child.pid);
  const crowd0 = cpuMs(crowd.pid);
  for (let j = 0; j < opts.judges; j++) {
    const s = await run.stage.submit(j, presenterId, benchMarks(index, j));
    run.sent.push({ ...s, k: j + 1 });
    run.missing += await settle(run, crowd, s.rev, withCrowd);
    await sleep(opts.gapMs);
  }
  run.cpuMs += cpuMs(run.child.pid) - cpu0;
  run.crowdCpuMs += cpuMs(crowd.pid) - crowd0;
}

async function leitaiRound(run: Run, crowd: Crowd, withCrowd: boolean, presenterId: string, index: number, opts: LatencyOptions) {
  for (const type of ['presenter:next', 'scoring:open'] as const) {
    const rev = await run.stage.hostCommand(type, type === 'presenter:next' ? { presenterId } : {});
    await settle(run, crowd, rev, withCrowd);
  }
  // The floor's payloads: the real views of this moment.
  const templates = { host: await Stage.viewGet(run.stage.host), public: run.stage.screenView, judge: await Stage.viewGet(run.stage.judges[0]!) };
  await judgesSubmit(run, crowd, withCrowd, presenterId, index, opts);
  await settle(run, crowd, await run.stage.hostCommand('scoring:reveal'), withCrowd);
  return templates;
}

async function level(clients: number, contest: StagedContest, servers: { leitai: Child; bare: Child }, crowd: Crowd, opts: LatencyOptions) {
  const judges = contest.judgeTokens;
  const fresh = (name: RunName, child: Child, stage: Stage): Run => ({ name, group: name === 'leitai' ? 'leitai' : 'bare', child, stage, sent: [], cpuMs: 0, crowdCpuMs: 0, missing: 0 });
  const bareStage = await Stage.open(servers.bare.url, { host: { role: 'host' }, screen: { role: 'screen' }, judges: judges.map((_, i) => ({ role: 'judge', judgeId: `j${i + 1}` })) });
  const runs = {
    leitai: fresh(
      'leitai',
      servers.leitai,
      await Stage.open(servers.leitai.url, {
        host: { role: 'host', token: BENCH_TOKEN, contestId: contest.id },
        screen: { role: 'screen', token: contest.screenToken },
        judges: judges.map((token) => ({ role: 'judge', token })),
      }, opts.patches),
    ),
    bare: fresh('bare', servers.bare, bareStage),
    patch: fresh('patch', servers.bare, bareStage),
    durable: fresh('durable', servers.bare, bareStage),
  };
  // Both servers greet a connecting phone with the same view: Leitai's view of this moment.
  const stage = runs.leitai.stage;
  await setTemplates(bareStage, { host: await Stage.viewGet(stage.host), public: await Stage.viewGet(stage.screen), judge: await Stage.viewGet(stage.judges[0]!) });
  // The storm: `clients` phones connecting at connectRate, each until its full view arrives.
  const spreadMs = (clients / opts.connectRate) * 1000;
  const storms = {
    leitai: await crowd.connect('leitai', servers.leitai.url, { role: 'audience', contestId: contest.id, ...(opts.patches ? { views: 'compact' } : {}) }, clients, spreadMs),
    bare: await crowd.connect('bare', servers.bare.url, { role: 'audience' }, clients, spreadMs),
  };
  await sleep(500);
  const rssConnected = { leitai: rssMb(servers.leitai.pid), bare: rssMb(servers.bare.pid) };
  const withCrowd = clients > 0;

  for (let r = 0; r < opts.rounds; r++) {
    const presenterId = contest.upcoming[r]!;
    const index = opts.played + r;
    const templates = await leitaiRound(runs.leitai, crowd, withCrowd, presenterId, index, opts);
    await setTemplates(bareStage, templates);
    await judgesSubmit(runs.bare, crowd, withCrowd, presenterId, index, opts);
    if (!opts.patchFloor) continue;
    // The two patch-sized floors take turns going first, so neither always follows the other.
    const floors = opts.durableFloor ? (r % 2 === 0 ? [false, true] : [true, false]) : [false];
    for (const durable of floors) {
      await setTemplates(bareStage, { host: { role: 'host' }, public: { role: 'screen' }, judge: { role: 'judge' }, ...(durable ? { durable } : {}) });
      await judgesSubmit(durable ? runs.durable : runs.patch, crowd, withCrowd, presenterId, index, opts);
    }
  }
  const connectViewBytes = Buffer.byteLength(JSON.stringify(await Stage.viewGet(runs.leitai.stage.screen)));
  bareStage.close();
  runs.leitai.stage.close();
  const samples = {
    leitai: withCrowd ? await crowd.samples('leitai') : { samples: [], drops: 0 },
    bare: withCrowd ? await crowd.samples('bare') : { samples: [], drops: 0 },
  };
  await crowd.close('leitai');
  await crowd.close('bare');
  const result = (run: Run, storm: Storm, rss: number) => summarizeRun(run, samples[run.group], storm, clients, { connected: rss, afterRounds: rssMb(run.child.pid) });
  return {
    leitai: { ...result(runs.leitai, storms.leitai, rssConnected.leitai), connectViewBytes, resyncs: runs.leitai.stage.gaps },
    bare: result(runs.bare, storms.bare, rssConnected.bare),
    ...(opts.patchFloor ? { patch: result(runs.patch, storms.bare, rssConnected.bare) } : {}),
    ...(opts.patchFloor && opts.durableFloor ? { durable: result(runs.durable, storms.bare, rssConnected.bare) } : {}),
  };
}

type Storm = Extract<CrowdReply, { connected: number }>;

function setTemplates(stage: Stage, templates: Record<string, unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => stage.host.timeout(10_000).emit('bench:templates', templates, (err: Error | null) => (err ? reject(err) : resolve(null))));
}

function summarizeRun(run: Run, got: { samples: RevSamples[]; drops: number }, storm: Storm, clients: number, rss: ServerLevel['rssMb']): ServerLevel {
  const byRev = new Map(got.samples.map((s) => [s.rev, s]));
  const audience: number[] = [];
  const screen: number[] = [];
  let wrongProgress = 0;
  let bytes = 0;
  for (const s of run.sent) {
    const seen = run.stage.screenViews.get(s.rev);
    if (seen) screen.push(seen.t - s.t0);
    if (seen?.view.progress?.submitted !== s.k) wrongProgress += 1;
    const crowdSeen = byRev.get(s.rev);
    if (crowdSeen) {
      for (const t of crowdSeen.times) audience.push(t - s.t0);
      if (crowdSeen.submitted !== s.k) wrongProgress += 1;
    }
    bytes = Math.max(bytes, crowdSeen?.bytes ?? JSON.stringify(seen?.view ?? {}).length);
  }
  if (storm.errors.length > 0) console.warn(`  ${run.name}: ${storm.errors.length} connect errors, e.g. ${storm.errors[0]}`);
  return {
    audience: summarize(audience),
    screen: summarize(screen),
    ack: summarize(run.sent.map((s) => s.ackMs)),
    cpuPerSubmitMs: run.cpuMs / Math.max(1, run.sent.length),
    crowdCpuPerSubmitMs: run.crowdCpuMs / Math.max(1, run.sent.length),
    publicViewBytes: bytes,
    storm: { clients, totalMs: storm.totalMs, connectToView: summarize(storm.connectToView), errors: storm.errors.length, drops: got.drops },
    rssMb: rss,
    missing: run.missing,
    wrongProgress,
  };
}

export async function runLatency(opts: LatencyOptions, log: (line: string) => void = console.log): Promise<LatencyResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-bench-'));
  const contests = writeStagedContests(dataDir, opts.levels.length, opts.presenters, opts.judges, opts.played);
  const servers = { leitai: await startLeitaiChild(dataDir), bare: await startBareChild(dataDir) };
  const crowd = new Crowd();
  try {
    await sleep(1000);
    const rssIdleMb = { leitai: rssMb(servers.leitai.pid), bare: rssMb(servers.bare.pid) };
    const levels: LatencyResult['levels'] = [];
    for (const [k, clients] of opts.levels.entries()) {
      log(`  audience ${clients}: storm, then ${opts.rounds} rounds × ${opts.judges} submissions on each server…`);
      const r = await level(clients, contests[k]!, servers, crowd, opts);
      levels.push({ clients, ...r });
      log(`    p99 audience ${r.leitai.audience.p99.toFixed(1)} vs floor ${r.bare.audience.p99.toFixed(1)} ms; screen ${r.leitai.screen.p99.toFixed(1)} vs ${r.bare.screen.p99.toFixed(1)} ms`);
    }
    return { options: opts, rssIdleMb, levels };
  } finally {
    crowd.stop();
    await servers.leitai.stop();
    await servers.bare.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
