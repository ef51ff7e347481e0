// The series this server holds (issue 15, docs/series.md): each rebuilt from its log at start,
// each command decided on the state, stored, then applied — an acknowledged command is on disk.
// A contest joins its series in the same transaction as its creation or edit (linkFor).
import { createHash, randomBytes } from 'node:crypto';
import { normaliseSeries, type SeriesDef } from '../shared/series/definition.ts';
import type { SeriesCommand } from '../shared/series/commands.ts';
import { decideSeries, linkContest, type ContestToLink, type SeriesDecision } from '../shared/series/decide.ts';
import { evolveSeries, replaySeries, type ContestKind, type SeriesEvent, type SeriesState } from '../shared/series/state.ts';
import { inTransaction, type Db } from './db/database.ts';
import { SeriesStore } from './db/series-store.ts';

export type SeriesAnswer = { ok: true; seq: number; duplicate?: true } | Extract<SeriesDecision, { ok: false }>;

const digestOf = (c: SeriesCommand) => createHash('sha256').update(JSON.stringify(c)).digest('hex');

export class SeriesBook {
  readonly store: SeriesStore;
  private readonly states = new Map<string, SeriesState>();
  /** Called after every commit of a series, with its new state: the projectors showing its boards are sent fresh views. */
  private readonly listeners: ((state: SeriesState) => void)[] = [];

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.store = new SeriesStore(db);
    for (const id of this.store.ids()) this.states.set(id, replaySeries(this.store.events(id).map((e) => e.event)));
  }

  onCommit(listener: (state: SeriesState) => void): void {
    this.listeners.push(listener);
  }

  private commit(state: SeriesState): void {
    this.states.set(state.id, state);
    for (const listener of this.listeners) listener(state);
  }

  get(id: string): SeriesState | undefined {
    return this.states.get(id);
  }

  all(): SeriesState[] {
    return [...this.states.values()];
  }

  create(def: SeriesDef): SeriesState {
    const id = `s${randomBytes(5).toString('base64url').replace(/[-_]/g, 'x')}`;
    const at = this.now();
    const created: SeriesEvent = { type: 'SeriesCreated', seriesId: id, definition: normaliseSeries(def), at };
    inTransaction(this.db, () => {
      this.store.create(id, at);
      this.store.append(id, 0, [created], 'host', null);
    });
    const state = evolveSeries(null, created);
    this.states.set(id, state);
    return state;
  }

  /**
   * Runs a host command. With a command id, a repeat gets the first answer and changes nothing
   * (a double click on 导入 enters a month once); the same id with other content is refused.
   */
  execute(id: string, command: SeriesCommand, commandId: string | null): SeriesAnswer | null {
    const state = this.states.get(id);
    if (!state) return null;
    const digest = digestOf(command);
    if (commandId) {
      const before = this.store.answered(id, commandId);
      if (before && before.digest !== digest) return { ok: false, code: 'duplicate_command_id', message: '该操作编号已用于其他内容 (command id reused with other content)' };
      if (before) return { ...(before.answer as { ok: true; seq: number }), duplicate: true }; // only accepted commands are remembered
    }
    const at = this.now();
    const decision = decideSeries(state, command, at);
    if (!decision.ok) return decision;
    const answer: SeriesAnswer = { ok: true, seq: state.seq + decision.events.length };
    inTransaction(this.db, () => {
      this.store.append(id, state.seq, decision.events, 'host', commandId);
      if (commandId) this.store.remember(id, commandId, digest, answer, at);
    });
    this.commit(decision.events.reduce(evolveSeries, state));
    return answer;
  }

  /**
   * What a contest joining (or leaving, or moving between) series takes: a refusal (unknown
   * series, tier or period; a unit named twice), or `write` to run inside the contest's own
   * transaction and `apply` after it committed — nothing is applied when the contest's write fails.
   */
  planLink(prior: SeriesLink | null, next: SeriesLink | null, contest: { title: string; kind: ContestKind; units: string[] }): LinkPlan {
    const at = this.now();
    const target = next ? this.states.get(next.seriesId) : undefined;
    if (next && !target) return { ok: false, message: '系列不存在 (unknown series)' };
    const toLink = (contestId: string, presenters: { id: string; unit: string }[]): ContestToLink | null =>
      next ? { contestId, title: contest.title, tierId: next.tierId, periodId: next.periodId, kind: contest.kind, presenters } : null;
    if (target) {
      const probe = linkContest(target, toLink('', contest.units.map((unit, i) => ({ id: `p${i}`, unit })))!, at);
      if (!probe.ok) return { ok: false, message: probe.message };
    }
    const writes: [string, SeriesEvent[]][] = [];
    return {
      ok: true,
      write: (contestId, presenters) => {
        const leaving = prior && prior.seriesId !== next?.seriesId ? this.states.get(prior.seriesId) : undefined;
        if (leaving && leaving.contests.some((c) => c.contestId === contestId)) writes.push([leaving.id, [{ type: 'ContestUnlinked', contestId, at }]]);
        if (target) {
          const d = linkContest(target, toLink(contestId, presenters)!, at);
          if (!d.ok) throw new Error(d.message);
          writes.push([target.id, d.events]);
        }
        for (const [id, events] of writes) this.store.append(id, this.states.get(id)!.seq, events, 'host', null);
      },
      apply: () => {
        for (const [id, events] of writes) this.commit(events.reduce(evolveSeries, this.states.get(id)!));
      },
    };
  }
}

export type SeriesLink = { seriesId: string; tierId: string; periodId: string };
export type LinkPlan =
  | { ok: false; message: string }
  | { ok: true; write: (contestId: string, presenters: { id: string; unit: string }[]) => void; apply: () => void };
