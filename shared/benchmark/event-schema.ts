// The 对标 log as stored, checked when read back (server/db/benchmark-store.ts).
import { z } from 'zod';
import { BenchmarkKind } from './commands.ts';
import type { BenchmarkEvent } from './state.ts';

const at = z.number();
const unit = z.string();
const Benchmark = z.strictObject({ id: z.string(), name: z.string(), kind: BenchmarkKind });
const Indicator = z.strictObject({ id: z.string(), name: z.string(), measure: z.string() });
const Row = z.strictObject({ period: z.string(), own: z.string().nullable(), theirs: z.string().nullable(), target: z.boolean() });
const pair = { benchmarkId: z.string(), indicatorId: z.string() };

export const BenchmarkEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('BenchmarkAdded'), unit, benchmark: Benchmark, at }),
  z.strictObject({ type: z.literal('BenchmarkEdited'), unit, benchmark: Benchmark, at }),
  z.strictObject({ type: z.literal('IndicatorAdded'), unit, indicator: Indicator, at }),
  z.strictObject({ type: z.literal('IndicatorEdited'), unit, indicator: Indicator, at }),
  z.strictObject({ type: z.literal('ValuesSet'), unit, ...pair, rows: z.array(Row), at }),
  z.strictObject({ type: z.literal('ValueRemoved'), unit, ...pair, period: z.string(), at }),
  z.strictObject({ type: z.literal('BenchmarkRemoved'), unit, benchmarkId: z.string(), at }),
  z.strictObject({ type: z.literal('IndicatorRemoved'), unit, indicatorId: z.string(), at }),
]);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const matches: Same<z.output<typeof BenchmarkEventSchema>, BenchmarkEvent> = true;
void matches;
