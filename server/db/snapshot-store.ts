// Snapshots of contest state: a cache that saves replaying a long log at start. The event log
// stays the truth; a snapshot says which log it was folded from (the hash of its last event)
// and in which state format (STATE_FORMAT, shared/domain/state-schema.ts), and is offered only
// when both still hold and its state is the one written: its text hashes to the SHA-256 stored
// beside it (the live state this version wrote, so it needs no second pass through the schema,
// which cost a fifth of a restart at 100,000 events), or, for a snapshot without one, it passes
// the state's schema. Anything else is not an error: the log is replayed instead
// (server/snapshots.ts), and every snapshot used is compared with a replay of its log after start.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ContestState } from '../../shared/domain/state.ts';
import { STATE_FORMAT } from '../../shared/domain/state-schema.ts';
import type { Db } from './database.ts';
import { checkRow, readState } from './stored-data.ts';

/** What the format column holds for snapshots of this version's state. */
export const SNAPSHOT_FORMAT = `state-${STATE_FORMAT}`;

const SnapshotRow = z.object({ seq: z.int().min(1), format: z.string(), eventHash: z.string(), state: z.string(), stateHash: z.string().nullable() });

export type StoredSnapshot =
  /** `text`: the state's JSON as stored, to check it against a replay of the log later. */
  | { usable: true; seq: number; state: ContestState; text: string }
  /** `expected`: written in another state format, as after every upgrade; not worth a warning. */
  | { usable: false; seq: number; problem: string; expected: boolean };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class SnapshotStore {
  private readonly selectLatest;
  private readonly upsert;
  private readonly remove;
  private readonly selectEventText;
  private readonly selectResting;

  constructor(private readonly db: Db) {
    this.selectLatest = db.prepare('SELECT seq, format, event_hash AS eventHash, state, state_sha256 AS stateHash FROM snapshots WHERE contest_id = ?');
    this.upsert = db.prepare(
      `INSERT INTO snapshots (contest_id, seq, format, event_hash, state, state_sha256, status, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (contest_id) DO UPDATE SET seq = excluded.seq, format = excluded.format, event_hash = excluded.event_hash,
         state = excluded.state, state_sha256 = excluded.state_sha256, status = excluded.status, at = excluded.at`,
    );
    this.selectResting = db
      .prepare(
        `SELECT s.contest_id FROM snapshots s WHERE s.status = 'finished' AND s.format = ?
           AND s.seq = (SELECT max(e.seq) FROM events e WHERE e.contest_id = s.contest_id)`,
      )
      .pluck();
    this.remove = db.prepare('DELETE FROM snapshots WHERE contest_id = ?');
    this.selectEventText = db.prepare('SELECT data FROM events WHERE contest_id = ? AND seq = ?').pluck();
  }

  /** The contest's snapshot, checked: usable, or why not; null when there is none. */
  latest(contestId: string): StoredSnapshot | null {
    const raw = this.selectLatest.get(contestId);
    if (raw === undefined) return null;
    const parsed = SnapshotRow.safeParse(raw);
    if (!parsed.success) return { usable: false, seq: 0, problem: 'unreadable row', expected: false };
    const row = parsed.data;
    const not = (problem: string, expected = false) => ({ usable: false as const, seq: row.seq, problem, expected });
    if (row.format !== SNAPSHOT_FORMAT) return not(`state format ${row.format}, not ${SNAPSHOT_FORMAT}`, true);
    if (this.eventHash(contestId, row.seq) !== row.eventHash) return not('the log differs');
    if (row.stateHash !== null && sha256(row.state) !== row.stateHash) return not('its text is not the one written');
    const read = readState(row.state, contestId, row.seq, row.stateHash !== null);
    return read.ok ? { usable: true, seq: row.seq, state: read.state, text: row.state } : not(read.problem);
  }

  /** The hash a snapshot at `seq` must carry to belong to this log; null when there is no such event. */
  eventHash(contestId: string, seq: number): string | null {
    const text = this.selectEventText.get(contestId, seq);
    return text === undefined ? null : sha256(checkRow(z.string(), text, contestId, `event ${seq}`));
  }

  /** Stores the state as the contest's snapshot, in this version's state format. */
  save(contestId: string, state: ContestState, at: number): void {
    const hash = this.eventHash(contestId, state.rev);
    if (hash === null) throw new Error(`contest ${contestId}: no event ${state.rev} to snapshot at`);
    const text = JSON.stringify(state);
    this.upsert.run(contestId, state.rev, SNAPSHOT_FORMAT, hash, text, sha256(text), state.status, at);
  }

  /**
   * The contests at rest: finished, with a snapshot in this version's format at the last event of
   * the log. Loading one later gives the state loading it now would (the log has nothing after
   * the snapshot), so they can wait for their first use. Whether the snapshot is sound is checked
   * when it is read, as for any other.
   */
  resting(): Set<string> {
    return new Set(checkRow(z.array(z.string()), this.selectResting.all(SNAPSHOT_FORMAT), null, 'the snapshots table'));
  }

  delete(contestId: string): void {
    this.remove.run(contestId);
  }

  /** Drops every snapshot (benchmarks measure the plain replay this way). */
  clear(): void {
    this.db.exec('DELETE FROM snapshots');
  }
}
