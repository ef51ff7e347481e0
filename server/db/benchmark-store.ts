// The 对标 logs, one per scope ("contest:<id>" or "series:<id>"), and their command ledger.
// Append-only and checked when read back (shared/benchmark/event-schema.ts), like the series'.
import { z } from 'zod';
import { BenchmarkEventSchema } from '../../shared/benchmark/event-schema.ts';
import type { BenchmarkEvent } from '../../shared/benchmark/state.ts';
import type { Db } from './database.ts';
import { checkRow, readLogEvent, StoredDataError } from './stored-data.ts';

const Row = z.object({ scope: z.string(), seq: z.int().min(1), type: z.string(), data: z.string() });
const LogRow = z.object({ seq: z.int().min(1), type: z.string(), data: z.string(), at: z.number(), command_id: z.string().nullable() });

/** One 对标 event as written, with what the fingerprint covers (server/report/fingerprint.ts). */
export interface LoggedBenchmarkEvent {
  seq: number;
  type: string;
  /** The event as written. */
  stored: unknown;
  at: number;
  commandId: string | null;
}
const StoredAnswer = z.object({ digest: z.string(), answer: z.string() });

export class BenchmarkStore {
  private readonly insertEvent;
  private readonly selectAll;
  private readonly selectLog;
  private readonly selectAnswer;
  private readonly insertAnswer;

  constructor(db: Db) {
    this.insertEvent = db.prepare('INSERT INTO benchmark_events (scope, seq, type, data, at, command_id) VALUES (?, ?, ?, ?, ?, ?)');
    this.selectAll = db.prepare('SELECT scope, seq, type, data FROM benchmark_events ORDER BY scope, seq');
    this.selectLog = db.prepare('SELECT seq, type, data, at, command_id FROM benchmark_events WHERE scope = ? AND seq <= ? ORDER BY seq');
    this.selectAnswer = db.prepare('SELECT digest, answer FROM benchmark_commands WHERE scope = ? AND command_id = ?');
    this.insertAnswer = db.prepare('INSERT INTO benchmark_commands (scope, command_id, digest, answer, at) VALUES (?, ?, ?, ?, ?)');
  }

  /** Appends after `fromSeq`; the caller runs it in a transaction with the command's answer. */
  append(scope: string, fromSeq: number, events: readonly BenchmarkEvent[], commandId: string | null): number {
    let seq = fromSeq;
    for (const e of events) this.insertEvent.run(scope, ++seq, e.type, JSON.stringify(e), e.at, commandId);
    return seq;
  }

  /** Every scope's events, in order: read once at start. */
  all(): Map<string, BenchmarkEvent[]> {
    const out = new Map<string, BenchmarkEvent[]>();
    for (const raw of this.selectAll.all()) {
      const row = checkRow(Row, raw, null, 'benchmark event');
      const list = out.get(row.scope) ?? [];
      if (row.seq !== list.length + 1) throw new StoredDataError(null, `对标 ${row.scope}: event ${row.seq} (${row.type}) follows event ${list.length}`);
      list.push(readLogEvent(BenchmarkEventSchema, row, `对标 ${row.scope}`).event);
      out.set(row.scope, list);
    }
    return out;
  }

  /** One scope's log as written, seq 1..upTo: what GET …/benchmarks/events serves and the report fingerprints. */
  log(scope: string, upTo: number): LoggedBenchmarkEvent[] {
    return this.selectLog.all(scope, upTo).map((raw) => {
      const row = checkRow(LogRow, raw, null, `对标 ${scope} event`);
      return { seq: row.seq, type: row.type, stored: readLogEvent(BenchmarkEventSchema, row, `对标 ${scope}`).stored, at: row.at, commandId: row.command_id };
    });
  }

  answered(scope: string, commandId: string): { digest: string; answer: unknown } | null {
    const row = this.selectAnswer.get(scope, commandId);
    if (row === undefined) return null;
    const r = checkRow(StoredAnswer, row, null, `对标 ${scope} command ${commandId}`);
    return { digest: r.digest, answer: JSON.parse(r.answer) as unknown };
  }

  remember(scope: string, commandId: string, digest: string, answer: unknown, at: number): void {
    this.insertAnswer.run(scope, commandId, digest, JSON.stringify(answer), at);
  }
}

