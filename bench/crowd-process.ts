// A child process holding many simulated audience phones (real socket.io-client sockets over
// WebSocket, one engine each), so that their work does not sit on the server's event loop nor
// on the orchestrator's. Driven over IPC by bench/crowd.ts; every timestamp is CLOCK_MONOTONIC
// (bench/stats.ts `now`), comparable with the orchestrator's.
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { lazyViewParser, type ViewInfo } from './lazy-parser.ts';
import { now } from './stats.ts';
import type { BallotResult, CrowdReply, CrowdRequest, RevSamples } from './crowd.ts';

interface Group {
  sockets: Socket[];
  lastRev: number[];
  /** progress.submitted as each socket last saw it (a patch carries only what changed). */
  submitted: (number | null)[];
  /** Receive times by view revision, one per socket that received it. */
  byRev: Map<number, RevSamples>;
  drops: number;
  /** Why sockets closed that the benchmark did not close (socket.io's reasons: "ping timeout", "transport close"…). */
  dropReasons: Record<string, number>;
  waiter: { rev: number; left: number; done: () => void } | null;
}

const groups = new Map<string, Group>();

function group(name: string): Group {
  let g = groups.get(name);
  if (!g) groups.set(name, (g = { sockets: [], lastRev: [], submitted: [], byRev: new Map(), drops: 0, dropReasons: {}, waiter: null }));
  return g;
}

/** progress.submitted after a patch: from its ops when they touch progress, else as it was. */
function submittedAfter(before: number | null, ops: { path: string; value?: unknown }[]): number | null {
  let submitted = before;
  for (const o of ops) {
    if (o.path === '/progress/submitted') submitted = typeof o.value === 'number' ? o.value : null;
    else if (o.path === '/progress') submitted = (o.value as { submitted?: number } | null)?.submitted ?? null;
  }
  return submitted;
}

function onView(g: Group, k: number, v: ViewInfo): void {
  const t = now();
  g.submitted[k] = v.submitted;
  let s = g.byRev.get(v.rev);
  if (!s) g.byRev.set(v.rev, (s = { rev: v.rev, submitted: v.submitted, bytes: v.bytes, times: [] }));
  s.times.push(t);
  const before = g.lastRev[k] ?? -1;
  g.lastRev[k] = Math.max(before, v.rev);
  const w = g.waiter;
  if (w && before < w.rev && v.rev >= w.rev && --w.left === 0) {
    g.waiter = null;
    w.done();
  }
}

/** Connects `count` sockets spread evenly over `spreadMs`; resolves when each has its first view or failed. */
function connect(r: Extract<CrowdRequest, { op: 'connect' }>): Promise<CrowdReply> {
  const g = group(r.group);
  const start = now();
  const firstView: number[] = [];
  const errors: string[] = [];
  let settled = 0;
  return new Promise((resolve) => {
    const finish = () => {
      if (++settled < r.count) return;
      resolve({ ok: true, connected: firstView.length, errors, totalMs: now() - start, connectToView: firstView });
    };
    for (let i = 0; i < r.count; i++) {
      setTimeout(() => {
        const k = g.sockets.length;
        const t0 = now();
        // A voter's ballot code goes with its own socket's handshake, as a slip's link carries it.
        const auth = r.voters ? { ...r.auth, voter: r.voters[i]! } : r.auth;
        const socket = io(r.url, { auth, transports: ['websocket'], forceNew: true, reconnection: false, timeout: r.timeoutMs, parser: lazyViewParser });
        g.sockets.push(socket);
        g.lastRev[k] = -1;
        let first = true;
        socket.on('view', (v: ViewInfo) => {
          if (first) {
            first = false;
            firstView.push(now() - t0);
            finish();
          }
          onView(g, k, v);
        });
        // A phone that asked for patches (auth.views 'compact', as the bundled pages do) gets the
        // whole view once, then patches carrying the new rev; progress is read from their ops.
        socket.on('view:patch', (p: { rev: number; ops: { path: string; value?: unknown }[] }) =>
          onView(g, k, { rev: p.rev, submitted: submittedAfter(g.submitted[k] ?? null, p.ops), bytes: JSON.stringify(p).length }),
        );
        socket.on('connect_error', (e: Error) => {
          errors.push(e.message);
          if (first) (first = false), finish();
        });
        socket.on('disconnect', (reason) => {
          if (reason === 'io client disconnect') return;
          g.drops += 1;
          g.dropReasons[reason] = (g.dropReasons[reason] ?? 0) + 1;
        });
      }, (i * r.spreadMs) / Math.max(1, r.count));
    }
    if (r.count === 0) resolve({ ok: true, connected: 0, errors, totalMs: 0, connectToView: [] });
  });
}

