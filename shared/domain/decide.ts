// decide(state, command, ctx) -> events | error. Pure: time and the draw seed come from ctx.
import { allowedRoles } from '../protocol/commands.ts';
import type { Command } from '../protocol/commands.ts';
import { ErrorCode } from '../protocol/errors.ts';
import { judgeById, judgeIds, unitName as unitOf } from '../roster.ts';
import { validateMarks } from '../scoring/index.ts';
import { fail, ok, type DecideContext, type Decision } from './decision.ts';
import type { DomainEvent } from './events.ts';
import { shuffle } from './prng.ts';
import { closesWithReveal, decideAppraisal, opensWithScoring, withdrawnWithStepBack } from './appraisal.ts';
import { reportAllottedMs, reportOvertimeMs, reportTimeCorrectable } from './report-time.ts';
import { autoNext, decideQa } from './questions.ts';
import { decideRating } from './rating.ts';
import { orderOpen, presenterRun, type ContestState, type PresenterRun } from './state.ts';
import { freshTimer, remainingAt, usage } from './timers.ts';

export type { Actor, DecideContext, Decision } from './decision.ts';

function currentRun(s: ContestState): PresenterRun | null {
  return s.current ? (s.presenters[s.current] ?? null) : null;
}

const unitName = (s: ContestState, id: string) => unitOf(s.def, id);

