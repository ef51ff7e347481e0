// The contests this server holds: each rebuilt from its log at start, each with its pipeline.
//
// Start-up: a long log takes long to replay (~7 µs an event), so each contest's state is
// snapshotted now and then, and a start folds only the events after the snapshot. The log stays
// the truth: a snapshot is used only when it was written by the same domain code (fingerprint)
// from this very log (the hash of its last event), and after start every snapshot used is
// checked in the background against a replay of its log; a mismatch is logged, the snapshot
// dropped and the contest's state rebuilt from the log.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withIds, type ContestDefinition, type ContestDefinitionDraft } from '../shared/definition.ts';
import { carryIds, sameCriterion, sameJudge, samePresenter } from '../shared/roster.ts';
import type { DomainEvent } from '../shared/domain/events.ts';
import { evolve, initialState } from '../shared/domain/evolve.ts';
import type { ContestState } from '../shared/domain/state.ts';
import { inTransaction, type Db } from './db/database.ts';
import { EventStore } from './db/event-store.ts';
import { SnapshotStore } from './db/snapshot-store.ts';
import { TokenStore } from './db/token-store.ts';
import { ContestPipeline } from './pipeline.ts';

/** A snapshot is written once this many events follow the last one, and when a contest finishes. */
export const SNAPSHOT_EVERY = 500;
/** Events replayed between yields while checking snapshots in the background (~10 ms of work). */
const CHECK_CHUNK = 1500;

let fingerprint: string | null | undefined;
/**
 * The code that folds events into state, as a hash of its sources (shared/domain and the
 * definition): any change there makes older snapshots unusable, so a new field or a changed
 * rule in evolve is never served from a snapshot written by the old code. Null when the sources
 * are not on disk to read (a bundled build); then there are no snapshots at all.
 */
export function domainFingerprint(): string | null {
  if (fingerprint !== undefined) return fingerprint;
  try {
    const dir = fileURLToPath(new URL('../shared/domain/', import.meta.url));
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => path.join(dir, f));
    files.push(fileURLToPath(new URL('../shared/definition.ts', import.meta.url)));
    const hash = createHash('sha256');
    for (const f of files) hash.update(path.basename(f)).update(fs.readFileSync(f));
    fingerprint = hash.digest('hex').slice(0, 32);
  } catch {
    fingerprint = null;
  }
  return fingerprint;
}

/** JSON with object keys sorted: two states are equal when these are (key order is not content). */
const canonical = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A snapshot a contest was loaded from, kept until it has been checked against the log. */
interface UsedSnapshot {
  id: string;
  seq: number;
  text: string;
}

export class Contests {
  readonly store: EventStore;
  readonly tokens: TokenStore;
  private readonly pipelines = new Map<string, ContestPipeline>();
  /**
   * Called after every commit, in order of registration, with the new state and the events just
   * stored: the realtime layer broadcasts views, the backup keeper copies the database.
   */
  private readonly listeners: ((state: ContestState, events: readonly DomainEvent[]) => void)[] = [];

  onCommit(listener: (state: ContestState, events: readonly DomainEvent[]) => void): void {
    this.listeners.push(listener);
  }

