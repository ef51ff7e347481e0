// 民主测评: decide and evolve for voting by the hall. Pure like decide.ts. The rules, in brief
// (docs/protocol.md "民主测评"): the host opens a round on one presenter or, at the end, on all
// of them; a voter casts one ballot per presenter of the round and may cast again until the
// round closes (the last one counts); closing fixes each presenter's count in the log. Codes are
// checked by hash; a voided code votes no more and its ballots in the open round are dropped.
import type { Command } from '../protocol/commands.ts';
import { ErrorCode } from '../protocol/errors.ts';
import { unitName } from '../roster.ts';
import { fail, ok, type DecideContext, type Decision } from './decision.ts';
import type { DomainEvent } from './events.ts';
import { presenterRun, type ContestState, type PresenterRun } from './state.ts';

export type AppraisalCommand = Extract<Command, { type: `appraisal:${string}` }>;
type AppraisalEvent = Extract<DomainEvent, { type: 'BallotCodesIssued' | 'BallotCodeVoided' | 'AppraisalOpened' | 'BallotCast' | 'AppraisalClosed' | 'AppraisalWithdrawn' }>;

/** A presenter voting can be opened on: their report is over and their count not yet fixed. */
const votable = (run: PresenterRun) => run.appraisal === null && (run.status === 'done' || (run.status === 'active' && run.phase !== 'report'));

/** Voters with a ballot in the open round, each counted once however many presenters they rated. */
export function turnout(s: ContestState): number {
  const voters = new Set<string>();
  for (const id of s.appraisal.open?.presenterIds ?? []) for (const v of Object.keys(s.appraisal.ballots[id] ?? {})) voters.add(v);
  return voters.size;
}

/** Codes issued and not voided: the most ballots a presenter can get in the codes electorate. */
export const eligible = (s: ContestState): number => Object.values(s.appraisal.codes).filter((c) => !c.voided).length;

/** Each presenter's ballots per option, as closing the round would fix them. */
function count(s: ContestState, presenterIds: string[]): Record<string, Record<string, number>> {
  const options = s.def.appraisal?.options ?? [];
  return Object.fromEntries(
    presenterIds.map((id) => {
      const counts = Object.fromEntries(options.map((o) => [o.id, 0]));
      for (const option of Object.values(s.appraisal.ballots[id] ?? {})) counts[option] = (counts[option] ?? 0) + 1;
      return [id, counts];
    }),
  );
}

const closeRound = (s: ContestState, at: number): DomainEvent => ({ type: 'AppraisalClosed', counts: count(s, s.appraisal.open?.presenterIds ?? []), at });

/** With `opens: perPresenter`, opening the judges' scoring opens the hall's voting on the same presenter. */
export function opensWithScoring(s: ContestState, presenterId: string, at: number): DomainEvent[] {
  const run = presenterRun(s, presenterId);
  if (s.def.appraisal?.opens !== 'perPresenter' || s.appraisal.open || !run || run.appraisal !== null) return [];
  return [{ type: 'AppraisalOpened', presenterIds: [presenterId], at }];
}

/** The reveal closes a round that includes the presenter: the hall's count is shown with the marks. */
export function closesWithReveal(s: ContestState, presenterId: string, at: number): DomainEvent[] {
  return s.appraisal.open?.presenterIds.includes(presenterId) ? [closeRound(s, at)] : [];
}

/** A step back to the queue: the presenter will report again, and the hall will vote on that report. */
export function withdrawnWithStepBack(s: ContestState, presenterId: string, reason: string, at: number): DomainEvent[] {
  if (!s.appraisal.open?.presenterIds.includes(presenterId)) return [];
  return [{ type: 'AppraisalWithdrawn', presenterId, ballots: Object.keys(s.appraisal.ballots[presenterId] ?? {}).length, reason, at }];
}

