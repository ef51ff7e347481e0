// STATE_FORMAT must be bumped whenever a snapshot written before would be wrong now: when the
// state's shape changes, or when evolve folds a stored log into a different state. This test
// keeps, for the current STATE_FORMAT, the state's JSON Schema and a reference log with the
// state folded from it (state-format.json), and fails when either moves without a bump.
//
// After bumping STATE_FORMAT (shared/domain/state-schema.ts), re-record:
//   RECORD_STATE_FORMAT=1 npx vitest run test/domain/state-format.test.ts
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEvent } from '../../shared/domain/event-schema.ts';
import type { DomainEvent } from '../../shared/domain/events.ts';
import { replay } from '../../shared/domain/evolve.ts';
import { ContestStateSchema, STATE_FORMAT } from '../../shared/domain/state-schema.ts';
import { referenceShow } from './reference-show.ts';

const file = path.join(import.meta.dirname, 'state-format.json');
interface Recorded {
  format: number;
  schema: unknown;
  events: unknown[];
  state: unknown;
}

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
/** JSON Schema keywords that make the shape; limits and defaults (a title's maxLength) do not. */
const SHAPE = new Set(['type', 'properties', 'required', 'items', 'enum', 'const', 'anyOf', 'oneOf', 'allOf', 'additionalProperties', 'propertyNames']);
const shapeOf = (v: unknown, inProperties = false): unknown =>
  Array.isArray(v)
    ? v.map((x) => shapeOf(x))
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (inProperties || SHAPE.has(k) ? [[k, shapeOf(x, k === 'properties' && !inProperties)]] : [])))
      : v;
const schemaNow = () => shapeOf(json(z.toJSONSchema(ContestStateSchema, { io: 'output', unrepresentable: 'any' })));
/** The recorded log read as the server reads stored events (old shapes upgraded), then folded. */
const fold = (events: unknown[]) =>
  json(
    replay(
      events.map((e): DomainEvent => {
        const r = parseEvent(e);
        if (!r.ok) throw new Error(r.problem);
        return r.event;
      }),
    ),
  );

const BUMP = `bump STATE_FORMAT in shared/domain/state-schema.ts (snapshots of the old format must not be used), then re-record: RECORD_STATE_FORMAT=1 npx vitest run ${path.relative(process.cwd(), import.meta.filename)}`;

if (process.env.RECORD_STATE_FORMAT) {
  const before = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Recorded) : null;
  const changed = before && (JSON.stringify(before.schema) !== JSON.stringify(schemaNow()) || JSON.stringify(before.state) !== JSON.stringify(fold(before.events)));
  if (before?.format === STATE_FORMAT && changed) throw new Error(`the state changed while STATE_FORMAT stayed ${STATE_FORMAT}: ${BUMP}`);
  const events = json(referenceShow().history());
  fs.writeFileSync(file, `${JSON.stringify({ format: STATE_FORMAT, schema: schemaNow(), events, state: fold(events) }, null, 1)}\n`);
}

const recorded = JSON.parse(fs.readFileSync(file, 'utf8')) as Recorded;

describe(`state format ${STATE_FORMAT}`, () => {
  it('is the format the reference was recorded for', () => {
    expect(recorded.format, `STATE_FORMAT changed: re-record with RECORD_STATE_FORMAT=1`).toBe(STATE_FORMAT);
  });

  it("has the state's recorded shape", () => {
    expect(schemaNow(), `the state's shape changed: ${BUMP}`).toEqual(recorded.schema);
  });

  it('folds the reference log into the recorded state', () => {
    expect(fold(recorded.events), `evolve now folds a stored log differently: ${BUMP}`).toEqual(recorded.state);
  });

  it('the recorded state passes the schema snapshots are read with', () => {
    expect(ContestStateSchema.safeParse(recorded.state).success).toBe(true);
  });
});