  private readonly snapshots: SnapshotStore;
  /** The rev of each contest's latest snapshot (0: none). */
  private readonly snapshotAt = new Map<string, number>();
  private readonly due = new Set<string>();
  /** Resolves once every snapshot used at start has been checked against a replay of its log. */
  readonly verified: Promise<void>;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.store = new EventStore(db);
    this.tokens = new TokenStore(db);
    this.snapshots = new SnapshotStore(db);
    const used: UsedSnapshot[] = [];
    for (const id of this.store.contestIds()) this.load(id, used);
    // Snapshots for logs replayed at length are written a moment after start, off the way to a
    // healthy server (unref: a process may end before; then the next start replays again).
    if (this.due.size > 0) setTimeout(() => this.writeDue(), 1000).unref();
    this.verified = used.length > 0 ? nextTurn().then(() => this.check(used)) : Promise.resolve();
  }

  private load(id: string, used: UsedSnapshot[]): void {
    const snap = this.snapshotFor(id);
    const fromSnapshot = snap ? this.foldAfter(id, snap.seq, snap.state) : null;
    const state = fromSnapshot ?? this.replayLog(id);
    if (snap && fromSnapshot) used.push({ id, seq: snap.seq, text: snap.text });
    this.snapshotAt.set(id, snap && fromSnapshot ? snap.seq : 0);
    this.pipelines.set(id, this.pipeline(state));
    const replayed = state.rev - (this.snapshotAt.get(id) ?? 0);
    if (replayed >= SNAPSHOT_EVERY || (state.status === 'finished' && replayed > 0)) this.due.add(id);
  }

  /** A snapshot's state with the events after it folded in; null if the log has a gap. */
  private foldAfter(id: string, seq: number, snapshot: ContestState): ContestState | null {
    let state = snapshot;
    for (const e of this.snapshots.eventsAfter(id, seq)) {
      if (e.seq !== state.rev + 1) return null;
      state = evolve(state, e.data);
    }
    return state;
  }

  private replayLog(id: string): ContestState {
    const events = this.store.events(id);
    const first = events[0]?.data;
    if (!first || first.type !== 'ContestCreated') throw new Error(`contest ${id}: log does not start with ContestCreated`);
    let state = initialState(first);
    for (let i = 1; i < events.length; i++) state = evolve(state, events[i]!.data);
    return state;
  }

  /** The contest's snapshot if it may be used: same code, same log, consistent with itself. */
  private snapshotFor(id: string): { seq: number; text: string; state: ContestState } | null {
    const fp = domainFingerprint();
    const snap = fp ? this.snapshots.latest(id) : null;
    if (!snap) return null;
    let problem = snap.format !== fp ? 'written by other code' : this.snapshots.eventHash(id, snap.seq) !== snap.eventHash ? 'the log differs' : null;
    let state: ContestState | null = null;
    if (!problem) {
      try {
        state = JSON.parse(snap.state) as ContestState;
        if (state.id !== id || state.rev !== snap.seq) problem = 'wrong contest or revision';
      } catch {
        problem = 'unreadable';
      }
    }
    if (problem || !state) {
      // Expected after an upgrade (other code): the log is replayed and a new snapshot written.
      if (problem !== 'written by other code') console.warn(`[leitai] contest ${id}: snapshot at event ${snap.seq} not used (${problem}); replaying the log`);
      return null;
    }
    return { seq: snap.seq, text: snap.state, state };
  }

  /** Checks each snapshot used at start against a replay of its log, a chunk at a time. */
  private async check(used: UsedSnapshot[]): Promise<void> {
    for (const u of used) {
      await nextTurn();
      if (!this.db.open) return;
      try {
        const texts = this.snapshots.eventTextsUpTo(u.id, u.seq);
        let state: ContestState | null = null;
        for (const [i, text] of texts.entries()) {
          const e = JSON.parse(text) as DomainEvent;
          state = state ? evolve(state, e) : e.type === 'ContestCreated' ? initialState(e) : null;
          if (i % CHECK_CHUNK === CHECK_CHUNK - 1) await nextTurn();
        }
        // Same text in the same key order is the usual case; otherwise compare the content.
        const same = JSON.stringify(state) === u.text || canonical(state) === canonical(JSON.parse(u.text));
        if (!same) this.repair(u.id, u.seq);
      } catch (e) {
        console.warn(`[leitai] contest ${u.id}: snapshot check failed (${(e as Error).message})`);
      }
    }
  }

  /** The log wins over a snapshot that disagrees with it: rebuild from the log and resend views. */
  private repair(id: string, seq: number): void {
    const pipeline = this.pipelines.get(id);
    if (!pipeline || !this.db.open) return;
    console.error(`[leitai] contest ${id}: the snapshot at event ${seq} does not match a replay of the log; state rebuilt from the log`);
    this.snapshots.delete(id);
    this.snapshotAt.set(id, 0);
    pipeline.state = this.replayLog(id);
    this.listeners.forEach((l) => l(pipeline.state, []));
  }

  /** After a commit: snapshot a contest that has gone SNAPSHOT_EVERY events without, or finished. */
  private committed(state: ContestState): void {
    const since = state.rev - (this.snapshotAt.get(state.id) ?? 0);
    if (since < SNAPSHOT_EVERY && !(state.status === 'finished' && since > 0)) return;
    if (this.due.size === 0) setImmediate(() => this.writeDue());
    this.due.add(state.id);
  }

  /**
   * Writes the due snapshots in one transaction, after the commit's views and ack have gone out.
   * A snapshot is only a cache: if it cannot be written (disk full), the log is replayed instead.
   */
  private writeDue(): void {
    const ids = [...this.due];
    this.due.clear();
    const fp = domainFingerprint();
    if (!fp || !this.db.open) return;
    try {
      const written = inTransaction(this.db, () =>
        ids.flatMap((id) => {
          const state = this.pipelines.get(id)?.state;
          if (!state) return [];
          this.snapshots.save(id, state.rev, fp, JSON.stringify(state), this.now());
          return [[id, state.rev] as const];
        }),
      );
      for (const [id, rev] of written) this.snapshotAt.set(id, rev);
    } catch (e) {
      console.warn(`[leitai] snapshot not written (${(e as Error).message}); the next start replays more of the log`);
    }
  }

  /** Snapshots every contest now (for benchmarks and tests; the server snapshots by itself). */
  snapshotAll(): void {
    this.pipelines.forEach((_, id) => this.due.add(id));
    this.writeDue();
  }

  private pipeline(state: ContestState): ContestPipeline {
    return new ContestPipeline(state, {
      store: this.store,
      now: this.now,
      onChange: (s, events) => {
        this.committed(s);
        this.listeners.forEach((l) => l(s, events));
      },
    });
  }

  get(id: string): ContestPipeline | undefined {
    return this.pipelines.get(id);
  }

  all(): ContestState[] {
    return [...this.pipelines.values()].map((p) => p.state);
  }

  /**
   * Edits a contest before it starts. Judges are matched by id, so a judge kept in the list keeps
   * their link (renamed or moved, it is the same person); a removed judge's link is revoked and a
   * new judge gets one, in the same transaction as the event. New entries get ids never used in
   * this contest before, so a removed judge's id cannot come back as someone else.
   */
  replace(
    id: string,
    draft: ContestDefinitionDraft,
  ): { ok: true; state: ContestState; removedJudges: string[] } | { ok: false; message: string } {
    const pipeline = this.pipelines.get(id);
    if (!pipeline) return { ok: false, message: '比赛不存在' };
    const prior = pipeline.state.def;
    const taken = [...this.tokens.judgeIdsEver(id), ...prior.judges.map((j) => j.id), ...prior.presenters.map((p) => p.id), ...prior.criteria.map((c) => c.id)];
    // Entries sent without an id (clients written before ids) are matched by name, as before.
    const matched = {
      ...draft,
      judges: carryIds(prior.judges, draft.judges, sameJudge),
      presenters: carryIds(prior.presenters, draft.presenters, samePresenter),
      criteria: carryIds(prior.criteria, draft.criteria, sameCriterion),
    };
    const definition = withIds(matched, taken);
    const before = prior.judges.map((j) => j.id);
    const after = new Set(definition.judges.map((j) => j.id));
    const removedJudges = before.filter((j) => !after.has(j));
    const at = this.now();
    const result = pipeline.replaceDefinition(definition, () => {
      for (const j of removedJudges) this.tokens.revokeJudge(id, j, at);
      for (const j of after) if (!before.includes(j)) this.tokens.issue(id, 'judge', j, at);
    });
    return result.ok ? { ok: true, state: pipeline.state, removedJudges } : { ok: false, message: result.message };
  }

  /** A new link for a judge; the old one stops working. Logged (without the token) for the audit. */
  reissueJudge(id: string, judge: string): void {
    const pipeline = this.pipelines.get(id);
    if (!pipeline) return;
    const at = this.now();
    pipeline.record([{ type: 'JudgeLinkReissued', judgeId: judge, at }], () => this.tokens.reissueJudge(id, judge, at));
  }

  /** Creates a contest with its judge and screen links in one transaction. */
  create(definition: ContestDefinition): ContestState {
    const id = randomBytes(6).toString('base64url').replace(/[-_]/g, 'x');
    const at = this.now();
    const created: DomainEvent = { type: 'ContestCreated', contestId: id, definition, at };
    inTransaction(this.db, () => {
      this.store.createContest(id, created, at);
      definition.judges.forEach((j) => this.tokens.issue(id, 'judge', j.id, at));
      this.tokens.issue(id, 'screen', null, at);
    });
    const state = initialState(created);
    this.pipelines.set(id, this.pipeline(state));
    return state;
  }
}
