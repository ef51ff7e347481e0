// Issue 17, "Bursts": all twenty judges press 提交 at the same instant (the moment a host says
// "请各位评委提交"), ten rounds, at each audience size, three repetitions. Measured on the
// projector screen: from the instant the burst was sent to the first screen view whose rev
// covers each submission's ack (what the hall sees), and each judge's ack time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchMarks, writeStagedContests } from './contest-log.ts';
import { Crowd } from './crowd.ts';
import { BENCH_TOKEN, startLeitaiChild } from './servers.ts';
import { Stage } from './stage.ts';
import { now, sleep, summarize, type Summary } from './stats.ts';

export interface BurstOptions {
  levels: number[];
  rounds: number;
  repetitions: number;
  judges: number;
  connectRate: number;
  /** The phones ask for patched views, as the bundled audience page does (issue 17). */
  patches?: boolean;
}

export interface BurstLevel {
  clients: number;
  /** One entry per repetition, then all repetitions' samples together. */
  runs: { screen: Summary; ack: Summary; missing: number }[];
  screen: Summary;
  ack: Summary;
}

export async function runBurst(opts: BurstOptions, log: (line: string) => void = console.log): Promise<{ options: BurstOptions; levels: BurstLevel[] }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-burst-'));
  // A fresh contest per level and repetition, each mid-show with `rounds` presenters to come.
  const contests = writeStagedContests(dataDir, opts.levels.length * opts.repetitions, opts.rounds + 15, opts.judges, 15);
  const server = await startLeitaiChild(dataDir);
  const crowd = new Crowd();
  const levels: BurstLevel[] = [];
  try {
    for (const [l, clients] of opts.levels.entries()) {
      const runs: BurstLevel['runs'] = [];
      const all = { screen: [] as number[], ack: [] as number[] };
      for (let r = 0; r < opts.repetitions; r++) {
        const contest = contests[l * opts.repetitions + r]!;
        const stage = await Stage.open(server.url, {
          host: { role: 'host', token: BENCH_TOKEN, contestId: contest.id },
          screen: { role: 'screen', token: contest.screenToken },
          judges: contest.judgeTokens.map((token) => ({ role: 'judge', token })),
        }, opts.patches);
        const group = `burst-${l}-${r}`;
        if (clients > 0) await crowd.connect(group, server.url, { role: 'audience', contestId: contest.id, ...(opts.patches ? { views: 'compact' } : {}) }, clients, (clients / opts.connectRate) * 1000);
        const samples = { screen: [] as number[], ack: [] as number[] };
        let missing = 0;
        for (let round = 0; round < opts.rounds; round++) {
          const presenterId = contest.upcoming[round]!;
          await stage.hostCommand('presenter:next', { presenterId });
          const opened = await stage.hostCommand('scoring:open');
          await stage.screenAt(opened);
          if (clients > 0) await crowd.wait(group, opened);
          // The burst: every emit in one synchronous loop, so they leave in the same instant.
          const t0 = now();
          const acks = await Promise.all(
            stage.judges.map((j, i) => Stage.send(j, 'score:submit', { presenterId, values: benchMarks(round, i) }).then((ack) => ({ ack, t: now() }))),
          );
          for (const { ack, t } of acks) {
            if (!ack.ok) throw new Error(`score:submit: ${ack.message}`);
            samples.ack.push(t - t0);
            if (!(await stage.screenAt(ack.rev))) missing += 1;
            const seen = stage.screenTimeFrom(ack.rev);
            if (seen !== null) samples.screen.push(seen - t0);
          }
          const revealed = await stage.hostCommand('scoring:reveal');
          await stage.screenAt(revealed);
          if (clients > 0) missing += await crowd.wait(group, revealed);
          await sleep(50);
        }
        stage.close();
        if (clients > 0) await crowd.close(group);
        runs.push({ screen: summarize(samples.screen), ack: summarize(samples.ack), missing });
        all.screen.push(...samples.screen);
        all.ack.push(...samples.ack);
        const s = runs[runs.length - 1]!;
        log(`    audience ${clients}, repetition ${r + 1}: screen p50 ${s.screen.p50.toFixed(1)} p99 ${s.screen.p99.toFixed(1)} ms; ack p99 ${s.ack.p99.toFixed(1)} ms`);
      }
      levels.push({ clients, runs, screen: summarize(all.screen), ack: summarize(all.ack) });
    }
    return { options: opts, levels };
  } finally {
    crowd.stop();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