export function decide(s: ContestState, cmd: Command, ctx: DecideContext): Decision {
  // The pipeline checks roles too; the domain does not rely on it.
  if (!allowedRoles[cmd.type].includes(ctx.actor.role)) return fail(ErrorCode.Forbidden, `角色 ${ctx.actor.role} 无权执行 ${cmd.type}`);
  const run = currentRun(s);
  if (s.status === 'finished' && !['flow:back', 'screen:show', 'screen:mute', 'score:correct', 'report:correct', 'comment:hide'].includes(cmd.type))
    return fail(ErrorCode.WrongState, '比赛已结束');
  if (s.def.kind === 'rating') {
    const rating = decideRating(s, cmd, ctx);
    if (rating) return rating;
  }

  switch (cmd.type) {
    case 'contest:start':
      if (s.status !== 'setup') return fail(ErrorCode.WrongState, '比赛已经开始');
      return ok({ type: 'ContestStarted', at: ctx.now });

    case 'contest:finish': {
      if (s.status !== 'running') return fail(ErrorCode.WrongState, '比赛尚未开始');
      if (run && run.phase !== 'revealed') return fail(ErrorCode.WrongState, `${unitName(s, run.id)} 尚未亮分`);
      if (s.appraisal.open) return fail(ErrorCode.WrongState, '民主测评尚未结束，请先结束测评');
      const pending = Object.values(s.presenters).filter((p) => p.status === 'waiting');
      if (pending.length > 0 && !cmd.force)
        return fail(ErrorCode.WrongState, `还有 ${pending.length} 个单位未汇报；确认提前结束请设置 force`);
      return ok({ type: 'ContestFinished', at: ctx.now, partial: pending.length > 0 });
    }

    case 'order:draw':
    case 'order:set': {
      if (!orderOpen(s)) return fail(ErrorCode.WrongState, '已有单位开始汇报，不能再改变顺序');
      if (cmd.type === 'order:draw') return ok({ type: 'OrderDrawn', order: shuffle(s.order, ctx.seed), seed: ctx.seed });
      const ids = Object.keys(s.presenters);
      const valid = cmd.order.length === ids.length && new Set(cmd.order).size === ids.length && cmd.order.every((id) => presenterRun(s, id) !== undefined);
      if (!valid) return fail(ErrorCode.Invalid, `顺序必须恰好包含每个汇报单位一次 (${ids.join(', ')})`);
      return ok({ type: 'OrderSet', order: cmd.order });
    }

    case 'presenter:next': {
      if (s.status !== 'running') return fail(ErrorCode.WrongState, '请先开始比赛');
      if (run && run.phase !== 'revealed') return fail(ErrorCode.WrongState, `${unitName(s, run.id)} 尚未亮分`);
      const id = cmd.presenterId ?? s.order.find((p) => s.presenters[p]?.status === 'waiting');
      if (!id) return fail(ErrorCode.WrongState, '所有单位均已汇报');
      const target = presenterRun(s, id);
      if (!target) return fail(ErrorCode.NotFound, `没有这个汇报单位: ${id}`);
      if (target.status !== 'waiting' && target.status !== 'absent')
        return fail(ErrorCode.WrongState, `${unitName(s, id)} 已经汇报过`);
      return ok({ type: 'PresenterCalled', presenterId: id, timer: freshTimer('report', s.def.rules.reportSeconds) });
    }

    case 'presenter:absent':
    case 'presenter:skip': {
      const target = presenterRun(s, cmd.presenterId);
      if (!target) return fail(ErrorCode.NotFound, `没有这个汇报单位: ${cmd.presenterId}`);
      const onStageUnscored = target.status === 'active' && target.phase === 'report' && Object.keys(target.marks).length === 0;
      if (target.status !== 'waiting' && !onStageUnscored)
        return fail(ErrorCode.WrongState, `${unitName(s, target.id)} 已开始汇报，不能缺席或顺延`);
      if (cmd.type === 'presenter:absent') return ok({ type: 'PresenterMarkedAbsent', presenterId: target.id });
      const order = [...s.order.filter((p) => p !== target.id), target.id];
      return ok({ type: 'PresenterSkipped', presenterId: target.id, order });
    }

    case 'phase:qa': {
      if (!run || run.phase !== 'report') return fail(ErrorCode.WrongState, '只有在汇报阶段才能进入提问');
      const { usedMs, overtimeMs } = usage(s.timer, ctx.now);
      const qa = freshTimer('qa', s.def.rules.qaSeconds);
      const reportDurationMs = s.timer?.durationMs ?? s.def.rules.reportSeconds * 1000;
      const started: DomainEvent = { type: 'QaStarted', presenterId: run.id, reportUsedMs: usedMs, overtimeMs, reportDurationMs, timer: qa };
      // In auto mode, a question asked during the report goes up as soon as Q&A begins.
      const inQa = { ...s, presenters: { ...s.presenters, [run.id]: { ...run, phase: 'qa' as const } } };
      return ok(started, ...autoNext(inQa, s.questions, ctx.now));
    }

    case 'scoring:open': {
      if (!run || run.phase === 'revealed' || (run.phase === 'scoring' && run.scoringOpen))
        return fail(ErrorCode.WrongState, '现在不能开始评分');
      if (run.phase === 'report') {
        const { usedMs, overtimeMs } = usage(s.timer, ctx.now);
        const reportDurationMs = s.timer?.durationMs ?? s.def.rules.reportSeconds * 1000;
        return ok({ type: 'ScoringOpened', presenterId: run.id, reportUsedMs: usedMs, overtimeMs, reportDurationMs }, ...opensWithScoring(s, run.id, ctx.now));
      }
      if (run.phase === 'qa') return ok({ type: 'ScoringOpened', presenterId: run.id, qaUsedMs: usage(s.timer, ctx.now).usedMs }, ...opensWithScoring(s, run.id, ctx.now));
      return ok({ type: 'ScoringOpened', presenterId: run.id });
    }

    case 'scoring:lock':
      if (!run || run.phase !== 'scoring' || !run.scoringOpen) return fail(ErrorCode.WrongState, '评分未开启');
      return ok({ type: 'ScoringLocked', presenterId: run.id });

    case 'scoring:openAll':
    case 'scoring:revealAll':
      return fail(ErrorCode.WrongState, '擂台赛逐个单位开启评分和亮分，不能一次全部进行');

    case 'scoring:reveal': {
      if (cmd.presenterId !== undefined && cmd.presenterId !== run?.id) return fail(ErrorCode.NotCurrent, '该单位不是当前汇报单位');
      if (!run || run.phase !== 'scoring') return fail(ErrorCode.WrongState, '只有在评分阶段才能亮分');
      const missing = judgeIds(s.def).filter((j) => !run.marks[j]);
      if (missing.length > 0 && !cmd.allowMissing) {
        const names = missing.map((j) => judgeById(s.def, j)?.name ?? j).join('、');
        return fail(ErrorCode.MissingScores, `还有 ${missing.length} 位评委未提交: ${names}`);
      }
      return ok({ type: 'MarksRevealed', presenterId: run.id, missing, at: ctx.now }, ...closesWithReveal(s, run.id, ctx.now));
    }

    case 'flow:back':
      return stepBack(s, run, cmd.reason, ctx.now);

    case 'timer:start':
    case 'timer:pause':
    case 'timer:add':
    case 'timer:reset':
      return timerCommand(s, cmd, ctx);

    case 'screen:mute':
      if (s.screenMuted === cmd.muted) return fail(ErrorCode.WrongState, cmd.muted ? '大屏已静音' : '大屏提示音已开启');
      return ok({ type: 'ScreenMuted', muted: cmd.muted });

    case 'screen:show':
      if (cmd.stage === 'boards' && !s.def.series) return fail(ErrorCode.WrongState, '本场比赛不属于任何系列，没有红黑榜');
      // A presenter's 对标 chart belongs to their report: it needs someone on stage.
      if (cmd.stage === 'benchmark' && !s.current) return fail(ErrorCode.WrongState, '没有正在汇报的单位，无法显示对标 (no presenter on stage)');
      return ok({ type: 'ScreenShown', stage: cmd.stage === 'auto' ? null : cmd.stage });

    case 'score:submit': {
      if (ctx.actor.role !== 'judge') return fail(ErrorCode.Forbidden, '只有评委可以打分');
      const me = ctx.actor.judgeId;
      if (cmd.judgeId !== undefined && cmd.judgeId !== me) return fail(ErrorCode.Forbidden, '评委只能以本人身份打分');
      if (!judgeById(s.def, me)) return fail(ErrorCode.Forbidden, '不在本场评委名单中');
      const target = presenterRun(s, cmd.presenterId);
      if (!target) return fail(ErrorCode.NotFound, `没有这个汇报单位: ${cmd.presenterId}`);
      // A 擂台赛 scores the presenter on stage; a 评比 scores every open unit, in any order.
      if (s.def.kind === 'arena' && run?.id !== target.id) return fail(ErrorCode.NotCurrent, '该单位不是当前汇报单位');
      if (target.phase !== 'scoring' || !target.scoringOpen) return fail(ErrorCode.ScoringClosed, '评分未开启或已锁定');
      const problem = validateMarks(s.def, cmd.values);
      if (problem) return fail(ErrorCode.Invalid, problem);
      return ok({ type: 'MarksSubmitted', presenterId: target.id, judgeId: ctx.actor.judgeId, values: cmd.values, at: ctx.now });
    }

    case 'score:correct': {
      const target = presenterRun(s, cmd.presenterId);
      if (!target) return fail(ErrorCode.NotFound, `没有这个汇报单位: ${cmd.presenterId}`);
      if (!judgeById(s.def, cmd.judgeId)) return fail(ErrorCode.NotFound, `没有这个评委: ${cmd.judgeId}`);
      if (target.phase !== 'scoring' && target.phase !== 'revealed')
        return fail(ErrorCode.WrongState, '该单位尚未进入评分');
      const problem = validateMarks(s.def, cmd.values);
      if (problem) return fail(ErrorCode.Invalid, problem);
      const e = { type: 'MarksCorrected' as const, presenterId: target.id, judgeId: cmd.judgeId, values: cmd.values };
      return ok({ ...e, reason: cmd.reason, at: ctx.now });
    }

    case 'report:correct':
      return correctReportTime(s, cmd, ctx);

    case 'question:ask':
    case 'question:edit':
    case 'question:reorder':
    case 'question:merge':
    case 'question:dismiss':
    case 'question:show':
    case 'question:hide':
    case 'question:answered':
    case 'bank:load':
    case 'bank:draw':
    case 'comment:add':
    case 'comment:show':
    case 'comment:hide':
      return decideQa(s, cmd, ctx);

    case 'appraisal:open':
    case 'appraisal:close':
    case 'appraisal:vote':
    case 'appraisal:void':
      return decideAppraisal(s, cmd, ctx);

    default: {
      const never: never = cmd;
      return never;
    }
  }
}

