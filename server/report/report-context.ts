// What every section of the score report is drawn from, gathered once per report.
import type { BenchmarkChart } from '../../shared/benchmark/view.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import { resultsDocument, type ResultsDocument } from '../../shared/results.ts';
import type { LoggedEvent } from '../db/event-store.ts';
import { auditFacts, type AuditFacts } from './audit.ts';
import type { BenchmarkLogPrint } from './fingerprint.ts';
import type { Writer } from './pdf-kit-helpers.ts';

export interface ReportInput {
  state: ContestState;
  /** The log the state was built from (seq 1..state.rev). */
  events: readonly LoggedEvent[];
  generatedAt: Date;
  /** Each presenter's 对标 charts (server/benchmarks.ts); none when left out. */
  benchmarks?: readonly { presenterId: string; charts: BenchmarkChart[] }[];
  /** The fingerprints of the 对标 logs those charts were drawn from (BenchmarkBook.logs). */
  benchmarkLogs?: readonly BenchmarkLogPrint[];
}

export interface ReportContext {
  w: Writer;
  state: ContestState;
  results: ResultsDocument;
  audit: AuditFacts;
  generatedAt: Date;
  decimals: number;
  judgeName: (id: string) => string;
  unitName: (id: string) => string;
  benchmarks: ReportInput['benchmarks'];
  benchmarkLogs: ReportInput['benchmarkLogs'];
}

export function reportContext(w: Writer, input: ReportInput): ReportContext {
  const { state } = input;
  const results = resultsDocument(state);
  const judges = new Map(state.def.judges.map((j) => [j.id, j.name]));
  const units = new Map(results.presenters.map((p) => [p.presenterId, p.speaker ? `${p.unit}（${p.speaker}）` : p.unit]));
  return {
    w,
    state,
    results,
    audit: auditFacts(state, input.events),
    generatedAt: input.generatedAt,
    decimals: state.def.rules.decimals,
    judgeName: (id) => judges.get(id) ?? id,
    unitName: (id) => units.get(id) ?? id,
    benchmarks: input.benchmarks,
    benchmarkLogs: input.benchmarkLogs,
  };
}

/** Presenters in speaking order (the order the report follows, as the event did). */
export function inOrder(results: ResultsDocument, state: ContestState): ResultsDocument['presenters'] {
  const pos = new Map(state.order.map((id, i) => [id, i]));
  return [...results.presenters].sort((a, b) => (pos.get(a.presenterId) ?? 0) - (pos.get(b.presenterId) ?? 0));
}
