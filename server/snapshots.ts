// How each contest's state is rebuilt at start, and kept quick to rebuild next time.
//
// A long log takes long to replay (~7 µs an event), so each contest's state is snapshotted now
// and then, and a start folds only the events after the snapshot. The log stays the truth: a
// snapshot is used only when it is in this version's state format (STATE_FORMAT), belongs to this
// very log (the hash of its last event) and passes the state's schema (server/db/snapshot-store.ts);
// and after start every snapshot used is checked in the background against a replay of its log.
// On a mismatch the log wins: it is logged, the snapshot dropped and the state rebuilt from the log.
import { evolve, initialState } from '../shared/domain/evolve.ts';
import type { ContestState } from '../shared/domain/state.ts';
import { inTransaction, type Db } from './db/database.ts';
import type { EventStore } from './db/event-store.ts';
import { SnapshotStore } from './db/snapshot-store.ts';
import { readEvent, StoredDataError } from './db/stored-data.ts';

/** A snapshot is written once this many events follow the last one, and when a contest finishes. */
export const SNAPSHOT_EVERY = 500;
/** Events replayed between yields while checking snapshots in the background (~10 ms of work). */
const CHECK_CHUNK = 1500;

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

export class Snapshots {
  private readonly snapshots: SnapshotStore;
  /** The rev of each contest's latest snapshot (0: none). */
  private readonly snapshotAt = new Map<string, number>();
  private readonly due = new Set<string>();
  private readonly used: UsedSnapshot[] = [];

  constructor(
    private readonly db: Db,
    private readonly store: EventStore,
    private readonly now: () => number,
    /** A contest's live state, to be snapshotted. */
    private readonly stateOf: (id: string) => ContestState | undefined,
  ) {
    this.snapshots = new SnapshotStore(db);
  }

  /**
   * The contest's state: its snapshot with the events after it folded in, or its whole log.
   * Throws StoredDataError when an event it reads is not valid.
   */
  load(id: string): ContestState {
    const snap = this.snapshots.latest(id);
    // Another format is expected after an upgrade: the log is replayed and a new snapshot written.
    if (snap && !snap.usable && !snap.expected)
      console.warn(`[leitai] contest ${id}: snapshot at event ${snap.seq} not used (${snap.problem}); replaying the log`);
    const fromSnapshot = snap?.usable ? this.foldAfter(id, snap.state) : null;
    const state = fromSnapshot ?? this.replayLog(id);
    const at = fromSnapshot && snap?.usable ? snap.seq : 0;
    if (at > 0 && snap?.usable) this.used.push({ id, seq: snap.seq, text: snap.text });
    this.snapshotAt.set(id, at);
    const replayed = state.rev - at;
    if (replayed >= SNAPSHOT_EVERY || (state.status === 'finished' && replayed > 0)) this.due.add(id);
    return state;
  }

  /** Finished contests whose snapshot ends their log: they can load on first use (snapshot-store.ts). */
  resting(): Set<string> {
    return this.snapshots.resting();
  }

  /** A snapshot's state with the events after it folded in; null if the log does not go on from it. */
  private foldAfter(id: string, snapshot: ContestState): ContestState | null {
    let state = snapshot;
    for (const e of this.store.events(id, snapshot.rev)) {
      if (e.seq !== state.rev + 1 || e.data.type === 'ContestCreated') return null;
      state = evolve(state, e.data);
    }
    return state;
  }

  /** The state from the whole log, which must run 1, 2, 3, … from ContestCreated. */
  replayLog(id: string): ContestState {
    const [first, ...rest] = this.store.events(id);
    if (!first || first.seq !== 1 || first.data.type !== 'ContestCreated')
      throw new StoredDataError(id, 'the log does not start with ContestCreated as event 1');
    let state = initialState(first.data);
    for (const e of rest) {
      if (e.seq !== state.rev + 1) throw new StoredDataError(id, `event ${state.rev + 1} is missing (the log goes on at event ${e.seq})`);
      if (e.data.type === 'ContestCreated') throw new StoredDataError(id, `event ${e.seq} (ContestCreated) is not the first event`);
      state = evolve(state, e.data);
    }
    return state;
  }

