// The series log as stored, checked when read back (server/db/series-store.ts): every event's
// shape with zod, so a bad row fails where it is read, naming the series and the row.
import { z } from 'zod';
import { SeriesDef, type StoredSeriesDef } from './definition.ts';
import type { SeriesEvent } from './state.ts';

/** The stored definition: the input schema (every default already filled) with every id present. */
const StoredDef = SeriesDef.refine(
  (d) => [...d.tiers, ...d.periods, ...d.headings].every((x) => typeof x.id === 'string'),
  'a stored series gives every tier, period and heading an id',
).transform((d) => d as StoredSeriesDef);

const Entry = z.strictObject({
  id: z.string(),
  unitId: z.string(),
  periodId: z.string(),
  date: z.string(),
  headingId: z.string(),
  points: z.number(),
  reason: z.string(),
  by: z.string(),
});
const at = z.number();

export const SeriesEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('SeriesCreated'), seriesId: z.string(), definition: StoredDef, at }),
  z.strictObject({ type: z.literal('SeriesDefined'), definition: StoredDef, at }),
  z.strictObject({ type: z.literal('UnitAdded'), unitId: z.string(), name: z.string(), tierId: z.string(), at }),
  z.strictObject({ type: z.literal('UnitRenamed'), unitId: z.string(), name: z.string(), reason: z.string(), at }),
  z.strictObject({ type: z.literal('UnitsMerged'), from: z.string(), into: z.string(), reason: z.string(), at }),
  z.strictObject({ type: z.literal('LedgerEntered'), entries: z.array(Entry), at }),
  z.strictObject({ type: z.literal('LedgerCorrected'), entry: Entry.extend({ corrects: z.string() }), reason: z.string(), at }),
  z.strictObject({
    type: z.literal('ContestLinked'),
    contest: z.strictObject({
      contestId: z.string(),
      title: z.string(),
      tierId: z.string(),
      periodId: z.string(),
      kind: z.enum(['arena', 'rating']),
      units: z.record(z.string(), z.string()),
    }),
    at,
  }),
  z.strictObject({ type: z.literal('ContestUnlinked'), contestId: z.string(), at }),
]);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const matches: Same<z.output<typeof SeriesEventSchema>, SeriesEvent> = true;
void matches;
