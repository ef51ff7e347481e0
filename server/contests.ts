// The contests this server holds: each rebuilt from its log (server/snapshots.ts), each with its
// pipeline, and the setup operations that are not commands (create, replace, reissue).
//
// Contests to run are rebuilt at start. Finished ones at rest (their snapshot ends their log) are
// loaded on first use, or in the background just after start: a county holds a year of them,
// which would otherwise be read and parsed before the evening's contest could be served again.
//
// A contest whose stored log cannot be read stops the start: serving it would drop what the bad
// row held and append after it. Every such contest is named with its first bad row, and nothing
// on disk is touched (docs/reliability.md, "A log that cannot be read"). A finished contest found
// unreadable after start is not served (as if absent), named in the log and in /healthz.
import { randomBytes } from 'node:crypto';
import { withIds, type ContestDefinition, type ContestDefinitionDraft, type SeriesLinkDef } from '../shared/definition.ts';
import type { Ack } from '../shared/protocol/index.ts';
import { carryIds, sameCriterion, sameJudge, samePresenter } from '../shared/roster.ts';
import type { Actor } from '../shared/domain/decide.ts';
import type { DomainEvent } from '../shared/domain/events.ts';
import { initialState } from '../shared/domain/evolve.ts';
import type { ContestState } from '../shared/domain/state.ts';
import { inTransaction, type Db } from './db/database.ts';
import { EventStore } from './db/event-store.ts';
import { StoredDataError } from './db/stored-data.ts';
import { TokenStore } from './db/token-store.ts';
import { BallotCodeStore, codeHash } from './db/ballot-code-store.ts';
import { ContestPipeline } from './pipeline.ts';
import { Snapshots } from './snapshots.ts';
import { drawContestId, joinCode } from './join-code.ts';

/** The start was refused: some contest's stored data cannot be read. */
export class UnreadableContestsError extends Error {
  constructor(readonly problems: string[]) {
    super(
      [
        `Leitai cannot start: the stored log of ${problems.length} contest${problems.length === 1 ? '' : 's'} cannot be read; serving a contest from part of its log would lose what the rest holds. Nothing on disk was changed.`,
        ...problems.map((p) => `  ${p}`),
        'See docs/reliability.md, "A log that cannot be read": restore a backup (npm run restore), or run tonight on a fresh DATA_DIR and keep this one for repair.',
      ].join('\n'),
    );
    this.name = 'UnreadableContestsError';
  }
}

/**
 * Told of every commit. `acks` sends the acks of the commit's commands: a listener that
 * broadcasts calls it after the views that must reach their sockets first (docs/protocol.md §5).
 */
export type CommitListener = (state: ContestState, events: readonly DomainEvent[], acks: () => void, senders: readonly Actor[]) => void;

export class Contests {
  readonly store: EventStore;
  readonly tokens: TokenStore;
  readonly ballotCodes: BallotCodeStore;
  private readonly pipelines = new Map<string, ContestPipeline>();
  /** Finished contests not loaded yet (snapshot-store.ts `resting`). */
  private readonly resting: Set<string>;
  /** Contest ids in creation order: lists keep it whatever was loaded when. */
  private readonly order: string[];
  /** Finished contests whose stored data could not be read when they were loaded after start, and why. */
  readonly unreadable = new Map<string, string>();
  private readonly snapshots: Snapshots;
  /**
   * Called after every commit, in order of registration, with the new state and the events just
   * stored: the realtime layer broadcasts views, the backup keeper copies the database.
   */
  private readonly listeners: CommitListener[] = [];

  onCommit(listener: CommitListener): void {
    this.listeners.push(listener);
  }

