// Fast, valid event logs for the benchmarks. Driving a contest through the server costs ~10 ms a
// command (durable commit, broadcast); here the pure domain decides every command exactly as
// the server would (decide -> events -> evolve), and the events go into a fresh DATA_DIR through
// the real stores in one transaction. So the log is one a real run could have produced, only
// written in seconds instead of hours.
import { ContestDefinition } from '../shared/definition.ts';
import { decide, type Actor } from '../shared/domain/decide.ts';
import type { DomainEvent } from '../shared/domain/events.ts';
import { evolve, initialState } from '../shared/domain/evolve.ts';
import type { ContestState } from '../shared/domain/state.ts';
import type { Command } from '../shared/protocol/index.ts';
import { inTransaction, openDatabase } from '../server/db/database.ts';
import { EventStore } from '../server/db/event-store.ts';
import { TokenStore } from '../server/db/token-store.ts';

/** A county-level contest: four criteria, judges in two weighted groups, real-length texts. */
export function benchDefinition(presenters: number, judges: number, title = '全县村（社区）党组织书记擂台赛（基准测试）', extra: Record<string, unknown> = {}): ContestDefinition {
  return ContestDefinition.parse({
    ...extra,
    title,
    theme: '抓党建促乡村振兴——比实绩、晒亮点、找差距、促提升',
    date: '2024-03-15',
    tier: '村（社区）干部',
    venue: '县人民会堂',
    criteria: [
      { name: '工作成效', max: 40 },
      { name: '创新亮点', max: 20 },
      { name: '汇报表现', max: 20 },
      { name: '答辩情况', max: 20 },
    ],
    judgeGroups: [
      { name: '县级领导', weight: 0.6 },
      { name: '群众代表', weight: 0.4 },
    ],
    judges: Array.from({ length: judges }, (_, i) => ({
      name: `评委${i + 1}号`,
      title: i < judges / 2 ? '县级领导干部' : '群众代表',
      group: i < judges / 2 ? '县级领导' : '群众代表',
    })),
    presenters: Array.from({ length: presenters }, (_, i) => ({ unit: `第${i + 1}村（社区）党总支`, speaker: `书记${i + 1}`, title: '党总支书记' })),
    rules: { overtimePenalty: { everySeconds: 30, points: 1, max: 5 }, tieBreak: ['criterion:工作成效', 'lessOvertime'] },
  });
}

/** Marks on the 0.5 grid that differ by presenter and judge, so trimming and ranking do work. */
export function benchMarks(p: number, j: number): number[] {
  const v = (x: number, max: number) => Math.min(max, Math.max(0, Math.round(x * 2) / 2));
  const base = 0.7 + ((p * 7 + j * 13) % 25) / 100;
  return [v(40 * base, 40), v(20 * base, 20), v(20 * (base + 0.02), 20), v(20 * (base - 0.03), 20)];
}

const QUESTION = '请问贵村在农村危房改造工作中如何确保补助资金足额及时发放到农户手中，并对改造质量进行全程监督检查？';
const COMMENT = '汇报内容全面，数据翔实，亮点突出；下一步要在产业发展、集体经济增收上再下功夫。';

export interface LoggedCommand {
  /** Who sent it, as the pipeline records it ("host", "judge:j3"). */
  who: string;
  commandId: string;
  at: number;
  events: DomainEvent[];
}

/**
 * Plays one contest with the pure domain, one presenter after another (report with a paused
 * and resumed timer, three questions, two shown and answered, a comment, every judge scoring,
 * one amendment, reveal), stopping once `maxEvents` events exist or `presenters` are played.
 * Finished when all are played.
 */
