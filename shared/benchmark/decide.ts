// decide for the 对标 boards: a command against the state gives events or a refusal. Ids are
// numbered across the whole scope (b3, i2) and never given twice, not even after a removal, so
// a replay gives the same ones and an old event never names a new benchmark.
import type { ErrorCode } from '../protocol/errors.ts';
import type { BenchmarkCommand } from './commands.ts';
import { emptyBoard, samePair, type BenchmarkEvent, type BenchmarkState } from './state.ts';

export type BenchmarkDecision = { ok: true; events: BenchmarkEvent[] } | { ok: false; code: ErrorCode; message: string; issues?: string[] };

const refuse = (code: ErrorCode, message: string, issues?: string[]): BenchmarkDecision => ({ ok: false, code, message, ...(issues ? { issues } : {}) });
const key = (name: string) => name.replace(/[\s\u3000]+/g, '');

export function decideBenchmark(state: BenchmarkState, command: BenchmarkCommand, now: number): BenchmarkDecision {
  const unit = command.unit;
  const board = state.units[unit] ?? emptyBoard();
  const named = <T extends { id: string; name: string }>(xs: T[], name: string, except?: string) => xs.find((x) => x.id !== except && key(x.name) === key(name));
  switch (command.type) {
    case 'benchmark:add': {
      const { name, kind } = command.payload;
      if (named(board.benchmarks, name)) return refuse('wrong_state', `已有标杆「${name}」 (benchmark exists)`);
      const id = `b${state.issued.b + 1}`;
      return { ok: true, events: [{ type: 'BenchmarkAdded', unit, benchmark: { id, name, kind }, at: now }] };
    }
    case 'benchmark:edit': {
      const { benchmarkId: id, name, kind } = command.payload;
      if (!board.benchmarks.some((b) => b.id === id)) return refuse('not_found', '没有这个标杆 (unknown benchmark)');
      if (named(board.benchmarks, name, id)) return refuse('wrong_state', `已有标杆「${name}」 (benchmark exists)`);
      return { ok: true, events: [{ type: 'BenchmarkEdited', unit, benchmark: { id, name, kind }, at: now }] };
    }
    case 'indicator:add': {
      const { name, measure } = command.payload;
      if (named(board.indicators, name)) return refuse('wrong_state', `已有指标「${name}」 (indicator exists)`);
      const id = `i${state.issued.i + 1}`;
      return { ok: true, events: [{ type: 'IndicatorAdded', unit, indicator: { id, name, measure }, at: now }] };
    }
    case 'indicator:edit': {
      const { indicatorId: id, name, measure } = command.payload;
      if (!board.indicators.some((b) => b.id === id)) return refuse('not_found', '没有这个指标 (unknown indicator)');
      if (named(board.indicators, name, id)) return refuse('wrong_state', `已有指标「${name}」 (indicator exists)`);
      return { ok: true, events: [{ type: 'IndicatorEdited', unit, indicator: { id, name, measure }, at: now }] };
    }
    case 'values:set': {
      const p = command.payload;
      if (!board.benchmarks.some((b) => b.id === p.benchmarkId)) return refuse('not_found', '没有这个标杆 (unknown benchmark)');
      if (!board.indicators.some((b) => b.id === p.indicatorId)) return refuse('not_found', '没有这个指标 (unknown indicator)');
      // A period twice in one paste is a mistake in the sheet, not a correction: say which rows.
      const seen = new Map<string, number>();
      const issues: string[] = [];
      p.rows.forEach((r, i) => {
        const first = seen.get(key(r.period));
        if (first !== undefined) issues.push(`第 ${i + 1} 行: 期次「${r.period}」与第 ${first + 1} 行重复 (period twice)`);
        else seen.set(key(r.period), i);
        if (r.own === null && r.theirs === null) issues.push(`第 ${i + 1} 行: 本单位与标杆的数值都为空 (both values empty)`);
      });
      if (issues.length) return refuse('invalid', `${issues.length} 行有误，未导入任何数据 (nothing imported)`, issues);
      return { ok: true, events: [{ type: 'ValuesSet', unit, benchmarkId: p.benchmarkId, indicatorId: p.indicatorId, rows: p.rows, at: now }] };
    }
    case 'benchmark:remove': {
      const id = command.payload.benchmarkId;
      if (!board.benchmarks.some((b) => b.id === id)) return refuse('not_found', '没有这个标杆 (unknown benchmark)');
      return { ok: true, events: [{ type: 'BenchmarkRemoved', unit, benchmarkId: id, at: now }] };
    }
    case 'indicator:remove': {
      const id = command.payload.indicatorId;
      if (!board.indicators.some((b) => b.id === id)) return refuse('not_found', '没有这个指标 (unknown indicator)');
      return { ok: true, events: [{ type: 'IndicatorRemoved', unit, indicatorId: id, at: now }] };
    }
    case 'value:remove': {
      const p = command.payload;
      if (!board.values.some((v) => samePair(v, p) && v.period === p.period)) return refuse('not_found', '没有这一期的数据 (unknown period)');
      return { ok: true, events: [{ type: 'ValueRemoved', unit, benchmarkId: p.benchmarkId, indicatorId: p.indicatorId, period: p.period, at: now }] };
    }
  }
}
