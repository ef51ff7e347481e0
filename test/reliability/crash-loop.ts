// The crash loop: run the scripted room against `npm start`'s entry point, kill it with SIGKILL
// at a random moment, check the file, start it again on the same data, check every contest
// against the ledger and against a fresh replay, let the phones resend what was never answered,
// and go again. Used by test/reliability/crash-loop.test.ts and scripts/soak.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { integrityCheck } from '../../server/db/database.ts';
import { mulberry32 } from '../../shared/domain/prng.ts';
import { freePort, serverArgs, spawnServer } from '../support/child.ts';
import { compareWithReplay, getJson, hostViewOver, type LogRow } from './consistency.ts';
import { CrashDriver, type AckEvent } from './crash-driver.ts';
import { checkLog, Ledger } from './ledger.ts';
import { Peer } from './peer.ts';

const root = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'crash-loop-host-token-0123456789';

export type KillMode = 'timer' | 'after-ack' | 'burst' | 'startup';

export interface CrashFigures {
  seed: number;
  kills: number;
  killsBy: Record<KillMode, number>;
  commandsSent: number;
  acknowledged: number;
  refused: number;
  /** Commands whose answer never came because the server died first. */
  unanswered: number;
  /** Unanswered commands found whole in the log after the restart (the ack was what got lost). */
  committedWithoutAck: number;
  resent: number;
  resentAnsweredAsDuplicate: number;
  ackChecks: number;
  integrityChecks: number;
  replayChecks: number;
  contests: number;
  events: number;
  /** Acknowledged commands missing from the log: must be 0. */
  commandsLost: number;
  /**
   * Commands stored right after another sender's command with the same `at`: a batch stamps all
   * its commands with one time (server/pipeline.ts), so this shows the kills hit a server that
   * was group-committing (a lower bound read from the log; separate commits in one ms count too).
   */
  batched: number;
  durationMs: number;
  problems: string[];
}

