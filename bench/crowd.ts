// The orchestrator's handle on a crowd process (bench/crowd-process.ts): request/reply over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface RevSamples {
  rev: number;
  submitted: number | null;
  bytes: number;
  /** CLOCK_MONOTONIC receive times, one per socket. */
  times: number[];
}

/** One planned ballot: voter (socket) k casts `choices` at `atMs` after the vote request arrives. */
export interface PlannedBallot {
  k: number;
  atMs: number;
  choices: Record<string, string>;
}

/** What became of a ballot: acknowledged or not (the error), when it was sent and how long its ack took. */
export interface BallotResult {
  k: number;
  choices: Record<string, string>;
  ok: boolean;
  error?: string;
  sentMs: number;
  ackMs: number;
}

export type CrowdRequest =
  /** `voters`: socket i presents voters[i] as its `voter` at the handshake. */
  | { op: 'connect'; group: string; url: string; auth: Record<string, string>; voters?: string[]; count: number; spreadMs: number; timeoutMs: number }
  | { op: 'wait'; group: string; rev: number; timeoutMs: number }
  | { op: 'vote'; group: string; ballots: PlannedBallot[]; timeoutMs: number }
  | { op: 'samples'; group: string }
  | { op: 'close'; group: string };

export type CrowdReply =
  | { ok: true; connected: number; errors: string[]; totalMs: number; connectToView: number[] }
  | { ok: true; missing: number }
  | { ok: true; samples: RevSamples[]; drops: number; dropReasons: Record<string, number> }
  | { ok: true; ballots: BallotResult[]; wallMs: number }
  | { ok: true }
  | { ok: false; error: string };

export class Crowd {
  private readonly child: ChildProcess;
  private seq = 0;
  private readonly pending = new Map<number, (r: CrowdReply) => void>();

  constructor() {
    this.child = fork(path.join(import.meta.dirname, 'crowd-process.ts'), [], { execArgv: ['--import', 'tsx', ...(process.env.BENCH_CROWD_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CROWD_PROFILE}`] : [])], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (m: { id: number; reply: CrowdReply }) => {
      this.pending.get(m.id)?.(m.reply);
      this.pending.delete(m.id);
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  private request<R extends CrowdReply>(req: CrowdRequest): Promise<R> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (r) => (r.ok ? resolve(r as R) : reject(new Error((r as { error: string }).error))));
      this.child.send({ id, req });
    });
  }

  connect(group: string, url: string, auth: Record<string, string>, count: number, spreadMs: number, timeoutMs = 30_000, voters?: string[]) {
    return this.request<Extract<CrowdReply, { connected: number }>>({ op: 'connect', group, url, auth, count, spreadMs, timeoutMs, ...(voters ? { voters } : {}) });
  }

  /** Casts the planned ballots from the group's sockets; resolves once every one is acknowledged or failed. */
  vote(group: string, ballots: PlannedBallot[], timeoutMs = 30_000) {
    return this.request<Extract<CrowdReply, { ballots: BallotResult[] }>>({ op: 'vote', group, ballots, timeoutMs });
  }

  /** Resolves when every connected socket of the group has a view of revision `rev` or later. */
  async wait(group: string, rev: number, timeoutMs = 20_000): Promise<number> {
    return (await this.request<Extract<CrowdReply, { missing: number }>>({ op: 'wait', group, rev, timeoutMs })).missing;
  }

  samples(group: string) {
    return this.request<Extract<CrowdReply, { samples: RevSamples[] }>>({ op: 'samples', group });
  }

  async close(group: string): Promise<void> {
    await this.request({ op: 'close', group });
  }

  stop(): void {
    this.child.kill('SIGTERM');
  }
}
