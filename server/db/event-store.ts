// The event log and the command ledger. Only this folder talks to SQLite; what it reads back is
// checked (stored-data.ts), so a bad row is an error naming the contest and the row.
import { z } from 'zod';
import type { DomainEvent } from '../../shared/domain/events.ts';
import type { Db } from './database.ts';
import { checkRow, EventRow, readEventRow } from './stored-data.ts';

const StoredCommand = z.object({ actor: z.string(), digest: z.string(), rev: z.int().min(1) });
export type StoredCommand = z.output<typeof StoredCommand>;
const ContestIds = z.array(z.string());

export interface CommandRecord {
  commandId: string;
  actor: string;
  digest: string;
  at: number;
}

export interface LoggedEvent {
  seq: number;
  type: string;
  data: DomainEvent;
  /** The event as written, before any upgrade of an old shape (the same object when current). */
  stored: unknown;
  at: number;
  actor: string;
  commandId: string | null;
}

export class EventStore {
  private readonly insertEvent;
  private readonly insertCommand;
  private readonly selectCommand;
  private readonly selectEvents;
  private readonly insertContest;
  private readonly selectContests;
  /**
   * Transactions that appended commands, since start: each is one fsync under synchronous=FULL.
   * Read by tests and the bench to show that a burst was group-committed (issue 17).
   */
  commits = 0;

  constructor(private readonly db: Db) {
    this.insertEvent = db.prepare(
      'INSERT INTO events (contest_id, seq, type, data, at, actor, command_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertCommand = db.prepare(
      'INSERT INTO commands (contest_id, command_id, actor, digest, rev, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.selectCommand = db.prepare('SELECT actor, digest, rev FROM commands WHERE contest_id = ? AND command_id = ?');
    this.selectEvents = db.prepare(
      'SELECT seq, type, data, at, actor, command_id AS commandId FROM events WHERE contest_id = ? AND seq > ? AND seq <= ? ORDER BY seq',
    );
    this.insertContest = db.prepare('INSERT INTO contests (id, created_at) VALUES (?, ?)');
    this.selectContests = db.prepare('SELECT id FROM contests ORDER BY created_at, id').pluck();
  }

  contestIds(): string[] {
    return checkRow(ContestIds, this.selectContests.all(), null, 'the contests table');
  }

  findCommand(contestId: string, commandId: string): StoredCommand | null {
    const row = this.selectCommand.get(contestId, commandId);
    return row === undefined ? null : checkRow(StoredCommand, row, contestId, `command ${commandId}`);
  }

  /**
   * Appends events after `fromSeq` and records the command, in one transaction. Returns only
   * after the commit, so the caller may acknowledge.
   */
  append(
    contestId: string,
    fromSeq: number,
    events: DomainEvent[],
    at: number,
    actor: string,
    command: CommandRecord | null,
    /** Other writes that must commit or fail together with these events. */
    alongside?: () => void,
  ): number {
    const tx = this.db.transaction(() => {
      alongside?.();
      let seq = fromSeq;
      for (const e of events) {
        seq += 1;
        this.insertEvent.run(contestId, seq, e.type, JSON.stringify(e), at, actor, command?.commandId ?? null);
      }
      if (command) this.insertCommand.run(contestId, command.commandId, command.actor, command.digest, seq, at);
      return seq;
    });
    const seq = tx();
    this.commits += 1;
    return seq;
  }

  /**
   * Appends the events of several commands after `fromSeq`, each recorded in the command ledger
   * with the rev after its own events, in ONE transaction: all of them are stored or none is.
   */
  appendBatch(contestId: string, fromSeq: number, commands: readonly { events: readonly DomainEvent[]; command: CommandRecord }[], at: number): number {
    const tx = this.db.transaction(() => {
      let seq = fromSeq;
      for (const { events, command } of commands) {
        for (const e of events) {
          seq += 1;
          this.insertEvent.run(contestId, seq, e.type, JSON.stringify(e), at, command.actor, command.commandId);
        }
        this.insertCommand.run(contestId, command.commandId, command.actor, command.digest, seq, at);
      }
      return seq;
    });
    const seq = tx();
    this.commits += 1;
    return seq;
  }

  createContest(contestId: string, created: DomainEvent, at: number): void {
    this.db.transaction(() => {
      this.insertContest.run(contestId, at);
      this.insertEvent.run(contestId, 1, created.type, JSON.stringify(created), at, 'host', null);
    })();
  }

  /** The log, each event checked and in the current shape (stored-data.ts). */
  events(contestId: string, after = 0, upTo = Number.MAX_SAFE_INTEGER): LoggedEvent[] {
    return this.rows(contestId, after, upTo).map((r) => {
      const { event, stored } = readEventRow(contestId, r);
      return { ...r, data: event, stored };
    });
  }

  /**
   * Rows of the log with their event still unparsed, for a reader that parses a chunk at a time
   * (readEvent) so that a long log does not hold up the server.
   */
  rows(contestId: string, after = 0, upTo = Number.MAX_SAFE_INTEGER): EventRow[] {
    return this.selectEvents.all(contestId, after, upTo).map((r) => {
      const seq = (r as { seq?: unknown }).seq;
      return checkRow(EventRow, r, contestId, `the row of event ${typeof seq === 'number' ? seq : JSON.stringify(seq)}`);
    });
  }
}
