// 提问 · 答复 · 点评: judges ask from their phones, the host moderates onto the screen, answers
// are timed, comments are kept. decide for the Q&A commands; pure like decide.ts.
import type { Command } from '../protocol/commands.ts';
import { ErrorCode } from '../protocol/errors.ts';
import { judgeById } from '../roster.ts';
import { fail, ok, type DecideContext, type Decision } from './decision.ts';
import type { DomainEvent } from './events.ts';
import { COMMENTS_PER_PRESENTER, QUESTIONS_PER_MINUTE, QUESTIONS_PER_PRESENTER } from './limits.ts';
import { mulberry32 } from './prng.ts';
import { answerTimer } from './timers.ts';
import { presenterRun, type ContestState, type Question } from './state.ts';

export type QaCommand = Extract<Command, { type: `question:${string}` | `bank:${string}` | `comment:${string}` }>;

export { QUESTIONS_PER_MINUTE } from './limits.ts';


/** A question waiting in the queue; ids count up per contest, so a replay gives the same ids. */
function newQuestion(s: ContestState, presenterId: string, judgeId: string | null, source: Question['source'], text: string, now: number): Question {
  return {
    id: `q${s.questions.length + 1}`,
    presenterId,
    judgeId,
    source,
    text,
    original: text,
    askedAt: now,
    status: 'waiting',
    mergedInto: null,
    shownAt: null,
    firstShownAt: null,
    answeredAt: null,
    answerMs: null,
    summary: '',
  };
}

const judgeExists = (s: ContestState, id: string) => judgeById(s.def, id) !== undefined;
const shownQuestion = (s: ContestState) => s.questions.find((q) => q.status === 'shown') ?? null;
const inQa = (s: ContestState) => s.current !== null && s.presenters[s.current]?.phase === 'qa';

/** Events that put `q` on the screen, taking down whatever question is there now. */
function show(s: ContestState, q: Question, now: number): DomainEvent[] {
  const up = shownQuestion(s);
  const hide: DomainEvent[] = up && up.id !== q.id ? [{ type: 'QuestionHidden', questionId: up.id }] : [];
  return [...hide, { type: 'QuestionShown', questionId: q.id, at: now, timer: answerTimer(s, now) }];
}

/** In auto mode the next waiting question of the current presenter goes up by itself. */
export function autoNext(s: ContestState, after: ContestState['questions'], now: number): DomainEvent[] {
  if (!s.def.rules.questions.autoShow || !inQa(s)) return [];
  const next = after.find((q) => q.presenterId === s.current && q.status === 'waiting');
  return next ? [{ type: 'QuestionShown', questionId: next.id, at: now, timer: answerTimer(s, now) }] : [];
}

const isHidden = (s: ContestState, commentId: string) => s.hiddenComments.some((h) => h.commentId === commentId);