function timerCommand(
  s: ContestState,
  cmd: Extract<Command, { type: 'timer:start' | 'timer:pause' | 'timer:add' | 'timer:reset' }>,
  ctx: DecideContext,
): Decision {
  const t = s.timer;
  if (!t) return fail(ErrorCode.WrongState, '当前没有计时');
  switch (cmd.type) {
    case 'timer:start':
      if (t.running) return fail(ErrorCode.WrongState, '计时已在进行');
      return ok({ type: 'TimerStarted', endsAt: ctx.now + t.remainingMs });
    case 'timer:pause':
      if (!t.running) return fail(ErrorCode.WrongState, '计时未在进行');
      return ok({ type: 'TimerPaused', remainingMs: remainingAt(t, ctx.now) });
    case 'timer:add':
      if (t.durationMs + cmd.seconds * 1000 < 0) return fail(ErrorCode.WrongState, '减少的时间不能超过总时长');
      return ok({ type: 'TimerAdjusted', deltaMs: cmd.seconds * 1000 });
    case 'timer:reset': {
      const r = s.def.rules;
      const seconds = t.kind === 'report' ? r.reportSeconds : t.kind === 'qa' ? r.qaSeconds : (r.questions.answerSeconds ?? r.qaSeconds);
      return ok({ type: 'TimerReset', timer: freshTimer(t.kind, seconds) });
    }
  }
}