function waitRev(r: Extract<CrowdRequest, { op: 'wait' }>): Promise<CrowdReply> {
  const g = group(r.group);
  const left = g.lastRev.filter((x, k) => x < r.rev && g.sockets[k]?.connected).length;
  if (left === 0) return Promise.resolve({ ok: true, missing: 0 });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      g.waiter = null;
      resolve({ ok: true, missing: g.lastRev.filter((x) => x < r.rev).length });
    }, r.timeoutMs);
    g.waiter = { rev: r.rev, left, done: () => (clearTimeout(timer), resolve({ ok: true, missing: 0 })) };
  });
}

/**
 * Casts the planned ballots, each at its time (ms after the request arrives). One voter's ballots
 * go one after another, each only once the one before is acknowledged, as a phone whose voter
 * changes their mind would send them; so the last acknowledged one is the one that must count.
 */
function vote(r: Extract<CrowdRequest, { op: 'vote' }>): Promise<CrowdReply> {
  const g = group(r.group);
  const start = now();
  const byVoter = new Map<number, typeof r.ballots>();
  for (const b of [...r.ballots].sort((a, b) => a.atMs - b.atMs)) byVoter.set(b.k, [...(byVoter.get(b.k) ?? []), b]);
  const results: BallotResult[] = [];
  const cast = (b: (typeof r.ballots)[number]) =>
    new Promise<void>((resolve) => {
      const socket = g.sockets[b.k];
      const t0 = now();
      const done = (ok: boolean, error?: string) => (results.push({ k: b.k, choices: b.choices, ok, ...(error ? { error } : {}), sentMs: t0 - start, ackMs: now() - t0 }), resolve());
      if (!socket?.connected) return done(false, 'not connected');
      socket.timeout(r.timeoutMs).emit('appraisal:vote', { commandId: randomUUID(), choices: b.choices }, (err: Error | null, ack: { ok: boolean; code?: string; message?: string }) =>
        err ? done(false, 'no ack') : done(ack.ok, ack.ok ? undefined : `${ack.code}: ${ack.message}`),
      );
    });
  const voter = async (ballots: typeof r.ballots) => {
    for (const b of ballots) {
      const wait = b.atMs - (now() - start);
      if (wait > 0) await new Promise((res) => setTimeout(res, wait));
      await cast(b);
    }
  };
  return Promise.all([...byVoter.values()].map(voter)).then(() => ({ ok: true, ballots: results, wallMs: now() - start }));
}

async function handle(r: CrowdRequest): Promise<CrowdReply> {
  switch (r.op) {
    case 'connect':
      return connect(r);
    case 'wait':
      return waitRev(r);
    case 'vote':
      return vote(r);
    case 'samples': {
      const g = group(r.group);
      const samples = [...g.byRev.values()];
      g.byRev.clear();
      return { ok: true, samples, drops: g.drops, dropReasons: g.dropReasons };
    }
    case 'close': {
      const g = group(r.group);
      g.sockets.forEach((s) => s.close());
      groups.delete(r.group);
      return { ok: true };
    }
  }
}

process.on('message', (m: { id: number; req: CrowdRequest }) => {
  void handle(m.req).then(
    (reply) => process.send?.({ id: m.id, reply }),
    (e: unknown) => process.send?.({ id: m.id, reply: { ok: false, error: String(e) } }),
  );
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
