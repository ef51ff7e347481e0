// The host's commands on a series, each a zod schema (docs/series.md "Commands"). Only the host
// acts on a series; they arrive over HTTP (server/http/series.ts).
import { z } from 'zod';
import { text } from '../text.ts';
import { SeriesDef } from './definition.ts';

const Id = text().min(1).max(32);
const Name = text().trim().min(1, '不能为空 (must not be empty)').max(40);
const Reason = text().trim().min(1, '请填写原因 (a reason is required)').max(200);
/** Who entered an entry, as they sign it. */
const By = text().trim().min(1, '请填写录入人 (who entered it)').max(40);

/** One pasted row of a month's ledger: names as people write them, resolved to ids by decide. */
export const LedgerRow = z.strictObject({
  date: text().trim().max(20),
  unit: text().trim().max(40),
  heading: text().trim().max(30),
  points: z.number(),
  reason: text().trim().max(200),
});
export type LedgerRow = z.infer<typeof LedgerRow>;

export const SeriesCommands = {
  'series:define': z.strictObject({ definition: SeriesDef }),
  'unit:add': z.strictObject({ tierId: Id, name: Name }),
  'unit:rename': z.strictObject({ unitId: Id, name: Name, reason: Reason }),
  /** A duplicate unit (a typo in one contest) goes into the right one, with everything it had. */
  'unit:merge': z.strictObject({ from: Id, into: Id, reason: Reason }),
  /** One or many entries of one period; all are entered or none (each bad row named). */
  'ledger:add': z.strictObject({ periodId: Id, tierId: Id.optional(), by: By, rows: z.array(LedgerRow).min(1).max(5000) }),
  /** A new entry replacing `corrects`; fields left out keep the corrected entry's. */
  'ledger:correct': z.strictObject({
    corrects: Id,
    points: z.number(),
    reason: Reason,
    by: By,
    date: text().trim().max(20).optional(),
    headingId: Id.optional(),
    unitId: Id.optional(),
    periodId: Id.optional(),
    note: text().trim().max(200).optional(),
  }),
} as const;
export type SeriesCommandName = keyof typeof SeriesCommands;
export type SeriesCommand = { [K in SeriesCommandName]: { type: K; payload: z.output<(typeof SeriesCommands)[K]> } }[SeriesCommandName];
