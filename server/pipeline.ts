// The one pipeline every write goes through:
// validate (zod) -> authorize (role) -> dedupe (command id) -> decide -> persist (one SQLite
// transaction) -> evolve -> broadcast -> ack.
//
// Commands from sockets are group-committed (issue 17, "Bursts"): those that arrive in one turn
// of the event loop are queued and drained together on setImmediate, which runs after the poll
// phase has handed over every packet already read. A microtask would drain after each socket's
// packet alone, so twenty judges pressing 提交 at once would still cost twenty fsyncs. Each
// command of a batch is still checked and decided on its own, against the state left by the
// earlier ones; the accepted ones are stored in ONE transaction; then views, then acks. A batch
// runs synchronously, so batches (and HTTP writes, which flush the queue first) never interleave.
import { createHash, randomInt } from 'node:crypto';
import { decide, type Actor } from '../shared/domain/decide.ts';
import { evolve } from '../shared/domain/evolve.ts';
import type { ContestState } from '../shared/domain/state.ts';
import { allowedRoles, Commands, ErrorCode, type Ack, type Command, type CommandType } from '../shared/protocol/index.ts';
import type { ContestDefinition, SeriesLinkDef } from '../shared/definition.ts';
import { decideSeriesLink } from '../shared/domain/series-link.ts';
import type { DomainEvent } from '../shared/domain/events.ts';
import type { CommandRecord, EventStore } from './db/event-store.ts';

/** Who a command is counted and deduplicated against: a judge, a voter (by hash), or the role. */
export const actorKey = (a: Actor) => (a.role === 'judge' ? `judge:${a.judgeId}` : a.role === 'audience' && a.voter ? `audience:${a.voter.kind}:${a.voter.key}` : a.role);

const error = (code: ErrorCode, message: string): Ack => ({ ok: false, code, message });

function digest(actor: string, type: string, payload: Record<string, unknown>): string {
  const { commandId: _ignored, ...rest } = payload;
  return createHash('sha256').update(JSON.stringify([actor, type, rest])).digest('hex');
}

