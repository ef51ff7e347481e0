// Snapshots of contest state: a cache that saves replaying a long log at start. The event log
// stays the truth; a snapshot says which log it was folded from (the hash of its last event)
// and which code folded it (the domain fingerprint, server/contests.ts), and is used only when
// both still hold.
import { createHash } from 'node:crypto';
import type { DomainEvent } from '../../shared/domain/events.ts';
import type { Db } from './database.ts';

export interface StoredSnapshot {
  /** The state after events 1..seq; equals the state's rev. */
  seq: number;
  /** The domain fingerprint of the code that wrote it. */
  format: string;
  /** SHA-256 of the stored text of event `seq`. */
  eventHash: string;
  /** JSON of the state. */
  state: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class SnapshotStore {
  private readonly selectLatest;
  private readonly upsert;
  private readonly remove;
  private readonly selectEventText;
  private readonly selectAfter;
  private readonly selectUpTo;

  constructor(private readonly db: Db) {
    this.selectLatest = db.prepare('SELECT seq, format, event_hash AS eventHash, state FROM snapshots WHERE contest_id = ?');
    this.upsert = db.prepare(
      `INSERT INTO snapshots (contest_id, seq, format, event_hash, state, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (contest_id) DO UPDATE SET seq = excluded.seq, format = excluded.format,
         event_hash = excluded.event_hash, state = excluded.state, at = excluded.at`,
    );
    this.remove = db.prepare('DELETE FROM snapshots WHERE contest_id = ?');
    this.selectEventText = db.prepare('SELECT data FROM events WHERE contest_id = ? AND seq = ?').pluck();
    this.selectAfter = db.prepare('SELECT seq, data FROM events WHERE contest_id = ? AND seq > ? ORDER BY seq');
    this.selectUpTo = db.prepare('SELECT data FROM events WHERE contest_id = ? AND seq <= ? ORDER BY seq').pluck();
  }

  latest(contestId: string): StoredSnapshot | null {
    return (this.selectLatest.get(contestId) as StoredSnapshot | undefined) ?? null;
  }

  /** The hash a snapshot at `seq` must carry to belong to this log; null when there is no such event. */
  eventHash(contestId: string, seq: number): string | null {
    const text = this.selectEventText.get(contestId, seq) as string | undefined;
    return text === undefined ? null : sha256(text);
  }

  save(contestId: string, seq: number, format: string, state: string, at: number): void {
    const hash = this.eventHash(contestId, seq);
    if (hash === null) throw new Error(`contest ${contestId}: no event ${seq} to snapshot at`);
    this.upsert.run(contestId, seq, format, hash, state, at);
  }

  delete(contestId: string): void {
    this.remove.run(contestId);
  }

  /** Drops every snapshot (benchmarks measure the plain replay this way). */
  clear(): void {
    this.db.exec('DELETE FROM snapshots');
  }

  /** The log after a snapshot: events seq+1.. in order. */
  eventsAfter(contestId: string, seq: number): { seq: number; data: DomainEvent }[] {
    const rows = this.selectAfter.all(contestId, seq) as { seq: number; data: string }[];
    return rows.map((r) => ({ seq: r.seq, data: JSON.parse(r.data) as DomainEvent }));
  }

  /** The stored text of events 1..seq, unparsed, for checking a snapshot against its log. */
  eventTextsUpTo(contestId: string, seq: number): string[] {
    return this.selectUpTo.all(contestId, seq) as string[];
  }
}