  /** Resolves once every snapshot used at start has been checked against a replay of its log. */
  readonly verified: Promise<void>;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.store = new EventStore(db);
    this.tokens = new TokenStore(db);
    this.ballotCodes = new BallotCodeStore(db);
    this.snapshots = new Snapshots(db, this.store, now, (id) => this.pipelines.get(id)?.state);
    const problems: string[] = [];
    this.order = this.store.contestIds();
    this.resting = this.snapshots.resting();
    for (const id of this.order) {
      if (this.resting.has(id)) continue;
      try {
        this.pipelines.set(id, this.pipeline(this.snapshots.load(id)));
      } catch (e) {
        if (!(e instanceof StoredDataError)) throw new Error(`contest ${id}: could not be rebuilt from its log: ${(e as Error).message}`, { cause: e });
        problems.push(e.message);
      }
    }
    if (problems.length > 0) throw new UnreadableContestsError(problems);
    const rebuilt = (id: string, state: ContestState) => {
      const pipeline = this.pipelines.get(id);
      if (!pipeline) return;
      pipeline.state = state;
      this.listeners.forEach((l) => l(state, [], () => {}, []));
    };
    // The contests to run first, then the ones at rest, each load in a turn of its own, then
    // the snapshots those were loaded from are checked like the others.
    this.verified = this.snapshots
      .afterStart(rebuilt)
      .then(() => this.wakeAll())
      .then(() => this.snapshots.afterStart(rebuilt));
  }

  /** Loads the contests at rest, one a turn, so requests meanwhile wait ~1 ms at most. */
  private async wakeAll(): Promise<void> {
    for (const id of [...this.resting]) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (!this.db.open) return;
      this.wake(id);
    }
  }

  /** A contest at rest, loaded now; undefined (and named loudly) if its stored data cannot be read. */
  private wake(id: string): ContestPipeline | undefined {
    if (!this.resting.delete(id)) return this.pipelines.get(id);
    try {
      const pipeline = this.pipeline(this.snapshots.load(id));
      this.pipelines.set(id, pipeline);
      return pipeline;
    } catch (e) {
      const problem = e instanceof StoredDataError ? e.message : `contest ${id}: could not be rebuilt from its log: ${(e as Error).message}`;
      this.unreadable.set(id, problem);
      console.error(`[leitai] ${problem}; this finished contest is not served (docs/reliability.md, "A log that cannot be read")`);
      return undefined;
    }
  }

  /** Snapshots every contest now (for benchmarks and tests; the server snapshots by itself). */
  snapshotAll(): void {
    this.all(); // loads the contests at rest, so every contest is snapshotted
    this.snapshots.snapshotNow(this.pipelines.keys());
  }

  private pipeline(state: ContestState): ContestPipeline {
    return new ContestPipeline(state, {
      store: this.store,
      now: this.now,
      onChange: (s, events, acks, senders) => {
        this.snapshots.committed(s);
        this.listeners.forEach((l) => l(s, events, acks, senders));
      },
    });
  }

  get(id: string): ContestPipeline | undefined {
    return this.pipelines.get(id) ?? (this.resting.has(id) ? this.wake(id) : undefined);
  }

  /** Every contest, in creation order (loads those still at rest). */
  all(): ContestState[] {
    return this.order.flatMap((id) => this.get(id)?.state ?? []);
  }

  /** The contests loaded so far: the only ones anybody can be connected to, since connecting loads. */
  loaded(): ContestState[] {
    return [...this.pipelines.values()].map((p) => p.state);
  }

  /** Every contest id, loaded or not, in creation order. */
  ids(): readonly string[] {
    return this.order;
  }

  /**
   * Edits a contest before it starts. Judges are matched by id, so a judge kept in the list keeps
   * their link (renamed or moved, it is the same person); a removed judge's link is revoked and a
   * new judge gets one, in the same transaction as the event. New entries get ids never used in
   * this contest before, so a removed judge's id cannot come back as someone else.
   */
  replace(
    id: string,
    draft: ContestDefinitionDraft,
    alongside?: (definition: ContestDefinition) => void,
  ): { ok: true; state: ContestState; removedJudges: string[] } | { ok: false; message: string } {
    const pipeline = this.get(id);
    if (!pipeline) return { ok: false, message: '比赛不存在' };
    const prior = pipeline.state.def;
    const taken = [...this.tokens.judgeIdsEver(id), ...prior.judges.map((j) => j.id), ...prior.presenters.map((p) => p.id), ...prior.criteria.map((c) => c.id)];
    // Entries sent without an id (clients written before ids) are matched by name, as before.
    const matched = {
      ...draft,
      judges: carryIds(prior.judges, draft.judges, sameJudge),
      presenters: carryIds(prior.presenters, draft.presenters, samePresenter),
      criteria: carryIds(prior.criteria, draft.criteria, sameCriterion),
    };
    const definition = withIds(matched, taken);
    const before = prior.judges.map((j) => j.id);
    const after = new Set(definition.judges.map((j) => j.id));
    const removedJudges = before.filter((j) => !after.has(j));
    const at = this.now();
    const result = pipeline.replaceDefinition(definition, () => {
      alongside?.(definition);
      for (const j of removedJudges) this.tokens.revokeJudge(id, j, at);
      for (const j of after) if (!before.includes(j)) this.tokens.issue(id, 'judge', j, at);
    });
    return result.ok ? { ok: true, state: pipeline.state, removedJudges } : { ok: false, message: result.message };
  }

  /** 所属系列 after the start (shared/domain/series-link.ts); `alongside` writes the series' side in the same transaction. */
  changeSeriesLink(id: string, next: SeriesLinkDef | null, alongside: () => void): Ack | null {
    return this.get(id)?.changeSeriesLink(next, alongside) ?? null;
  }

  /** A new link for a judge; the old one stops working. Logged (without the token) for the audit. */
  reissueJudge(id: string, judge: string): void {
    const pipeline = this.get(id);
    if (!pipeline) return;
    const at = this.now();
    pipeline.record([{ type: 'JudgeLinkReissued', judgeId: judge, at }], () => this.tokens.reissueJudge(id, judge, at));
  }

  /**
   * 民主测评 ballot codes: drawn here (secure random, which the pure domain lacks), stored in clear
   * for the slips and logged as hashes, in one transaction. Null: no such contest.
   */
  issueBallotCodes(id: string, count: number): { ok: true; serials: number[] } | { ok: false; message: string } | null {
    const pipeline = this.get(id);
    if (!pipeline) return null;
    if (pipeline.state.def.appraisal?.electorate !== 'codes') return { ok: false, message: '本场比赛未设置凭测评码的民主测评' };
    const at = this.now();
    const codes = this.ballotCodes.draw(id, count);
    const issued: DomainEvent = { type: 'BallotCodesIssued', codes: codes.map((c) => ({ serial: c.serial, hash: codeHash(id, c.code) })), at };
    const ack = pipeline.record([issued], () => this.ballotCodes.save(id, codes, at));
    return ack.ok ? { ok: true, serials: codes.map((c) => c.serial) } : { ok: false, message: ack.message };
  }

  /** Creates a contest with its judge and screen links in one transaction. */
  create(definition: ContestDefinition, alongside?: (contestId: string) => void): ContestState {
    const codes = new Set(this.order.map(joinCode));
    const id = drawContestId(() => randomBytes(6).toString('base64url').replace(/[-_]/g, 'x'), (x) => this.order.includes(x), codes);
    const at = this.now();
    const created: DomainEvent = { type: 'ContestCreated', contestId: id, definition, at };
    inTransaction(this.db, () => {
      this.store.createContest(id, created, at);
      definition.judges.forEach((j) => this.tokens.issue(id, 'judge', j.id, at));
      this.tokens.issue(id, 'screen', null, at);
      // Its series' link (server/series.ts) commits with it or not at all.
      alongside?.(id);
    });
    const state = initialState(created);
    this.pipelines.set(id, this.pipeline(state));
    this.order.push(id);
    return state;
  }
}
