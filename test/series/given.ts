// Given/when/then for a series: replay the given events, decide a command, check the decision
// and the state after it — as test/domain/given.ts does for one contest.
import { expect } from 'vitest';
import { SeriesDef, normaliseSeries, type SeriesDefInput } from '../../shared/series/definition.ts';
import type { SeriesCommand } from '../../shared/series/commands.ts';
import { decideSeries, linkContest, type ContestToLink, type SeriesDecision } from '../../shared/series/decide.ts';
import { evolveSeries, type SeriesEvent, type SeriesState } from '../../shared/series/state.ts';

export const T0 = 1_780_000_000_000;

/** 2 tiers, 3 monthly periods, 3 ledger headings; every other rule at its default. */
export const seriesInput = {
  name: '2026年度三级干部擂台赛',
  issuer: '中共峨山县委组织部',
  tiers: [{ name: '科级干部' }, { name: '村(社区)干部' }],
  periods: [{ name: '2026年3月' }, { name: '2026年4月' }, { name: '2026年5月' }],
  headings: [{ name: '责任落实' }, { name: '问题化解' }, { name: '服务成效' }],
} satisfies SeriesDefInput;

export const created = (patch: Partial<SeriesDefInput> = {}): SeriesEvent => ({
  type: 'SeriesCreated',
  seriesId: 's-test',
  definition: normaliseSeries(SeriesDef.parse({ ...seriesInput, ...patch })),
  at: T0,
});

export class Series {
  private constructor(public state: SeriesState) {}

  static given(patch: Partial<SeriesDefInput> = {}, ...events: SeriesEvent[]): Series {
    return new Series([created(patch), ...events].reduce<SeriesState | null>(evolveSeries, null) as SeriesState);
  }

  /** Decides and, when accepted, applies: the fixture for a sequence of steps. */
  when(command: SeriesCommand, at = T0): SeriesDecision {
    const d = decideSeries(this.state, command, at);
    if (d.ok) this.state = d.events.reduce(evolveSeries, this.state);
    return d;
  }

  /** Steps that must be accepted (the setting of a later check). */
  do(...commands: SeriesCommand[]): this {
    for (const c of commands) {
      const d = this.when(c);
      expect(d, JSON.stringify(d)).toMatchObject({ ok: true });
    }
    return this;
  }

  /** Links a contest whose presenters p1… present for these units, in this order. */
  link(contestId: string, tierId: string, periodId: string, units: string[], kind: ContestToLink['kind'] = 'arena'): this {
    const d = linkContest(this.state, { contestId, title: `比赛 ${contestId}`, tierId, periodId, kind, presenters: units.map((unit, i) => ({ id: `p${i + 1}`, unit })) }, T0);
    expect(d, JSON.stringify(d)).toMatchObject({ ok: true });
    if (d.ok) this.state = d.events.reduce(evolveSeries, this.state);
    return this;
  }

  unitId(name: string): string {
    const u = this.state.units.find((x) => x.name === name);
    if (!u) throw new Error(`no unit ${name}`);
    return u.id;
  }

  name(unitId: string): string {
    return this.state.units.find((u) => u.id === unitId)!.name;
  }
}

/** Finals of a linked contest whose presenters p1… are in the order given to `link`. */
export const finalsOf = (...finals: (number | null)[]): Record<string, number | null> => Object.fromEntries(finals.map((f, i) => [`p${i + 1}`, f]));