  /**
   * Once every contest is loaded: snapshots for logs replayed at length are written a moment
   * later, off the way to a healthy server (unref: a process may end before; then the next start
   * replays again), and the snapshots used are checked against their logs in the background.
   * Resolves when that check is done; `rebuilt` gets each state the log overruled.
   */
  afterStart(rebuilt: (id: string, state: ContestState) => void): Promise<void> {
    if (this.due.size > 0) setTimeout(() => this.writeDue(), 1000).unref();
    const used = this.used.splice(0);
    return used.length > 0 ? nextTurn().then(() => this.check(used, rebuilt)) : Promise.resolve();
  }

  /** Checks each snapshot used at start against a replay of its log, a chunk at a time. */
  private async check(used: UsedSnapshot[], rebuilt: (id: string, state: ContestState) => void): Promise<void> {
    for (const u of used) {
      await nextTurn();
      if (!this.db.open) return;
      try {
        const rows = this.store.rows(u.id, 0, u.seq);
        let state: ContestState | null = null;
        for (const [i, row] of rows.entries()) {
          const e = readEvent(u.id, row);
          state = state ? evolve(state, e) : e.type === 'ContestCreated' ? initialState(e) : null;
          if (i % CHECK_CHUNK === CHECK_CHUNK - 1) await nextTurn();
        }
        if (!this.db.open) return;
        // Same text in the same key order is the usual case; otherwise compare the content.
        const same = JSON.stringify(state) === u.text || canonical(state) === canonical(JSON.parse(u.text));
        if (!same) this.repair(u.id, u.seq, rebuilt);
      } catch (e) {
        // A row before the snapshot went bad after the snapshot was made from it: the state is
        // right, the log is not; say so loudly (exports of the log will fail the same way).
        if (e instanceof StoredDataError) console.error(`[leitai] ${e.message} (found checking the snapshot at event ${u.seq}; the contest runs on from it)`);
        else console.warn(`[leitai] contest ${u.id}: snapshot check failed (${(e as Error).message})`);
      }
    }
  }

  /** The log wins over a snapshot that disagrees with it: rebuild from the log. */
  private repair(id: string, seq: number, rebuilt: (id: string, state: ContestState) => void): void {
    if (!this.stateOf(id)) return;
    console.error(`[leitai] contest ${id}: the snapshot at event ${seq} does not match a replay of the log; state rebuilt from the log`);
    this.snapshots.delete(id);
    this.snapshotAt.set(id, 0);
    rebuilt(id, this.replayLog(id));
  }

  /** After a commit: snapshot a contest that has gone SNAPSHOT_EVERY events without, or finished. */
  committed(state: ContestState): void {
    const since = state.rev - (this.snapshotAt.get(state.id) ?? 0);
    if (since < SNAPSHOT_EVERY && !(state.status === 'finished' && since > 0)) return;
    if (this.due.size === 0) setImmediate(() => this.writeDue());
    this.due.add(state.id);
  }

  /** Snapshots these contests now (for benchmarks and tests; the server snapshots by itself). */
  snapshotNow(ids: Iterable<string>): void {
    for (const id of ids) this.due.add(id);
    this.writeDue();
  }

  /**
   * Writes the due snapshots in one transaction, after the commit's views and ack have gone out.
   * A snapshot is only a cache: if it cannot be written (disk full), the log is replayed instead.
   */
  private writeDue(): void {
    const ids = [...this.due];
    this.due.clear();
    if (!this.db.open) return;
    try {
      const written = inTransaction(this.db, () =>
        ids.flatMap((id) => {
          const state = this.stateOf(id);
          if (!state) return [];
          this.snapshots.save(id, state, this.now());
          return [[id, state.rev] as const];
        }),
      );
      for (const [id, rev] of written) this.snapshotAt.set(id, rev);
    } catch (e) {
      console.warn(`[leitai] snapshot not written (${(e as Error).message}); the next start replays more of the log`);
    }
  }
}
