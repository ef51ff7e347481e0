// 评比 (kind "rating"): a contest with scoring only. There is no stage, so no presenter on it:
// the host opens scoring for every unit at once, judges score them in any order, and the host
// reveals unit by unit or all at once. Marks, corrections, reveals and results are the same
// events as in a 擂台赛, so scoring, ranking and reports read a 评比 unchanged.
// docs/protocol.md "评比" lists the rules and refusals written here.
import type { Command, CommandType } from '../protocol/commands.ts';
import { ErrorCode } from '../protocol/errors.ts';
import { judgeById, judgeIds, unitName } from '../roster.ts';
import { closesWithReveal } from './appraisal.ts';
import { fail, ok, type DecideContext, type Decision } from './decision.ts';
import type { DomainEvent } from './events.ts';
import { presenterRun, type ContestState, type PresenterRun } from './state.ts';

const NO_REPORT = '评比没有汇报环节';
const NO_QA = '评比没有提问环节';
const NO_COMMENT = '评比没有点评环节';
const NO_TIMER = '评比不计时';

/** Commands of the stage (report, Q&A, timers, comments) that a 评比 refuses, with why. */
const REFUSED = {
  'presenter:next': NO_REPORT,
  'presenter:skip': NO_REPORT,
  'phase:qa': NO_QA,
  'report:correct': '评比没有汇报用时',
  'scoring:open': '评比请一次开启全部单位的评分 (scoring:openAll)',
  'timer:start': NO_TIMER,
  'timer:pause': NO_TIMER,
  'timer:add': NO_TIMER,
  'timer:reset': NO_TIMER,
  'question:ask': NO_QA,
  'question:edit': NO_QA,
  'question:reorder': NO_QA,
  'question:merge': NO_QA,
  'question:dismiss': NO_QA,
  'question:show': NO_QA,
  'question:hide': NO_QA,
  'question:answered': NO_QA,
  'bank:load': NO_QA,
  'bank:draw': NO_QA,
  'comment:add': NO_COMMENT,
  'comment:show': NO_COMMENT,
  'comment:hide': NO_COMMENT,
} as const satisfies Partial<Record<CommandType, string>>;

const refusedWhy = (type: CommandType): string | undefined => (Object.hasOwn(REFUSED, type) ? REFUSED[type as keyof typeof REFUSED] : undefined);

/** The units of a 评比 to be scored: every presenter not marked absent, in the list's order. */
export function ratingUnits(s: ContestState): PresenterRun[] {
  return s.order.flatMap((id) => {
    const run = s.presenters[id];
    return run && run.status !== 'absent' ? [run] : [];
  });
}

/** Where a unit of a 评比 stands: before scoring, open, locked, or revealed. */
export function unitState(run: PresenterRun): 'waiting' | 'open' | 'locked' | 'revealed' {
  if (run.phase === 'revealed') return 'revealed';
  if (run.phase === 'scoring') return run.scoringOpen ? 'open' : 'locked';
  return 'waiting';
}

const missingJudges = (s: ContestState, run: PresenterRun) => judgeIds(s.def).filter((j) => !run.marks[j]);

/**
 * The 评比's own answer to a command, or null when the command works as in a 擂台赛 (start,
 * order, marks, corrections, the projector, 民主测评, reopening a finished contest).
 */
