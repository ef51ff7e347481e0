// The event log and the command ledger. Only this folder talks to SQLite.
import type { DomainEvent } from '../../shared/domain/events.ts';
import type { Db } from './database.ts';

export interface StoredCommand {
  actor: string;
  digest: string;
  rev: number;
}

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

  constructor(private readonly db: Db) {
    this.insertEvent = db.prepare(
      'INSERT INTO events (contest_id, seq, type, data, at, actor, command_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertCommand = db.prepare(
      'INSERT INTO commands (contest_id, command_id, actor, digest, rev, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.selectCommand = db.prepare('SELECT actor, digest, rev FROM commands WHERE contest_id = ? AND command_id = ?');
    this.selectEvents = db.prepare('SELECT seq, type, data, at, actor, command_id FROM events WHERE contest_id = ? ORDER BY seq');
    this.insertContest = db.prepare('INSERT INTO contests (id, created_at) VALUES (?, ?)');
    this.selectContests = db.prepare('SELECT id FROM contests ORDER BY created_at, id');
  }

  contestIds(): string[] {
    return (this.selectContests.all() as { id: string }[]).map((r) => r.id);
  }

  findCommand(contestId: string, commandId: string): StoredCommand | null {
    return (this.selectCommand.get(contestId, commandId) as StoredCommand | undefined) ?? null;
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
    return tx();
  }

  createContest(contestId: string, created: DomainEvent, at: number): void {
    this.db.transaction(() => {
      this.insertContest.run(contestId, at);
      this.insertEvent.run(contestId, 1, created.type, JSON.stringify(created), at, 'host', null);
    })();
  }

  events(contestId: string): LoggedEvent[] {
    const rows = this.selectEvents.all(contestId) as {
      seq: number;
      type: string;
      data: string;
      at: number;
      actor: string;
      command_id: string | null;
    }[];
    return rows.map((r) => ({
      seq: r.seq,
      type: r.type,
      data: JSON.parse(r.data) as DomainEvent,
      at: r.at,
      actor: r.actor,
      commandId: r.command_id,
    }));
  }
}