export function playContest(contestId: string, def: ContestDefinition, startAt: number, opts: { maxEvents?: number; presenters?: number } = {}) {
  const maxEvents = opts.maxEvents ?? Infinity;
  const toPlay = opts.presenters ?? def.presenters.length;
  const created: Extract<DomainEvent, { type: 'ContestCreated' }> = { type: 'ContestCreated', contestId, definition: def, at: startAt };
  let state: ContestState = initialState(created);
  let now = startAt;
  let n = 0;
  const commands: LoggedCommand[] = [];
  const host: Actor = { role: 'host' };
  const run = (actor: Actor, cmd: Record<string, unknown> & { type: string }) => {
    if (state.rev >= maxEvents) return false;
    now += 1500;
    const commandId = `${contestId}-${String(++n).padStart(6, '0')}`;
    const decision = decide(state, { ...cmd, commandId } as Command, { now, actor, seed: n * 2654435761 });
    if (!decision.ok) throw new Error(`${cmd.type}: ${decision.message}`);
    state = decision.events.reduce(evolve, state);
    commands.push({ who: actor.role === 'judge' ? `judge:${actor.judgeId}` : actor.role, commandId, at: now, events: decision.events });
    return true;
  };
  run(host, { type: 'contest:start' });
  run(host, { type: 'order:draw' });
  for (const [p, pid] of state.order.slice(0, toPlay).entries()) {
    run(host, { type: 'presenter:next', presenterId: pid });
    run(host, { type: 'timer:start' });
    run(host, { type: 'timer:pause' });
    run(host, { type: 'timer:start' });
    for (let k = 0; k < 3; k++) run(host, { type: 'question:ask', presenterId: pid, judgeId: def.judges[(p * 3 + k) % def.judges.length]!.id, text: `${QUESTION}（第${k + 1}问）` });
    run(host, { type: 'phase:qa' });
    for (const q of state.questions.filter((x) => x.presenterId === pid).slice(0, 2)) {
      run(host, { type: 'question:show', questionId: q.id });
      run(host, { type: 'question:answered', questionId: q.id, summary: '资金专户管理、一卡通直达农户，乡村两级逐户验收。' });
    }
    run(host, { type: 'comment:add', presenterId: pid, judgeId: 'j1', text: COMMENT });
    run(host, { type: 'scoring:open' });
    def.judges.forEach((judge, j) => run({ role: 'judge', judgeId: judge.id }, { type: 'score:submit', presenterId: pid, values: benchMarks(p, j) }));
    run({ role: 'judge', judgeId: 'j2' }, { type: 'score:submit', presenterId: pid, values: benchMarks(p + 1, 1) });
    run(host, { type: 'scoring:reveal' });
    if (state.rev >= maxEvents) break;
  }
  if (toPlay >= def.presenters.length) run(host, { type: 'contest:finish' });
  return { created, commands, state };
}

/**
 * Writes contests of `presenters` × `judges` into a fresh DATA_DIR until the logs hold
 * `totalEvents` events; the last contest is left unfinished, like one interrupted mid-show.
 */
export function writeLog(dataDir: string, totalEvents: number, presenters = 30, judges = 15): { contests: number; events: number } {
  const db = openDatabase(dataDir);
  const store = new EventStore(db);
  const tokens = new TokenStore(db);
  const def = benchDefinition(presenters, judges);
  let events = 0;
  let contests = 0;
  inTransaction(db, () => {
    while (events < totalEvents) {
      const id = `bench${String(contests + 1).padStart(4, '0')}`;
      const at = Date.UTC(2024, 0, 1) + contests * 86_400_000;
      const { created, commands } = playContest(id, def, at, { maxEvents: totalEvents - events });
      store.createContest(id, created, at);
      def.judges.forEach((j) => tokens.issue(id, 'judge', j.id, at));
      tokens.issue(id, 'screen', null, at);
      let seq = 1;
      for (const c of commands) {
        seq = store.append(id, seq, c.events, c.at, c.who, { commandId: c.commandId, actor: c.who, digest: 'bench', at: c.at });
      }
      events += seq;
      contests += 1;
    }
  });
  db.close();
  return { contests, events };
}

export interface StagedContest {
  id: string;
  judgeTokens: string[];
  screenToken: string;
  /** Presenter ids in speaking order that are still to come. */
  upcoming: string[];
}

/**
 * Writes `count` identical contests, each stopped after `played` of its presenters were
 * revealed (mid-show), and returns their links: every benchmark level gets its own contest
 * at the same point, so view sizes are the same at every audience size.
 */
export function writeStagedContests(
  dataDir: string,
  count: number,
  presenters: number,
  judges: number,
  played: number,
  def: ContestDefinition = benchDefinition(presenters, judges),
): StagedContest[] {
  const db = openDatabase(dataDir);
  const store = new EventStore(db);
  const tokens = new TokenStore(db);
  const out: StagedContest[] = [];
  inTransaction(db, () => {
    for (let k = 0; k < count; k++) {
      const id = `stage${String(k + 1).padStart(3, '0')}`;
      const at = Date.UTC(2024, 2, 15, 9);
      const { created, commands, state } = playContest(id, def, at, { presenters: played });
      store.createContest(id, created, at);
      const judgeTokens = def.judges.map((j) => tokens.issue(id, 'judge', j.id, at));
      const screenToken = tokens.issue(id, 'screen', null, at);
      let seq = 1;
      for (const c of commands) seq = store.append(id, seq, c.events, c.at, c.who, { commandId: c.commandId, actor: c.who, digest: 'bench', at: c.at });
      out.push({ id, judgeTokens, screenToken, upcoming: state.order.filter((p) => state.presenters[p]?.status === 'waiting') });
    }
  });
  db.close();
  return out;
}