export function decideRating(s: ContestState, cmd: Command, ctx: DecideContext): Decision | null {
  const why = refusedWhy(cmd.type);
  if (why) return fail(ErrorCode.WrongState, why);
  const running = s.status === 'running';
  switch (cmd.type) {
    case 'presenter:absent': {
      const target = presenterRun(s, cmd.presenterId);
      if (target && target.status !== 'waiting') return fail(ErrorCode.WrongState, `${unitName(s.def, target.id)} 已开始评分，不能再标记缺席`);
      return null;
    }

    case 'scoring:openAll': {
      if (!running) return fail(ErrorCode.WrongState, '请先开始比赛');
      const ids = ratingUnits(s).filter((r) => r.phase === null || (r.phase === 'scoring' && !r.scoringOpen)).map((r) => r.id);
      if (ids.length === 0) return fail(ErrorCode.WrongState, '没有可以开启评分的单位');
      return ok({ type: 'RatingOpened', presenterIds: ids, at: ctx.now });
    }

    case 'scoring:lock': {
      const open = ratingUnits(s).filter((r) => unitState(r) === 'open');
      if (open.length === 0) return fail(ErrorCode.WrongState, '评分未开启');
      return ok(...open.map((r): DomainEvent => ({ type: 'ScoringLocked', presenterId: r.id })));
    }

    case 'scoring:reveal': {
      if (cmd.presenterId === undefined) return fail(ErrorCode.Invalid, '评比请指明亮分的单位 (presenterId)');
      const run = presenterRun(s, cmd.presenterId);
      if (!run) return fail(ErrorCode.NotFound, `没有这个汇报单位: ${cmd.presenterId}`);
      if (run.phase === 'revealed') return fail(ErrorCode.WrongState, `${unitName(s.def, run.id)} 已亮分`);
      if (run.phase !== 'scoring') return fail(ErrorCode.WrongState, `${unitName(s.def, run.id)} 尚未开始评分`);
      const missing = missingJudges(s, run);
      if (missing.length > 0 && !cmd.allowMissing) {
        const names = missing.map((j) => judgeById(s.def, j)?.name ?? j).join('、');
        return fail(ErrorCode.MissingScores, `${unitName(s.def, run.id)} 还有 ${missing.length} 位评委未提交: ${names}`);
      }
      return ok({ type: 'MarksRevealed', presenterId: run.id, missing, at: ctx.now }, ...closesWithReveal(s, run.id, ctx.now));
    }

    case 'scoring:revealAll': {
      const scoring = ratingUnits(s).filter((r) => r.phase === 'scoring');
      if (scoring.length === 0) return fail(ErrorCode.WrongState, '没有待亮分的单位');
      const complete = scoring.filter((r) => missingJudges(s, r).length === 0);
      const reveal = cmd.allowMissing ? scoring : complete;
      if (reveal.length === 0) {
        const units = scoring.map((r) => `${unitName(s.def, r.id)} (缺 ${missingJudges(s, r).length} 位)`).join('、');
        return fail(ErrorCode.MissingScores, `还有 ${scoring.length} 个单位评分未齐: ${units}`);
      }
      const revealed = reveal.map((r): DomainEvent => ({ type: 'MarksRevealed', presenterId: r.id, missing: missingJudges(s, r), at: ctx.now }));
      // One close of the 民主测评 round at most, however many of its units are revealed.
      const inRound = reveal.find((r) => closesWithReveal(s, r.id, ctx.now).length > 0);
      return ok(...revealed, ...(inRound ? closesWithReveal(s, inRound.id, ctx.now) : []));
    }

    case 'flow:back': {
      if (s.status === 'finished') return null;
      // Undo the latest reveal; among units revealed together, the last in the list first.
      const last = ratingUnits(s)
        .filter((r) => r.phase === 'revealed')
        .reduce<PresenterRun | null>((a, r) => (a === null || (r.revealedAt ?? 0) >= (a.revealedAt ?? 0) ? r : a), null);
      if (!last) return fail(ErrorCode.WrongState, '没有可以退回的步骤');
      return ok({ type: 'SteppedBack', presenterId: last.id, from: 'revealed', to: 'scoring', reason: cmd.reason, current: null, timer: null, at: ctx.now });
    }

    case 'contest:finish': {
      if (!running) return fail(ErrorCode.WrongState, '比赛尚未开始');
      if (s.appraisal.open) return fail(ErrorCode.WrongState, '民主测评尚未结束，请先结束测评');
      const pending = ratingUnits(s).filter((r) => r.phase !== 'revealed');
      if (pending.length > 0 && !cmd.force)
        return fail(ErrorCode.WrongState, `还有 ${pending.length} 个单位未亮分；确认提前结束请设置 force`);
      return ok({ type: 'ContestFinished', at: ctx.now, partial: pending.length > 0 });
    }

    default:
      return null;
  }
}

/** The state after RatingOpened: each unit active and open for scoring. */
export function openUnits(s: ContestState, presenterIds: string[]): ContestState {
  const presenters = { ...s.presenters };
  for (const id of presenterIds) {
    const run = presenters[id];
    if (run) presenters[id] = { ...run, status: 'active', phase: 'scoring', scoringOpen: true };
  }
  return { ...s, presenters, screenOverride: null };
}