function zodMessage(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export interface PipelineDeps {
  store: EventStore;
  now: () => number;
  /**
   * Called once per commit (a batch is one commit) with the new state and every event stored.
   * `acks` sends the batch's acks; the listener calls it once the views that must precede them
   * are out (docs/protocol.md §5). The pipeline calls it anyway afterwards; it runs only once.
   * `senders`: who sent the batch's commands, whose views must reach them before their acks.
   */
  onChange: (state: ContestState, events: readonly DomainEvent[], acks: () => void, senders: readonly Actor[]) => void;
}

interface Queued {
  actor: Actor;
  type: string;
  payload: unknown;
  reply: (ack: Ack) => void;
}

/** A command of a batch that passed every check: its events and what the ledger records. */
interface Accepted {
  events: DomainEvent[];
  who: string;
  command: CommandRecord;
  /** The rev after its events, known before the commit because evolve counts one per event. */
  rev: number;
}

type Outcome = { ack: Ack } | { accepted: Accepted } | { sameAs: number };

/**
 * The most commands one batch takes. A batch runs synchronously (decide each, one transaction,
 * views, acks), so a flood queued in one turn — a hall's worth of commands at once — would hold
 * the event loop, and every ack of it, until the last command was done. Past this many, the rest
 * wait for the next turn, and the sockets' I/O (acks already sent, pings) runs in between.
 */
export const MAX_BATCH = 128;

export class ContestPipeline {
  private queue: Queued[] = [];
  private scheduled = false;

  constructor(
    public state: ContestState,
    private readonly deps: PipelineDeps,
  ) {}

  /** Setup edits come over HTTP with the whole definition; allowed until the contest starts. */
  replaceDefinition(definition: ContestDefinition, alongside: () => void): Ack {
    this.flush();
    if (this.state.status !== 'setup') return error(ErrorCode.WrongState, '比赛已经开始，不能再修改设置');
    return this.commit([{ type: 'DefinitionReplaced', definition }], alongside);
  }

  /** 所属系列 changed in any state (decideSeriesLink); the same link again writes nothing. */
  changeSeriesLink(next: SeriesLinkDef | null, alongside: () => void): Ack {
    this.flush();
    const d = decideSeriesLink(this.state, next, this.deps.now());
    if (!d.ok) return error(d.code, d.message);
    return d.events.length === 0 ? { ok: true, rev: this.state.rev } : this.commit(d.events, alongside);
  }

  /** Host actions outside the command protocol that still belong in the log (audit). */
  record(events: DomainEvent[], alongside?: () => void): Ack {
    this.flush();
    return this.commit(events, alongside);
  }

  /** HTTP writes: committed alone and at once, after whatever the sockets have queued. */
  private commit(events: DomainEvent[], alongside?: () => void): Ack {
    const now = this.deps.now();
    try {
      this.deps.store.append(this.state.id, this.state.rev, events, now, 'host', null, alongside);
    } catch (e) {
      // Nothing was committed, so nothing is applied or acknowledged.
      return error(ErrorCode.StorageFailed, `数据无法写入磁盘: ${(e as Error).message}`);
    }
    this.state = events.reduce(evolve, this.state);
    this.deps.onChange(this.state, events, () => {}, []);
    return { ok: true, rev: this.state.rev };
  }

  /** A command from a socket: queued with the others of this turn, answered through `reply`. */
  submit(actor: Actor, type: string, payload: unknown, reply: (ack: Ack) => void): void {
    this.queue.push({ actor, type, payload, reply });
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  /** One batch of at most MAX_BATCH commands; the rest on the next turn. */
  private drain(): void {
    this.scheduled = false;
    const batch = this.queue.splice(0, MAX_BATCH);
    if (this.queue.length > 0) this.schedule();
    if (batch.length > 0) this.run(batch);
  }

  /** Runs every queued command now, in batches (before an HTTP write, so it sees them applied). */
  flush(): void {
    while (this.queue.length > 0) this.run(this.queue.splice(0, MAX_BATCH));
  }

  /** One command alone and at once (the HTTP command route, tests): a batch of one. */
  execute(actor: Actor, type: string, payload: unknown): Ack {
    this.flush();
    let answer: Ack = error(ErrorCode.Internal, '服务器内部错误 (no answer)');
    this.run([{ actor, type, payload, reply: (ack) => (answer = ack) }]);
    return answer;
  }

  private run(batch: Queued[]): void {
    const now = this.deps.now();
    let state = this.state;
    const outcomes: Outcome[] = [];
    // Command ids taken earlier in this batch (not yet in the ledger), with their digest.
    const taken = new Map<string, { digest: string; index: number }>();
    for (const [index, q] of batch.entries()) {
      let outcome: Outcome;
      try {
        outcome = this.check(state, q, now, taken, index);
        if ('accepted' in outcome) state = outcome.accepted.events.reduce(evolve, state);
      } catch (e) {
        // Runs on setImmediate, where nothing would catch it: one refused command, not the process.
        console.error(`[leitai] ${q.type} threw: ${(e as Error).stack ?? String(e)}`);
        outcome = { ack: error(ErrorCode.Internal, '服务器内部错误，命令未执行 (internal error, nothing applied)') };
      }
      outcomes.push(outcome);
    }
    const accepted = outcomes.flatMap((o) => ('accepted' in o ? [o.accepted] : []));
    let stored: Ack | null = null;
    if (accepted.length > 0) {
      try {
        this.deps.store.appendBatch(this.state.id, this.state.rev, accepted, now);
      } catch (e) {
        // Nothing of the batch was committed, so nothing is applied and every command is refused.
        stored = error(ErrorCode.StorageFailed, `数据无法写入磁盘: ${(e as Error).message}`);
      }
    }
    const answer = (i: number): Ack => {
      const o = outcomes[i]!;
      if ('ack' in o) return o.ack;
      if (stored) return stored;
      if ('sameAs' in o) {
        // A repeat within the batch gets its first's answer (a refusal too, if that one threw).
        const first = answer(o.sameAs);
        return first.ok ? { ...first, duplicate: true } : first;
      }
      return { ok: true, rev: o.accepted.rev };
    };
    let sent = false;
    const acks = () => {
      if (sent) return;
      sent = true;
      for (const [i, q] of batch.entries()) {
        try {
          q.reply(answer(i));
        } catch (e) {
          // One connection's failing answer must not keep the others' back.
          console.error(`[leitai] answering ${q.type} threw: ${(e as Error).stack ?? String(e)}`);
        }
      }
    };
    if (accepted.length === 0 || stored) return acks();
    this.state = state;
    try {
      this.deps.onChange(state, accepted.flatMap((a) => a.events), acks, batch.map((q) => q.actor));
    } catch (e) {
      // Durable is durable: a broadcast that threw must not keep the acks back (nor end the process).
      console.error(`[leitai] broadcasting rev ${state.rev} threw: ${(e as Error).stack ?? String(e)}`);
    }
    acks();
  }

  private check(state: ContestState, { actor, type, payload }: Queued, now: number, taken: Map<string, { digest: string; index: number }>, index: number): Outcome {
    if (!Object.hasOwn(Commands, type)) return { ack: error(ErrorCode.Invalid, `未知命令: ${String(type).slice(0, 40)}`) };
    const schema = Commands[type as CommandType];
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return { ack: error(ErrorCode.Invalid, zodMessage(parsed.error.issues)) };
    if (!allowedRoles[type as CommandType].includes(actor.role))
      return { ack: error(ErrorCode.Forbidden, `角色 ${actor.role} 无权执行 ${type}`) };

    const who = actorKey(actor);
    const body = parsed.data as Record<string, unknown> & { commandId: string };
    const sum = digest(who, type, body);
    const seen = this.deps.store.findCommand(this.state.id, body.commandId) ?? taken.get(body.commandId);
    if (seen) {
      if (seen.digest !== sum) return { ack: error(ErrorCode.DuplicateCommandId, '该命令编号已用于另一条命令') };
      return 'rev' in seen ? { ack: { ok: true, rev: seen.rev, duplicate: true } } : { sameAs: seen.index };
    }

    const command = { type, ...body } as Command;
    let decision: ReturnType<typeof decide>;
    try {
      decision = decide(state, command, { now, actor, seed: randomInt(0, 2 ** 32 - 1) });
    } catch (e) {
      // A bug in the domain must cost one refused command (nothing was stored), not the server:
      // an exception escaping a socket handler would end the process for everyone.
      console.error(`[leitai] ${type} threw in decide: ${(e as Error).stack ?? String(e)}`);
      return { ack: error(ErrorCode.Internal, '服务器内部错误，命令未执行 (internal error, nothing applied)') };
    }
    if (!decision.ok) return { ack: error(decision.code, decision.message) };
    taken.set(body.commandId, { digest: sum, index });
    const rev = state.rev + decision.events.filter((e) => e.type !== 'ContestCreated').length;
    return { accepted: { events: decision.events, who, command: { commandId: body.commandId, actor: who, digest: sum, at: now }, rev } };
  }
}