/**
 * A measured report time is known once the report ended (Q&A or scoring opened from it). The
 * overtime is recomputed from the allotment the presenter had (added time included), so the
 * penalty follows the corrected time by the same rule as a measured one.
 */
function correctReportTime(s: ContestState, cmd: Extract<Command, { type: 'report:correct' }>, ctx: DecideContext): Decision {
  const target = presenterRun(s, cmd.presenterId);
  if (!target) return fail(ErrorCode.NotFound, `没有这个汇报单位: ${cmd.presenterId}`);
  if (!reportTimeCorrectable(target))
    return fail(ErrorCode.WrongState, '该单位的汇报尚未结束，没有可更正的汇报用时');
  const reportUsedMs = cmd.seconds * 1000;
  if (reportUsedMs === target.reportUsedMs) return fail(ErrorCode.WrongState, '汇报用时与记录相同');
  return ok({
    type: 'ReportTimeCorrected',
    presenterId: target.id,
    reportUsedMs,
    overtimeMs: reportOvertimeMs(reportUsedMs, reportAllottedMs(target, s.def.rules)),
    was: { reportUsedMs: target.reportUsedMs, overtimeMs: target.overtimeMs },
    reason: cmd.reason,
    at: ctx.now,
  });
}

/** Undo one run-of-show step with a compensating event (the log keeps both). */
function stepBack(s: ContestState, run: PresenterRun | null, reason: string, at: number): Decision {
  if (s.status === 'finished') return ok({ type: 'ContestReopened', reason, at });
  if (!run || !run.phase) return fail(ErrorCode.WrongState, '没有可以退回的步骤');
  const base = { type: 'SteppedBack' as const, presenterId: run.id, from: run.phase, reason, at };
  const r = s.def.rules;
  switch (run.phase) {
    case 'revealed':
      return ok({ ...base, to: 'scoring', current: run.id, timer: null });
    case 'scoring':
      return ok({ ...base, to: 'qa', current: run.id, timer: freshTimer('qa', r.qaSeconds) });
    case 'qa': {
      // Back to the report with the clock where the report left it (added time included), paused.
      const used = run.reportUsedMs ?? 0;
      const report = freshTimer('report', r.reportSeconds);
      const durationMs = run.reportDurationMs ?? report.durationMs;
      return ok({ ...base, to: 'report', current: run.id, timer: { ...report, durationMs, remainingMs: durationMs - used } });
    }
    case 'report': {
      const previous = Object.values(s.presenters)
        .filter((p) => p.status === 'done' && p.revealedAt !== null)
        .sort((a, b) => (b.revealedAt ?? 0) - (a.revealedAt ?? 0))[0];
      const back: DomainEvent = { ...base, to: null, current: previous?.id ?? null, timer: null };
      // Marks from before (scoring, then steps back to here) would count again when the presenter
      // is called: the room expects a presenter sent back to the queue to be scored afresh.
      const judgeIds = Object.keys(run.marks);
      const discarded: DomainEvent[] = judgeIds.length === 0 ? [] : [{ type: 'MarksDiscarded', presenterId: run.id, judgeIds, reason, at }];
      return ok(back, ...discarded, ...withdrawnWithStepBack(s, run.id, reason, at));
    }
  }
}
