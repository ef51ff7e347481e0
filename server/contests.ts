// The contests this server holds: each rebuilt from its log at start, each with its pipeline.
import { randomBytes } from 'node:crypto';
import { ContestDefinition, judgeId } from '../shared/definition.ts';
import type { DomainEvent } from '../shared/domain/events.ts';
import { evolve, initialState } from '../shared/domain/evolve.ts';
import type { ContestState } from '../shared/domain/state.ts';
import { inTransaction, type Db } from './db/database.ts';
import { EventStore } from './db/event-store.ts';
import { TokenStore } from './db/token-store.ts';
import { ContestPipeline } from './pipeline.ts';

export class Contests {
  readonly store: EventStore;
  readonly tokens: TokenStore;
  private readonly pipelines = new Map<string, ContestPipeline>();
  /**
   * Called after every commit, in order of registration, with the new state and the events just
   * stored: the realtime layer broadcasts views, the backup keeper copies the database.
   */
  private readonly listeners: ((state: ContestState, events: readonly DomainEvent[]) => void)[] = [];

  onCommit(listener: (state: ContestState, events: readonly DomainEvent[]) => void): void {
    this.listeners.push(listener);
  }

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.store = new EventStore(db);
    this.tokens = new TokenStore(db);
    for (const id of this.store.contestIds()) this.load(id);
  }

  private load(id: string): void {
    const events = this.store.events(id);
    const first = events[0]?.data;
    if (!first || first.type !== 'ContestCreated') throw new Error(`contest ${id}: log does not start with ContestCreated`);
    let state = initialState(first);
    for (let i = 1; i < events.length; i++) state = evolve(state, events[i]!.data);
    this.pipelines.set(id, this.pipeline(state));
  }

  private pipeline(state: ContestState): ContestPipeline {
    return new ContestPipeline(state, { store: this.store, now: this.now, onChange: (s, events) => this.listeners.forEach((l) => l(s, events)) });
  }

  get(id: string): ContestPipeline | undefined {
    return this.pipelines.get(id);
  }

  all(): ContestState[] {
    return [...this.pipelines.values()].map((p) => p.state);
  }

  /**
   * Edits a contest before it starts. Judges keep their links when their name is unchanged
   * (ids are positional, so links move with the judge); removed judges' links are revoked.
   */
  replace(id: string, definition: ContestDefinition): { ok: true; state: ContestState } | { ok: false; message: string } {
    const pipeline = this.pipelines.get(id);
    if (!pipeline) return { ok: false, message: '比赛不存在' };
    const before = pipeline.state.def.judges.map((j, i) => ({ name: j.name, id: judgeId(i) }));
    const at = this.now();
    // The links move in the same transaction as the event, so both or neither are stored.
    const result = pipeline.replaceDefinition(definition, () => {
      const kept = new Map(definition.judges.map((j, i) => [j.name, judgeId(i)]));
      // Park links on temporary ids first so that swaps (j1 <-> j2) cannot collide.
      for (const b of before) this.tokens.moveJudge(id, b.id, `tmp:${b.id}`);
      for (const b of before) {
        const to = kept.get(b.name);
        if (to) this.tokens.moveJudge(id, `tmp:${b.id}`, to);
        else this.tokens.revokeJudge(id, `tmp:${b.id}`, at);
      }
      const had = new Set(before.map((b) => b.name));
      definition.judges.forEach((j, i) => had.has(j.name) || this.tokens.issue(id, 'judge', judgeId(i), at));
    });
    return result.ok ? { ok: true, state: pipeline.state } : { ok: false, message: result.message };
  }

  /** A new link for a judge; the old one stops working. Logged (without the token) for the audit. */
  reissueJudge(id: string, judge: string): void {
    const pipeline = this.pipelines.get(id);
    if (!pipeline) return;
    const at = this.now();
    pipeline.record([{ type: 'JudgeLinkReissued', judgeId: judge, at }], () => this.tokens.reissueJudge(id, judge, at));
  }

  /** Creates a contest with its judge and screen links in one transaction. */
  create(definition: ContestDefinition): ContestState {
    const id = randomBytes(6).toString('base64url').replace(/[-_]/g, 'x');
    const at = this.now();
    const created: DomainEvent = { type: 'ContestCreated', contestId: id, definition, at };
    inTransaction(this.db, () => {
      this.store.createContest(id, created, at);
      definition.judges.forEach((_, i) => this.tokens.issue(id, 'judge', judgeId(i), at));
      this.tokens.issue(id, 'screen', null, at);
    });
    const state = initialState(created);
    this.pipelines.set(id, this.pipeline(state));
    return state;
  }
}
