// The 公示 logs. Like the series store: append-only, every event checked when read back
// (shared/notice/event-schema.ts). Objections arrive without a command id (a public form), so
// there is no command ledger: the per-address limit is what stops a repeated submission flood.
import { z } from 'zod';
import { NoticeEventSchema } from '../../shared/notice/event-schema.ts';
import type { NoticeEvent } from '../../shared/notice/state.ts';
import type { Db } from './database.ts';
import { checkRow, readLogEvent } from './stored-data.ts';

const NoticeRow = z.object({ seq: z.int().min(1), type: z.string(), data: z.string(), at: z.number(), actor: z.string() });
const Ids = z.array(z.string());

export interface LoggedNoticeEvent {
  seq: number;
  event: NoticeEvent;
  at: number;
  /** 'host', or 'public' for an objection. */
  actor: string;
}

export class NoticeStore {
  private readonly insertNotice;
  private readonly insertEvent;
  private readonly selectEvents;
  private readonly selectIds;

  constructor(db: Db) {
    this.insertNotice = db.prepare('INSERT INTO notices (id, created_at) VALUES (?, ?)');
    this.insertEvent = db.prepare('INSERT INTO notice_events (notice_id, seq, type, data, at, actor) VALUES (?, ?, ?, ?, ?, ?)');
    this.selectEvents = db.prepare('SELECT seq, type, data, at, actor FROM notice_events WHERE notice_id = ? ORDER BY seq');
    this.selectIds = db.prepare('SELECT id FROM notices ORDER BY created_at, id').pluck();
  }

  ids(): string[] {
    return checkRow(Ids, this.selectIds.all(), null, 'the notices table');
  }

  /** Call inside a transaction with the first event's append. */
  create(id: string, at: number): void {
    this.insertNotice.run(id, at);
  }

  append(noticeId: string, fromSeq: number, events: readonly NoticeEvent[], actor: string): number {
    let seq = fromSeq;
    for (const e of events) this.insertEvent.run(noticeId, ++seq, e.type, JSON.stringify(e), e.at, actor);
    return seq;
  }

  events(noticeId: string): LoggedNoticeEvent[] {
    return this.selectEvents.all(noticeId).map((raw) => {
      const row = checkRow(NoticeRow, raw, null, `notice ${noticeId} event`);
      return { seq: row.seq, event: readLogEvent(NoticeEventSchema, row, `notice ${noticeId}`).event, at: row.at, actor: row.actor };
    });
  }
}
