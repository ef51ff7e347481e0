// The 对标 boards this server holds (issue 16): one log per scope, rebuilt at start; each command
// decided on the state, stored, then applied — an acknowledged command is on disk. A contest's
// presenters find their boards through `presenterBoards`: in a series, the series unit's board (so a
// district keeps its benchmarks from one period's contest to the next), else the contest's own.
import { createHash } from 'node:crypto';
import type { BenchmarkCommand } from '../shared/benchmark/commands.ts';
import { decideBenchmark, type BenchmarkDecision } from '../shared/benchmark/decide.ts';
import { boardCharts } from '../shared/benchmark/share.ts';
import { emptyBenchmarks, emptyBoard, evolveBenchmarks, replayBenchmarks, type BenchmarkState, type UnitBoard } from '../shared/benchmark/state.ts';
import type { BenchmarkChart } from '../shared/benchmark/view.ts';
import type { ContestState } from '../shared/domain/state.ts';
import { canonicalUnit } from '../shared/series/state.ts';
import { BenchmarkStore, type LoggedBenchmarkEvent } from './db/benchmark-store.ts';
import { inTransaction, type Db } from './db/database.ts';
import { logFingerprint, type BenchmarkLogPrint } from './report/fingerprint.ts';
import type { SeriesBook } from './series.ts';

export type BenchmarkAnswer = { ok: true; seq: number; duplicate?: true } | Extract<BenchmarkDecision, { ok: false }>;

/** Where a presenter's board lives. */
export interface BoardPlace {
  scope: string;
  unit: string;
}

export interface PresenterBoard extends BoardPlace {
  presenterId: string;
  unitName: string;
  speaker: string;
  board: UnitBoard;
  charts: BenchmarkChart[];
}

const digestOf = (scope: string, c: BenchmarkCommand) => createHash('sha256').update(JSON.stringify([scope, c])).digest('hex');

export class BenchmarkBook {
  private readonly store: BenchmarkStore;
  private readonly states = new Map<string, BenchmarkState>();
  private readonly listeners: ((scope: string) => void)[] = [];

  constructor(
    private readonly db: Db,
    private readonly series: SeriesBook,
    private readonly now: () => number = Date.now,
  ) {
    this.store = new BenchmarkStore(db);
    for (const [scope, events] of this.store.all()) this.states.set(scope, replayBenchmarks(events));
  }

  /** Called after every commit, with its scope: a projector showing one of its boards is sent a fresh view. */
  onCommit(listener: (scope: string) => void): void {
    this.listeners.push(listener);
  }

  /** The scope and unit of a presenter's board: the series unit when the contest is linked to one. */
  placeOf(contest: ContestState, presenterId: string): BoardPlace {
    const link = contest.def.series;
    const s = link ? this.series.get(link.seriesId) : undefined;
    const unitId = s?.contests.find((c) => c.contestId === contest.id)?.units[presenterId];
    return s && unitId ? { scope: `series:${s.id}`, unit: canonicalUnit(s, unitId) } : { scope: `contest:${contest.id}`, unit: presenterId };
  }

  board({ scope, unit }: BoardPlace): UnitBoard {
    return this.states.get(scope)?.units[unit] ?? emptyBoard();
  }

  /** Each presenter of a contest with its board and charts, in the definition's order. */
  presenterBoards(contest: ContestState): PresenterBoard[] {
    return contest.def.presenters.map((p) => {
      const place = this.placeOf(contest, p.id);
      const board = this.board(place);
      return { ...place, presenterId: p.id, unitName: p.unit, speaker: p.speaker, board, charts: boardCharts(board, p.unit) };
    });
  }

  /**
   * The 对标 logs a contest's presenters draw on (its own, its series', or both when some units
   * are not linked), each as far as the boards shown now were built from: what the report
   * fingerprints and GET …/benchmarks/events serves. Read at once with presenterBoards, nothing
   * can land in between (commands run synchronously).
   */
  logs(contest: ContestState): { scope: 'contest' | 'series'; events: LoggedBenchmarkEvent[] }[] {
    const scopes = [...new Set(contest.def.presenters.map((p) => this.placeOf(contest, p.id).scope))].filter((s) => this.states.has(s));
    return scopes.map((s) => ({ scope: s.startsWith('series:') ? 'series' : 'contest', events: this.store.log(s, this.states.get(s)!.seq) }));
  }

  /** The fingerprints of those logs, as the report and the spreadsheet print them (docs/report.md). */
  fingerprints(contest: ContestState): BenchmarkLogPrint[] {
    return this.logs(contest).map(({ scope, events }) => ({ scope, fingerprint: logFingerprint(events.map((e) => ({ ...e, actor: null }))) }));
  }

  /**
   * Runs a host command on one board. With a command id, a repeat gets the first answer and
   * changes nothing (a double click on 导入 sets a paste once); the same id with other content is refused.
   */
  execute(scope: string, command: BenchmarkCommand, commandId: string | null): BenchmarkAnswer {
    const state = this.states.get(scope) ?? emptyBenchmarks();
    const digest = digestOf(scope, command);
    if (commandId) {
      const before = this.store.answered(scope, commandId);
      if (before && before.digest !== digest) return { ok: false, code: 'duplicate_command_id', message: '该操作编号已用于其他内容 (command id reused with other content)' };
      if (before) return { ...(before.answer as { ok: true; seq: number }), duplicate: true };
    }
    const at = this.now();
    const decision = decideBenchmark(state, command, at);
    if (!decision.ok) return decision;
    const answer: BenchmarkAnswer = { ok: true, seq: state.seq + decision.events.length };
    inTransaction(this.db, () => {
      this.store.append(scope, state.seq, decision.events, commandId);
      if (commandId) this.store.remember(scope, commandId, digest, answer, at);
    });
    this.states.set(scope, decision.events.reduce(evolveBenchmarks, state));
    for (const listener of this.listeners) listener(scope);
    return answer;
  }
}
