// The series logs and their command ledger. Like the contest event store: append-only, checked
// when read back (shared/series/event-schema.ts), and a command id answered once.
import { z } from 'zod';
import { SeriesEventSchema } from '../../shared/series/event-schema.ts';
import type { SeriesEvent } from '../../shared/series/state.ts';
import type { Db } from './database.ts';
import { checkRow, readLogEvent } from './stored-data.ts';

const SeriesRow = z.object({ seq: z.int().min(1), type: z.string(), data: z.string(), at: z.number(), actor: z.string(), commandId: z.string().nullable() });
const StoredAnswer = z.object({ digest: z.string(), answer: z.string() });
const Ids = z.array(z.string());

export interface LoggedSeriesEvent {
  seq: number;
  event: SeriesEvent;
  /** As written: what GET …/events serves and the fingerprint covers. */
  stored: unknown;
  at: number;
  actor: string;
  commandId: string | null;
}

export class SeriesStore {
  private readonly insertSeries;
  private readonly insertEvent;
  private readonly selectEvents;
  private readonly selectIds;
  private readonly selectAnswer;
  private readonly insertAnswer;

  constructor(private readonly db: Db) {
    this.insertSeries = db.prepare('INSERT INTO series (id, created_at) VALUES (?, ?)');
    this.insertEvent = db.prepare('INSERT INTO series_events (series_id, seq, type, data, at, actor, command_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.selectEvents = db.prepare('SELECT seq, type, data, at, actor, command_id AS commandId FROM series_events WHERE series_id = ? AND seq > ? ORDER BY seq');
    this.selectIds = db.prepare('SELECT id FROM series ORDER BY created_at, id').pluck();
    this.selectAnswer = db.prepare('SELECT digest, answer FROM series_commands WHERE series_id = ? AND command_id = ?');
    this.insertAnswer = db.prepare('INSERT INTO series_commands (series_id, command_id, digest, answer, at) VALUES (?, ?, ?, ?, ?)');
  }

  ids(): string[] {
    return checkRow(Ids, this.selectIds.all(), null, 'the series table');
  }

  /** Call inside a transaction with the first events' append. */
  create(id: string, at: number): void {
    this.insertSeries.run(id, at);
  }

  /** Appends after `fromSeq`; the caller runs it in a transaction with whatever must commit with it. */
  append(seriesId: string, fromSeq: number, events: readonly SeriesEvent[], actor: string, commandId: string | null): number {
    let seq = fromSeq;
    for (const e of events) this.insertEvent.run(seriesId, ++seq, e.type, JSON.stringify(e), e.at, actor, commandId);
    return seq;
  }

  /** The series' log, or its events after seq `after` (a reader that needs only the latest). */
  events(seriesId: string, after = 0): LoggedSeriesEvent[] {
    return this.selectEvents.all(seriesId, after).map((raw) => {
      const row = checkRow(SeriesRow, raw, null, `series ${seriesId} event`);
      const { event, stored } = readLogEvent(SeriesEventSchema, row, `series ${seriesId}`);
      return { seq: row.seq, event, stored, at: row.at, actor: row.actor, commandId: row.commandId };
    });
  }

  /** The answer given to this command id before, with the digest of what was sent then. */
  answered(seriesId: string, commandId: string): { digest: string; answer: unknown } | null {
    const row = this.selectAnswer.get(seriesId, commandId);
    if (row === undefined) return null;
    const r = checkRow(StoredAnswer, row, null, `series ${seriesId} command ${commandId}`);
    return { digest: r.digest, answer: JSON.parse(r.answer) as unknown };
  }

  remember(seriesId: string, commandId: string, digest: string, answer: unknown, at: number): void {
    this.insertAnswer.run(seriesId, commandId, digest, JSON.stringify(answer), at);
  }
}
