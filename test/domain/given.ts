// Given/when/then for the pure domain: state = replay(given events), decide(state, command, ctx),
// then compare the decision (events or error code) and, where useful, the state after it.
import { expect } from 'vitest';
import { ContestDefinition, type ContestDefinitionInput } from '../../shared/definition.ts';
import { decide, type Actor, type DecideContext, type Decision } from '../../shared/domain/decide.ts';
import type { DomainEvent } from '../../shared/domain/events.ts';
import { evolve, replay } from '../../shared/domain/evolve.ts';
import type { ContestState, TimerState } from '../../shared/domain/state.ts';
import type { Command, ErrorCode } from '../../shared/protocol/index.ts';

// ── Fixtures ──────────────────────────────────────────────────────────────────────────────────

/** The fixed clock every command runs at unless a test says otherwise. */
export const T0 = 1_700_000_000_000;
export const SEC = 1000;
export const CONTEST_ID = 'c-test';

export const HOST: Actor = { role: 'host' };
export const SCREEN: Actor = { role: 'screen' };
export const judge = (judgeId: string): Actor => ({ role: 'judge', judgeId });
/** A voter in the hall: a ballot code by its hash (codes electorate) or a phone (open electorate). */
export const voter = (key: string, kind: 'code' | 'device' = 'code'): Actor => ({ role: 'audience', voter: { kind, key } });

/** 3 presenters, 3 judges (no groups), 2 criteria (30 + 20), step 0.5, report 5:00, Q&A 3:00. */
export const baseInput = {
  title: '峨山县书记擂台赛',
  theme: '农村住房与基层党建',
  date: '2025-06-01',
  criteria: [
    { name: '工作成效', max: 30 },
    { name: '汇报表现', max: 20 },
  ],
  judges: [{ name: '张评委' }, { name: '李评委' }, { name: '王评委' }],
  presenters: [
    { unit: '双江街道', speaker: '甲书记' },
    { unit: '小街镇', speaker: '乙书记' },
    { unit: '化念镇', speaker: '丙书记' },
  ],
  rules: { reportSeconds: 300, qaSeconds: 180, scoreStep: 0.5 },
} satisfies ContestDefinitionInput;

export const DEF: ContestDefinition = ContestDefinition.parse(baseInput);

export function makeDef(patch: Partial<ContestDefinitionInput> = {}): ContestDefinition {
  return ContestDefinition.parse({ ...baseInput, ...patch });
}

/** Two judge groups of three: 县级领导 60 % (j1–j3), 群众代表 40 % (j4–j6). */
export const GROUPED_DEF: ContestDefinition = makeDef({
  judgeGroups: [
    { name: '县级领导', weight: 60 },
    { name: '群众代表', weight: 40 },
  ],
  judges: [
    { name: '张评委', group: '县级领导' },
    { name: '李评委', group: '县级领导' },
    { name: '王评委', group: '县级领导' },
    { name: '赵代表', group: '群众代表' },
    { name: '钱代表', group: '群众代表' },
    { name: '孙代表', group: '群众代表' },
  ],
});

export function created(def: ContestDefinition = DEF, at = T0 - 3_600_000): DomainEvent {
  return { type: 'ContestCreated', contestId: CONTEST_ID, definition: def, at };
}

export function reportTimer(seconds = 300): TimerState {
  return { kind: 'report', durationMs: seconds * SEC, running: false, endsAt: null, remainingMs: seconds * SEC };
}

export function qaTimer(seconds = 180): TimerState {
  return { kind: 'qa', durationMs: seconds * SEC, running: false, endsAt: null, remainingMs: seconds * SEC };
}

// ── Commands ──────────────────────────────────────────────────────────────────────────────────

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A command as tests write it: the client-made commandId is added by the helpers. */
export type CommandInput = DistributiveOmit<Command, 'commandId'>;

let commandCounter = 0;
export function withId(command: CommandInput): Command {
  commandCounter += 1;
  return { ...command, commandId: `cmd-test-${String(commandCounter).padStart(6, '0')}` } as Command;
}

export function context(ctx: Partial<DecideContext> = {}): DecideContext {
  return { now: T0, actor: HOST, seed: 1, ...ctx };
}

export function stateOf(events: readonly DomainEvent[]): ContestState {
  const s = replay(events);
  if (!s) throw new Error('a history must start with ContestCreated');
  return s;
}

export function fold(state: ContestState, events: readonly DomainEvent[]): ContestState {
  return events.reduce(evolve, state);
}

// ── given / when / then ───────────────────────────────────────────────────────────────────────

