// The one pipeline every write goes through:
// validate (zod) -> authorize (role) -> dedupe (command id) -> decide -> persist (one SQLite
// transaction) -> evolve -> broadcast -> ack. It runs synchronously, so commands never interleave.
import { createHash, randomInt } from 'node:crypto';
import { decide, type Actor } from '../shared/domain/decide.ts';
import { evolve } from '../shared/domain/evolve.ts';
import type { ContestState } from '../shared/domain/state.ts';
import { allowedRoles, Commands, ErrorCode, type Ack, type Command, type CommandType } from '../shared/protocol/index.ts';
import type { ContestDefinition } from '../shared/definition.ts';
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
  /** Called after a commit with the new state, before the ack is sent. */
  onChange: (state: ContestState, events: readonly DomainEvent[]) => void;
}

export class ContestPipeline {
  constructor(
    public state: ContestState,
    private readonly deps: PipelineDeps,
  ) {}

  /** Setup edits come over HTTP with the whole definition; allowed until the contest starts. */
  replaceDefinition(definition: ContestDefinition, alongside: () => void): Ack {
    if (this.state.status !== 'setup') return error(ErrorCode.WrongState, '比赛已经开始，不能再修改设置');
    return this.commit([{ type: 'DefinitionReplaced', definition }], 'host', null, alongside);
  }

  /** Host actions outside the command protocol that still belong in the log (audit). */
  record(events: DomainEvent[], alongside?: () => void): Ack {
    return this.commit(events, 'host', null, alongside);
  }

  private commit(events: DomainEvent[], who: string, command: CommandRecord | null, alongside?: () => void): Ack {
    const now = this.deps.now();
    try {
      this.deps.store.append(this.state.id, this.state.rev, events, now, who, command, alongside);
    } catch (e) {
      // Nothing was committed, so nothing is applied or acknowledged.
      return error(ErrorCode.StorageFailed, `数据无法写入磁盘: ${(e as Error).message}`);
    }
    this.state = events.reduce(evolve, this.state);
    this.deps.onChange(this.state, events);
    return { ok: true, rev: this.state.rev };
  }

  execute(actor: Actor, type: string, payload: unknown): Ack {
    if (!Object.hasOwn(Commands, type)) return error(ErrorCode.Invalid, `未知命令: ${String(type).slice(0, 40)}`);
    const schema = Commands[type as CommandType];
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return error(ErrorCode.Invalid, zodMessage(parsed.error.issues));
    if (!allowedRoles[type as CommandType].includes(actor.role))
      return error(ErrorCode.Forbidden, `角色 ${actor.role} 无权执行 ${type}`);

    const who = actorKey(actor);
    const body = parsed.data as Record<string, unknown> & { commandId: string };
    const sum = digest(who, type, body);
    const { store } = this.deps;
    const seen = store.findCommand(this.state.id, body.commandId);
    if (seen) {
      if (seen.digest !== sum) return error(ErrorCode.DuplicateCommandId, '该命令编号已用于另一条命令');
      return { ok: true, rev: seen.rev, duplicate: true };
    }

    const now = this.deps.now();
    const command = { type, ...body } as Command;
    let decision: ReturnType<typeof decide>;
    try {
      decision = decide(this.state, command, { now, actor, seed: randomInt(0, 2 ** 32 - 1) });
    } catch (e) {
      // A bug in the domain must cost one refused command (nothing was stored), not the server:
      // an exception escaping a socket handler would end the process for everyone.
      console.error(`[leitai] ${type} threw in decide: ${(e as Error).stack ?? String(e)}`);
      return error(ErrorCode.Internal, '服务器内部错误，命令未执行 (internal error, nothing applied)');
    }
    if (!decision.ok) return error(decision.code, decision.message);

    return this.commit(decision.events, who, { commandId: body.commandId, actor: who, digest: sum, at: now });
  }
}