export function decideAppraisal(s: ContestState, cmd: AppraisalCommand, ctx: DecideContext): Decision {
  const def = s.def.appraisal;
  if (!def) return fail(ErrorCode.WrongState, '本场比赛未设置民主测评');
  const open = s.appraisal.open;
  switch (cmd.type) {
    case 'appraisal:open': {
      if (s.status !== 'running') return fail(ErrorCode.WrongState, '比赛未在进行中');
      if (open) return fail(ErrorCode.WrongState, '已有一轮测评正在进行，请先结束');
      const fallback = def.opens === 'atEnd' ? s.order.filter((id) => s.presenters[id] && votable(s.presenters[id])) : s.current ? [s.current] : [];
      const ids = cmd.presenterIds ?? fallback;
      if (ids.length === 0) return fail(ErrorCode.WrongState, '没有可以测评的单位');
      for (const id of ids) {
        const run = presenterRun(s, id);
        if (!run) return fail(ErrorCode.NotFound, `没有这个汇报单位: ${id}`);
        if (run.appraisal !== null) return fail(ErrorCode.WrongState, `${unitName(s.def, id)} 的测评已结束`);
        if (!votable(run)) return fail(ErrorCode.WrongState, `${unitName(s.def, id)} 尚未汇报完毕`);
      }
      if (new Set(ids).size !== ids.length) return fail(ErrorCode.Invalid, '单位重复');
      return ok({ type: 'AppraisalOpened', presenterIds: ids, at: ctx.now });
    }

    case 'appraisal:close':
      if (!open) return fail(ErrorCode.WrongState, '没有正在进行的测评');
      return ok(closeRound(s, ctx.now));

    case 'appraisal:vote': {
      const voter = ctx.actor.role === 'audience' ? ctx.actor.voter : null;
      if (!voter) return fail(ErrorCode.Forbidden, def.electorate === 'codes' ? '请先扫描或输入测评码' : '请先领取本机的测评凭证');
      if (def.electorate === 'codes') {
        const code = voter.kind === 'code' ? s.appraisal.codes[voter.key] : undefined;
        if (!code || !Object.hasOwn(s.appraisal.codes, voter.key)) return fail(ErrorCode.Forbidden, '测评码无效');
        if (code.voided) return fail(ErrorCode.Forbidden, '该测评码已作废');
      } else if (voter.kind !== 'device') return fail(ErrorCode.Forbidden, '本场为开放测评，无需测评码');
      if (!open) return fail(ErrorCode.WrongState, '测评尚未开始或已经结束');
      const options = new Set(def.options.map((o) => o.id));
      for (const [presenterId, option] of Object.entries(cmd.choices)) {
        if (!open.presenterIds.includes(presenterId)) return fail(ErrorCode.NotCurrent, `${unitName(s.def, presenterId)} 不在本轮测评中`);
        if (!options.has(option)) return fail(ErrorCode.Invalid, `没有这个选项: ${option}`);
      }
      return ok({ type: 'BallotCast', voter: `${voter.kind}:${voter.key}`, choices: cmd.choices, at: ctx.now });
    }

    case 'appraisal:void': {
      const entry = Object.values(s.appraisal.codes).find((c) => c.serial === cmd.serial);
      if (!entry) return fail(ErrorCode.NotFound, `没有编号为 ${cmd.serial} 的测评码`);
      if (entry.voided) return fail(ErrorCode.WrongState, `编号 ${cmd.serial} 的测评码已作废`);
      return ok({ type: 'BallotCodeVoided', serial: cmd.serial, reason: cmd.reason, at: ctx.now });
    }
  }
}

export function evolveAppraisal(s: ContestState, e: AppraisalEvent): ContestState {
  const a = s.appraisal;
  switch (e.type) {
    case 'BallotCodesIssued':
      return { ...s, appraisal: { ...a, codes: { ...a.codes, ...Object.fromEntries(e.codes.map((c) => [c.hash, { serial: c.serial, voided: false }])) } } };
    case 'BallotCodeVoided': {
      const hash = Object.keys(a.codes).find((h) => a.codes[h]?.serial === e.serial);
      if (hash === undefined) return s;
      const voter = `code:${hash}`;
      // Its ballots in the open round stop counting; counts already fixed by a close stay as they were.
      const ballots = Object.fromEntries(Object.entries(a.ballots).map(([id, byVoter]) => [id, Object.fromEntries(Object.entries(byVoter).filter(([v]) => v !== voter))]));
      return {
        ...s,
        appraisal: { ...a, codes: { ...a.codes, [hash]: { serial: e.serial, voided: true } }, voided: [...a.voided, { serial: e.serial, reason: e.reason, at: e.at }], ballots },
      };
    }
    case 'AppraisalOpened':
      return { ...s, appraisal: { ...a, open: { presenterIds: e.presenterIds, openedAt: e.at }, ballots: Object.fromEntries(e.presenterIds.map((id) => [id, {}])) } };
    case 'BallotCast': {
      const ballots = { ...a.ballots };
      for (const [id, option] of Object.entries(e.choices)) ballots[id] = { ...ballots[id], [e.voter]: option };
      return { ...s, appraisal: { ...a, ballots } };
    }
    case 'AppraisalWithdrawn': {
      const presenterIds = (a.open?.presenterIds ?? []).filter((id) => id !== e.presenterId);
      const { [e.presenterId]: _dropped, ...ballots } = a.ballots;
      return { ...s, appraisal: { ...a, open: a.open && presenterIds.length > 0 ? { ...a.open, presenterIds } : null, ballots } };
    }
    case 'AppraisalClosed': {
      const presenters = { ...s.presenters };
      for (const [id, counts] of Object.entries(e.counts)) {
        const run = presenters[id];
        if (run) presenters[id] = { ...run, appraisal: { counts, closedAt: e.at } };
      }
      return { ...s, presenters, appraisal: { ...a, open: null, ballots: {} } };
    }
  }
}