export class Outcome {
  constructor(
    readonly before: ContestState,
    readonly command: CommandInput,
    readonly decision: Decision,
  ) {}

  /** The command succeeds with exactly these events; returns the state after them. */
  then(expected: DomainEvent[]): ContestState {
    expect(this.decision, `${this.command.type} should succeed`).toEqual({ ok: true, events: expected });
    return this.after();
  }

  /** The command is refused with this code; returns the message. */
  thenFails(code: ErrorCode): string {
    expect(this.decision.ok, `${this.command.type} should be refused with ${code}`).toBe(false);
    if (this.decision.ok) throw new Error('unreachable');
    expect(this.decision.code).toBe(code);
    expect(this.decision.message).not.toBe('');
    return this.decision.message;
  }

  /** The events the command produced (asserts success). */
  events(): DomainEvent[] {
    if (!this.decision.ok) throw new Error(`${this.command.type} refused: ${this.decision.code} ${this.decision.message}`);
    return this.decision.events;
  }

  /** The state after the command's events (asserts success). */
  after(): ContestState {
    return fold(this.before, this.events());
  }
}

export function given(events: readonly DomainEvent[]) {
  const state = stateOf(events);
  return {
    state,
    when(command: CommandInput, ctx: Partial<DecideContext> = {}): Outcome {
      return new Outcome(state, command, decide(state, withId(command), context(ctx)));
    },
  };
}

// ── Building histories through the real decide ────────────────────────────────────────────────

/**
 * Builds a realistic event history by running commands through `decide` (any refusal throws),
 * with a clock that only moves when told to.
 */
export class Show {
  readonly events: DomainEvent[];
  now = T0;

  constructor(readonly def: ContestDefinition = DEF) {
    this.events = [created(def)];
  }

  get state(): ContestState {
    return stateOf(this.events);
  }

  /** A copy of the history so far. */
  history(): DomainEvent[] {
    return [...this.events];
  }

  at(now: number): this {
    this.now = now;
    return this;
  }

  after(ms: number): this {
    this.now += ms;
    return this;
  }

  do(command: CommandInput, ctx: Partial<DecideContext> = {}): this {
    const decision = decide(this.state, withId(command), context({ now: this.now, ...ctx }));
    if (!decision.ok) throw new Error(`setup step ${command.type} refused: ${decision.code} ${decision.message}`);
    this.events.push(...decision.events);
    return this;
  }

  start = () => this.do({ type: 'contest:start' });
  draw = (seed: number) => this.do({ type: 'order:draw' }, { seed });
  next = (presenterId?: string) => this.do(presenterId ? { type: 'presenter:next', presenterId } : { type: 'presenter:next' });
  startTimer = () => this.do({ type: 'timer:start' });
  pauseTimer = () => this.do({ type: 'timer:pause' });
  addTime = (seconds: number) => this.do({ type: 'timer:add', seconds });
  qa = () => this.do({ type: 'phase:qa' });
  open = () => this.do({ type: 'scoring:open' });
  lock = () => this.do({ type: 'scoring:lock' });
  reveal = (allowMissing?: boolean) =>
    this.do(allowMissing ? { type: 'scoring:reveal', allowMissing } : { type: 'scoring:reveal' });
  back = (reason = '退回') => this.do({ type: 'flow:back', reason });
  finish = (force?: boolean) => this.do(force ? { type: 'contest:finish', force } : { type: 'contest:finish' });
  show = (stage: 'auto' | 'welcome' | 'order' | 'presenter' | 'ranking' | 'final' | 'boards') => this.do({ type: 'screen:show', stage });

  submit(presenterId: string, judgeId: string, values: number[]): this {
    return this.do({ type: 'score:submit', presenterId, values }, { actor: judge(judgeId) });
  }

  /** Sheets from j1, j2, … in order; null = that judge does not submit. */
  scoreAll(presenterId: string, sheets: (number[] | null)[]): this {
    sheets.forEach((values, i) => {
      if (values) this.submit(presenterId, `j${i + 1}`, values);
    });
    return this;
  }

  /** A whole turn: call, open scoring straight from the report, every sheet, reveal. */
  turn(presenterId: string, sheets: (number[] | null)[]): this {
    this.next(presenterId).open().scoreAll(presenterId, sheets);
    return this.reveal(sheets.some((v) => v === null));
  }
}

export const show = (def?: ContestDefinition) => new Show(def);

/** Three sheets whose trimmed mean (drop highest 40, lowest 30) is 37.5. */
export const SHEETS_375: number[][] = [
  [25, 12.5], // 37.5
  [25, 15], // 40
  [20, 10], // 30
];
