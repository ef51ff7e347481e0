// What comes back from SQLite is checked where it is read, never cast: rows with zod, events with
// the event log's schema (shared/domain/event-schema.ts, which also upgrades old shapes),
// snapshots with the state's schema. A row that fails is a StoredDataError naming the contest and
// the row, raised where it is read, rather than a crash later in evolve or in a view.
import { z } from 'zod';
import { formatIssues } from '../../shared/definition.ts';
import { parseEvent } from '../../shared/domain/event-schema.ts';
import type { DomainEvent } from '../../shared/domain/events.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import { ContestStateSchema } from '../../shared/domain/state-schema.ts';

export class StoredDataError extends Error {
  constructor(
    /** The contest the row belongs to; null for rows of no one contest. */
    readonly contestId: string | null,
    detail: string,
  ) {
    super(contestId === null ? detail : `contest ${contestId}: ${detail}`);
    this.name = 'StoredDataError';
  }
}

/** A row's columns as SQLite returned them, checked; `what` names the row in the error. */
export function checkRow<S extends z.ZodType>(schema: S, row: unknown, contestId: string | null, what: string): z.output<S> {
  const r = schema.safeParse(row);
  if (!r.success) throw new StoredDataError(contestId, `${what} is not a valid row: ${formatIssues(r.error).join('; ')}`);
  return r.data;
}

/**
 * JSON text from a column, checked against `schema`; `where` names it in the error and `what` is
 * what it should be ("event", "settings"). Returns the checked value and the object as parsed.
 */
export function readJson<S extends z.ZodType>(schema: S, text: string, where: string, what: string, contestId: string | null = null): { data: z.output<S>; value: unknown } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new StoredDataError(contestId, `${where} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoredDataError(contestId, `${where} is not a valid ${what}: ${formatIssues(parsed.error).join('; ')}`);
  return { data: parsed.data, value };
}

/**
 * An event of a series', notice's or 对标 log (their schemas have no old shapes to upgrade),
 * checked, and held by the row its type column names. `where` names the log.
 */
export function readLogEvent<S extends z.ZodType<{ type: string }>>(schema: S, row: { seq: number; type: string; data: string }, log: string): { event: z.output<S>; stored: unknown } {
  const where = `${log}: event ${row.seq} (${row.type})`;
  const { data, value } = readJson(schema, row.data, where, 'event');
  if (data.type !== row.type) throw new StoredDataError(null, `${where} holds a ${data.type} event`);
  return { event: data, stored: value };
}

/** An events row as stored (data unparsed). */
export const EventRow = z.object({
  seq: z.int().min(1),
  type: z.string(),
  data: z.string(),
  at: z.number(),
  actor: z.string(),
  commandId: z.string().nullable(),
});
export type EventRow = z.output<typeof EventRow>;

/**
 * The event stored in a row, checked and in the current shape. When the check changed nothing,
 * the stored object itself is returned (its key order included), so the log as served by
 * GET /api/contests/:id/events and its fingerprint on the report stay exactly what was written;
 * an old shape comes back upgraded.
 */
export function readEvent(contestId: string, row: Pick<EventRow, 'seq' | 'type' | 'data'>): DomainEvent {
  return readEventRow(contestId, row).event;
}

/**
 * The checked event of a row, and the object as stored. They are one object unless the row holds
 * an old shape: then `stored` is what was written (what GET …/events serves and the report's
 * fingerprint covers, so a report printed by an older version still matches its log).
 */
export function readEventRow(contestId: string, row: Pick<EventRow, 'seq' | 'type' | 'data'>): { event: DomainEvent; stored: unknown } {
  const where = `event ${row.seq} (${row.type})`;
  let value: unknown;
  try {
    value = JSON.parse(row.data);
  } catch (e) {
    throw new StoredDataError(contestId, `${where} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = parseEvent(value);
  if (!parsed.ok) throw new StoredDataError(contestId, `${where} is not a valid event: ${parsed.problem}`);
  const event = parsed.event;
  if (event.type !== row.type) throw new StoredDataError(contestId, `${where} holds a ${event.type} event`);
  if (event.type === 'ContestCreated' && event.contestId !== contestId)
    throw new StoredDataError(contestId, `${where} creates another contest (${event.contestId})`);
  // Equal content: the value is the checked event in every field, so it may stand for it.
  return { event: sameJson(value, event) ? (value as DomainEvent) : event, stored: value };
}

/**
 * A snapshot's state if it belongs where it was found and fits the state's schema; else why not.
 * `written`: its text is byte for byte the one this version wrote (its SHA-256 matched), the live
 * state that evolve made from checked events, so the schema pass is skipped and only where it
 * belongs is checked.
 */
export function readState(text: string, contestId: string, seq: number, written = false): { ok: true; state: ContestState } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not valid JSON' };
  }
  let state = value as Partial<ContestState> | null;
  if (!written) {
    const r = ContestStateSchema.safeParse(value);
    if (!r.success) return { ok: false, problem: `not a valid state: ${formatIssues(r.error).slice(0, 3).join('; ')}` };
    state = r.data;
  }
  if (typeof state !== 'object' || state === null || state.id !== contestId || state.rev !== seq) return { ok: false, problem: 'wrong contest or revision' };
  return { ok: true, state: state as ContestState };
}

/** Equal as JSON: same values, object keys in any order, a key holding undefined counts as absent. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameJson(x, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => Object.hasOwn(y, k) && sameJson(x[k], y[k]));
}