export function decideQa(s: ContestState, cmd: QaCommand, ctx: DecideContext): Decision {
  const find = (id: string) => s.questions.find((q) => q.id === id);
  switch (cmd.type) {
    case 'question:ask': {
      const asker = ctx.actor.role === 'judge' ? ctx.actor.judgeId : (cmd.judgeId ?? null);
      if (ctx.actor.role === 'judge' && cmd.judgeId !== undefined && cmd.judgeId !== ctx.actor.judgeId)
        return fail(ErrorCode.Forbidden, '评委只能以本人身份提问');
      if (asker !== null && !judgeExists(s, asker)) return fail(ErrorCode.NotFound, `没有这个评委: ${asker}`);
      const run = presenterRun(s, cmd.presenterId);
      if (!run) return fail(ErrorCode.NotFound, `没有这个汇报单位: ${cmd.presenterId}`);
      const open = run.status === 'waiting' || (run.status === 'active' && (run.phase === 'report' || run.phase === 'qa'));
      if (!open) return fail(ErrorCode.NotCurrent, '该单位的提问环节已结束');
      if (ctx.actor.role === 'judge') {
        const recent = s.questions.filter((q) => q.judgeId === asker && q.source === 'judge' && q.askedAt > ctx.now - 60_000);
        if (recent.length >= QUESTIONS_PER_MINUTE) return fail(ErrorCode.RateLimited, '提问过于频繁，请稍后再试');
        const mine = s.questions.filter((q) => q.judgeId === asker && q.source === 'judge' && q.presenterId === run.id);
        if (mine.length >= QUESTIONS_PER_PRESENTER)
          return fail(ErrorCode.LimitReached, `每位评委对每个单位最多提 ${QUESTIONS_PER_PRESENTER} 个问题 (at most ${QUESTIONS_PER_PRESENTER} questions per presenter)`);
      }
      const question = newQuestion(s, run.id, asker, ctx.actor.role === 'judge' ? 'judge' : 'host', cmd.text, ctx.now);
      const auto = shownQuestion(s) ? [] : autoNext(s, [...s.questions, question], ctx.now);
      return ok({ type: 'QuestionAsked', question }, ...auto);
    }

    case 'question:edit': {
      const q = find(cmd.questionId);
      if (!q) return fail(ErrorCode.NotFound, `没有这个问题: ${cmd.questionId}`);
      if (q.text === cmd.text) return fail(ErrorCode.WrongState, '内容没有变化');
      return ok({ type: 'QuestionEdited', questionId: q.id, text: cmd.text, at: ctx.now });
    }

    case 'question:reorder': {
      // The given ids take the places those questions held, in the given order.
      const ids = new Set(cmd.order);
      if (ids.size !== cmd.order.length || !cmd.order.every((id) => find(id))) return fail(ErrorCode.Invalid, '排序列表无效');
      const moved = [...cmd.order];
      const order = s.questions.map((q) => (ids.has(q.id) ? (moved.shift() as string) : q.id));
      return ok({ type: 'QuestionsReordered', order });
    }

    case 'question:merge': {
      const q = find(cmd.questionId);
      const into = find(cmd.intoId);
      if (!q || !into) return fail(ErrorCode.NotFound, '没有这个问题');
      if (q.id === into.id || q.presenterId !== into.presenterId) return fail(ErrorCode.Invalid, '只能合并同一单位的两个不同问题');
      if (q.status !== 'waiting' || into.status === 'merged' || into.status === 'dismissed')
        return fail(ErrorCode.WrongState, '该问题不能合并');
      return ok({ type: 'QuestionMerged', questionId: q.id, intoId: into.id });
    }

    case 'question:dismiss': {
      const q = find(cmd.questionId);
      if (!q) return fail(ErrorCode.NotFound, `没有这个问题: ${cmd.questionId}`);
      if (q.status !== 'waiting' && q.status !== 'shown') return fail(ErrorCode.WrongState, '该问题已处理');
      return ok({ type: 'QuestionDismissed', questionId: q.id });
    }

    case 'question:show': {
      const q = find(cmd.questionId);
      if (!q) return fail(ErrorCode.NotFound, `没有这个问题: ${cmd.questionId}`);
      if (q.presenterId !== s.current || !inQa(s)) return fail(ErrorCode.WrongState, '只能在当前单位的提问环节上屏');
      if (q.status !== 'waiting') return fail(ErrorCode.WrongState, '该问题已上屏或已处理');
      return ok(...show(s, q, ctx.now));
    }

    case 'question:hide': {
      const up = shownQuestion(s);
      if (!up) return fail(ErrorCode.WrongState, '屏幕上没有问题');
      return ok({ type: 'QuestionHidden', questionId: up.id });
    }

    case 'question:answered': {
      const q = find(cmd.questionId);
      if (!q) return fail(ErrorCode.NotFound, `没有这个问题: ${cmd.questionId}`);
      if (q.status !== 'shown' && q.status !== 'waiting') return fail(ErrorCode.WrongState, '该问题已处理');
      // The host's press, if sent, bounded so that no clock skew makes it later than now or
      // earlier than the question went up.
      const endedAt = Math.min(ctx.now, cmd.endedAt ?? ctx.now);
      const answerMs = q.shownAt === null ? null : Math.max(0, endedAt - q.shownAt);
      const answered: DomainEvent = { type: 'QuestionAnswered', questionId: q.id, at: ctx.now, answerMs, summary: cmd.summary ?? '' };
      const after = s.questions.map((x) => (x.id === q.id ? { ...x, status: 'answered' as const } : x));
      return ok(answered, ...(q.status === 'shown' ? autoNext(s, after, ctx.now) : []));
    }

    case 'bank:load':
      return ok({ type: 'BankLoaded', questions: cmd.questions });

    case 'bank:draw': {
      if (!s.current || !inQa(s)) return fail(ErrorCode.WrongState, '只能在提问环节抽题');
      const left = s.bank.flatMap((b, i) => (b.drawn ? [] : [i]));
      if (left.length === 0) return fail(ErrorCode.WrongState, '题库已抽完');
      const index = left[Math.floor(mulberry32(ctx.seed)() * left.length)] as number;
      const text = s.bank[index]?.text ?? '';
      const question = newQuestion(s, s.current, null, 'bank', text, ctx.now);
      return ok({ type: 'BankDrawn', index, seed: ctx.seed, question }, ...show(s, question, ctx.now));
    }

    case 'comment:add': {
      const by = ctx.actor.role === 'judge' ? 'judge' : 'host';
      const judge = ctx.actor.role === 'judge' ? ctx.actor.judgeId : (cmd.judgeId ?? null);
      if (ctx.actor.role === 'judge' && cmd.judgeId !== undefined && cmd.judgeId !== ctx.actor.judgeId)
        return fail(ErrorCode.Forbidden, '评委只能以本人身份点评');
      if (judge !== null && !judgeExists(s, judge)) return fail(ErrorCode.NotFound, `没有这个评委: ${judge}`);
      const run = presenterRun(s, cmd.presenterId);
      if (!run) return fail(ErrorCode.NotFound, `没有这个汇报单位: ${cmd.presenterId}`);
      if (run.status !== 'active' && run.status !== 'done') return fail(ErrorCode.NotCurrent, '该单位尚未汇报');
      if (by === 'judge' && s.comments.filter((c) => c.by === 'judge' && c.judgeId === judge && c.presenterId === run.id).length >= COMMENTS_PER_PRESENTER)
        return fail(ErrorCode.LimitReached, `每位评委对每个单位最多点评 ${COMMENTS_PER_PRESENTER} 条 (at most ${COMMENTS_PER_PRESENTER} comments per presenter)`);
      const comment = { id: `c${s.comments.length + 1}`, presenterId: run.id, judgeId: judge, by: by as 'judge' | 'host', text: cmd.text, at: ctx.now };
      return ok({ type: 'CommentAdded', comment });
    }

    case 'comment:show': {
      if (cmd.commentId !== null && !s.comments.some((c) => c.id === cmd.commentId)) return fail(ErrorCode.NotFound, '没有这条点评');
      if (cmd.commentId !== null && isHidden(s, cmd.commentId)) return fail(ErrorCode.WrongState, '这条点评已隐藏，不能上屏');
      return ok({ type: 'CommentShown', commentId: cmd.commentId });
    }

    case 'comment:hide': {
      if (!s.comments.some((c) => c.id === cmd.commentId)) return fail(ErrorCode.NotFound, '没有这条点评');
      if (isHidden(s, cmd.commentId)) return fail(ErrorCode.WrongState, '这条点评已经隐藏');
      return ok({ type: 'CommentHidden', commentId: cmd.commentId, reason: cmd.reason, at: ctx.now });
    }
  }
}