export interface CrashLoopOptions {
  kills: number;
  seed?: number;
  log?: (line: string) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

/** Starts the server without waiting for it, to kill it while it opens the file and replays. */
function spawnRaw(dataDir: string, port: number): ChildProcess {
  return spawn(process.execPath, serverArgs('main'), {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LEITAI_HOST_TOKEN: TOKEN, PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: 'ignore',
  });
}

export async function runCrashLoop(opts: CrashLoopOptions): Promise<CrashFigures> {
  const started = Date.now();
  const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
  const rng = mulberry32(seed);
  const log = opts.log ?? (() => {});
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-crash-'));
  const dbFile = path.join(dataDir, 'leitai.sqlite');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const ledger = new Ledger();
  const f: CrashFigures = {
    seed,
    kills: 0,
    killsBy: { timer: 0, 'after-ack': 0, burst: 0, startup: 0 },
    commandsSent: 0,
    acknowledged: 0,
    refused: 0,
    unanswered: 0,
    committedWithoutAck: 0,
    resent: 0,
    resentAnsweredAsDuplicate: 0,
    ackChecks: 0,
    integrityChecks: 0,
    replayChecks: 0,
    contests: 0,
    events: 0,
    commandsLost: 0,
    batched: 0,
    durationMs: 0,
    problems: [],
  };
  const counted = new Set<string>();
  const lastRows = new Map<string, LogRow[]>();
  const verifiedRev = new Map<string, number>();

  const checkFile = () => {
    const result = integrityCheck(dbFile);
    f.integrityChecks += 1;
    if (result !== 'ok') f.problems.push(`integrity_check after kill ${f.kills}: ${result}`);
  };

  /**
   * Contests against the ledger and against a replay of their own log: those the room touched
   * or whose revision moved since they were last checked (a contest nobody wrote to must not
   * change), or all of them (`all`, at the end).
   */
  const verify = async (all = false) => {
    const contests = await getJson<{ id: string; rev: number }[]>(base, '/api/contests', TOKEN);
    const touched = ledger.takeTouched();
    for (const c of contests) {
      if (!all && !touched.has(c.id) && verifiedRev.get(c.id) === c.rev) continue;
      if (!touched.has(c.id) && verifiedRev.has(c.id) && verifiedRev.get(c.id) !== c.rev)
        f.problems.push(`after kill ${f.kills}: contest ${c.id} moved from rev ${verifiedRev.get(c.id)} to ${c.rev} with nobody writing`);
      verifiedRev.set(c.id, c.rev);
      const rows = await getJson<LogRow[]>(base, `/api/contests/${c.id}/events`, TOKEN);
      lastRows.set(c.id, rows);
      const before = ledger.ackChecks;
      const problems = [...checkLog(ledger, c.id, rows), ...compareWithReplay(await hostViewOver(base, TOKEN, c.id), rows)];
      f.ackChecks += ledger.ackChecks - before;
      f.replayChecks += 1;
      for (const p of problems) f.problems.push(`after kill ${f.kills}: ${p}`);
      for (const r of rows) {
        const s = r.commandId ? ledger.sent.get(r.commandId) : undefined;
        if (s?.result === 'lost' && !counted.has(s.commandId)) counted.add(s.commandId), (f.committedWithoutAck += 1);
      }
    }
  };

  /** Phones keep an unanswered submission and resend it with the same command id. */
  const resend = async () => {
    const lost = [...ledger.sent.values()].filter((s) => s.result === 'lost' && s.type === 'score:submit');
    const byContest = new Map<string, typeof lost>();
    for (const s of lost) byContest.set(s.contestId, [...(byContest.get(s.contestId) ?? []), s]);
    for (const [contestId, entries] of byContest) {
      const links = await getJson<{ judges: { id: string; joinUrl: string | null }[] }>(base, `/api/contests/${contestId}/access`, TOKEN);
      const stored = new Map((lastRows.get(contestId) ?? []).filter((r) => r.commandId).map((r) => [r.commandId, r.seq]));
      for (const s of entries) {
        const link = links.judges.find((j) => `judge:${j.id}` === s.actor)?.joinUrl;
        if (!link) continue;
        const peer = new Peer(base, { role: 'judge', token: link.split('#')[1] ?? '' });
        try {
          await peer.ready();
          const { answer } = await peer.send(s.type, s.payload, s.commandId);
          f.resent += 1;
          const seq = stored.get(s.commandId);
          if (seq !== undefined) {
            f.resentAnsweredAsDuplicate += answer?.ok && answer.duplicate ? 1 : 0;
            if (!answer?.ok || !answer.duplicate || answer.rev !== seq)
              f.problems.push(`resent ${s.commandId} was stored at ${seq} but answered ${JSON.stringify(answer)}`);
          }
          if (answer) ledger.record({ ...s, result: answer.ok ? 'ok' : 'refused', ...(answer.ok ? { rev: answer.rev } : { code: answer.code }) });
        } finally {
          peer.close();
        }
      }
    }
  };

  let startMs = Date.now();
  let child = await spawnServer(dataDir, port, TOKEN);
  startMs = Date.now() - startMs;
  try {
    await verify();
    while (f.kills < opts.kills) {
      const mode = (['timer', 'after-ack', 'burst'] as const)[Math.floor(rng() * 3)]!;
      const target = 1 + Math.floor(rng() * 30);
      let acks = 0;
      const round: { killedBy: KillMode | null } = { killedBy: null };
      const victim = child;
      // Synchronous, from inside an ack callback when the mode says so: the next commands are
      // already on the wire.
      const kill = (by: KillMode) => {
        if (round.killedBy) return;
        round.killedBy = by;
        victim.kill('SIGKILL');
        driver.stop();
      };
      const onAck = (e: AckEvent) => {
        acks += 1;
        if (mode === 'after-ack' && acks >= target) kill('after-ack');
        if (mode === 'burst' && e.burstFirst) kill('burst');
      };
      const driver = new CrashDriver(base, TOKEN, ledger, rng, onAck);
      // Whatever the mode, a kill comes within a few seconds.
      const fallback = setTimeout(() => kill('timer'), mode === 'timer' ? 30 + Math.floor(rng() * 1200) : 4000);
      const playing = driver.play();
      await exited(victim);
      clearTimeout(fallback);
      if (!round.killedBy) f.problems.push(`the server exited by itself (code ${victim.exitCode}) before kill ${f.kills + 1}`);
      kill('timer');
      await playing;
      f.kills += 1;
      const by = round.killedBy ?? 'timer';
      f.killsBy[by] += 1;
      checkFile();

      // Sometimes kill it again while it starts. Most of a start is loading code; the moments
      // are drawn around the end of the last measured start, when it opens the file and replays.
      if (f.kills < opts.kills && rng() < 0.3) {
        const early = spawnRaw(dataDir, port);
        await sleep(Math.floor(startMs * (0.5 + rng() * 0.55)));
        early.kill('SIGKILL');
        await exited(early);
        f.kills += 1;
        f.killsBy.startup += 1;
        checkFile();
      }

      const spawning = Date.now();
      child = await spawnServer(dataDir, port, TOKEN);
      startMs = Date.now() - spawning;
      await verify();
      await resend();
      log(`kill ${f.kills} (${by}): ${ledger.count('ok')} acknowledged so far, ${f.problems.length} problems, ${Math.round((Date.now() - started) / 1000)} s`);
    }
    await verify(true);
  } finally {
    child.kill('SIGKILL');
    await exited(child);
  }

  f.commandsSent = ledger.sent.size;
  f.acknowledged = ledger.count('ok');
  f.refused = ledger.count('refused');
  f.unanswered = ledger.unanswered;
  f.commandsLost = f.problems.filter((p) => p.includes('LOST:')).length;
  f.contests = lastRows.size;
  f.events = [...lastRows.values()].reduce((n, rows) => n + rows.length, 0);
  for (const rows of lastRows.values())
    rows.forEach((r, i) => {
      const prev = rows[i - 1];
      if (prev && r.commandId && prev.commandId && r.commandId !== prev.commandId && r.actor !== prev.actor && r.at === prev.at) f.batched += 1;
    });
  f.durationMs = Date.now() - started;
  fs.rmSync(dataDir, { recursive: true, force: true });
  return f;
}

export function formatFigures(f: CrashFigures): string {
  const rows: [string, string | number][] = [
    ['seed', f.seed],
    ['SIGKILLs survived', `${f.kills} (${Object.entries(f.killsBy).map(([k, n]) => `${k} ${n}`).join(', ')})`],
    ['commands sent', f.commandsSent],
    ['acknowledged (ok)', f.acknowledged],
    ['refused (typed error)', f.refused],
    ['no answer (server killed first)', `${f.unanswered}, of which ${f.committedWithoutAck} were found stored whole`],
    ['resent by phones with the same id', `${f.resent} (${f.resentAnsweredAsDuplicate} answered as duplicates)`],
    ['acknowledgements checked in the log', f.ackChecks],
    ['integrity_check after a kill', `${f.integrityChecks} × ok`],
    ['state = fresh replay', `${f.replayChecks} comparisons`],
    ['contests / events at the end', `${f.contests} / ${f.events}`],
    ['acknowledged commands lost', f.commandsLost],
    ['stored in one batch with the previous', f.batched],
    ['problems', f.problems.length],
    ['time', `${(f.durationMs / 1000).toFixed(1)} s`],
  ];
  return rows.map(([k, v]) => `  ${k.padEnd(38)} ${v}`).join('\n');
}
