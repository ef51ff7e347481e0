// 评比 (kind "rating"): scoring only, every unit at once, in the given/when/then style.
// Numbers: 3 units p1–p3, 3 judges j1–j3, criteria 30 + 20; SHEETS_375 trims to 37.5.
import { describe, expect, it } from 'vitest';
import { ContestDefinition } from '../../shared/definition.ts';
import { parseEvent } from '../../shared/domain/event-schema.ts';
import { revealedResults } from '../../shared/views.ts';
import { baseInput, given, judge, makeDef, show, SHEETS_375, T0, type CommandInput, type Show } from './given.ts';

const RATING = makeDef({ kind: 'rating' });
const rating = () => show(RATING);
/** Started and scoring open on every unit. */
const opened = () => rating().start().do({ type: 'scoring:openAll' });
const openAll: CommandInput = { type: 'scoring:openAll' };

describe('the definition', () => {
  it('is a 擂台赛 unless it says otherwise, so every stored definition stays one', () => {
    expect(ContestDefinition.parse(baseInput).kind).toBe('arena');
    expect(RATING.kind).toBe('rating');
    const old = parseEvent({ type: 'ContestCreated', contestId: 'c1', definition: baseInput, at: T0 });
    expect(old.ok && old.event.type === 'ContestCreated' && old.event.definition.kind).toBe('arena');
  });

  it('refuses a 民主测评 per presenter in a 评比 (there is no per-presenter scoring to open it with)', () => {
    const bad = ContestDefinition.safeParse({ ...baseInput, kind: 'rating', appraisal: {} });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('opens: "atEnd"');
    expect(ContestDefinition.safeParse({ ...baseInput, kind: 'rating', appraisal: { opens: 'atEnd' } }).success).toBe(true);
  });
});

describe('scoring:openAll', () => {
  it('opens every unit at once; nobody is on stage', () => {
    const after = given(rating().start().history()).when(openAll, { now: T0 }).then([{ type: 'RatingOpened', presenterIds: ['p1', 'p2', 'p3'], at: T0 }]);
    for (const id of ['p1', 'p2', 'p3']) expect(after.presenters[id]).toMatchObject({ status: 'active', phase: 'scoring', scoringOpen: true });
    expect(after.current).toBeNull();
    expect(after.timer).toBeNull();
  });

  it('leaves out a unit marked absent before', () => {
    const h = rating().start().do({ type: 'presenter:absent', presenterId: 'p2' });
    given(h.history()).when(openAll, { now: T0 }).then([{ type: 'RatingOpened', presenterIds: ['p1', 'p3'], at: T0 }]);
  });

  it('is refused before the start, when everything is open, and in a 擂台赛', () => {
    given(rating().history()).when(openAll).thenFails('wrong_state');
    given(opened().history()).when(openAll).thenFails('wrong_state');
    expect(given(show().start().history()).when(openAll).thenFails('wrong_state')).toContain('擂台赛');
  });

  it('reopens the units a lock closed, not the revealed ones', () => {
    const h = opened().scoreAll('p1', SHEETS_375).do({ type: 'scoring:reveal', presenterId: 'p1' }).lock();
    given(h.history()).when(openAll, { now: T0 }).then([{ type: 'RatingOpened', presenterIds: ['p2', 'p3'], at: T0 }]);
  });
});

describe('score:submit', () => {
  it('takes any unit in any order while it is open', () => {
    const h = opened().submit('p3', 'j1', [25, 12.5]).submit('p1', 'j1', [20, 10]).submit('p2', 'j2', [30, 20]);
    expect(Object.keys(h.state.presenters.p3!.marks)).toEqual(['j1']);
    given(h.history()).when({ type: 'score:submit', presenterId: 'p2', values: [10, 10] }, { actor: judge('j1'), now: T0 }).then([
      { type: 'MarksSubmitted', presenterId: 'p2', judgeId: 'j1', values: [10, 10], at: T0 },
    ]);
  });

  it('replaces the judge’s earlier marks for that unit only (amended once)', () => {
    const s = opened().submit('p1', 'j1', [20, 10]).submit('p2', 'j1', [21, 10]).submit('p1', 'j1', [22, 10]).state;
    expect(s.presenters.p1!.marks.j1).toMatchObject({ values: [22, 10], amended: 1 });
    expect(s.presenters.p2!.marks.j1).toMatchObject({ values: [21, 10], amended: 0 });
  });

  it('keeps today’s refusals', () => {
    const submit = (h: Show, presenterId = 'p1', values = [20, 10], judgeId?: string) =>
      given(h.history()).when({ type: 'score:submit', presenterId, values, ...(judgeId ? { judgeId } : {}) }, { actor: judge('j1') });
    submit(rating().start()).thenFails('scoring_closed');
    submit(opened(), 'p9').thenFails('not_found');
    submit(opened(), 'p1', [31, 10]).thenFails('invalid');
    submit(opened(), 'p1', [20, 10], 'j2').thenFails('forbidden');
    submit(opened().lock()).thenFails('scoring_closed');
    submit(opened().scoreAll('p1', SHEETS_375).do({ type: 'scoring:reveal', presenterId: 'p1' })).thenFails('scoring_closed');
  });

  it('in a 擂台赛 still only for the presenter on stage', () => {
    const h = show().start().next('p1').open();
    given(h.history()).when({ type: 'score:submit', presenterId: 'p2', values: [20, 10] }, { actor: judge('j1') }).thenFails('not_current');
  });
});

describe('what a 评比 has not: report, Q&A, timers, comments', () => {
  const refused: [CommandInput, string?][] = [
    [{ type: 'presenter:next' }],
    [{ type: 'presenter:skip', presenterId: 'p1' }],
    [{ type: 'phase:qa' }],
    [{ type: 'scoring:open' }],
    [{ type: 'timer:start' }],
    [{ type: 'timer:add', seconds: 30 }],
    [{ type: 'report:correct', presenterId: 'p1', seconds: 100, reason: '计时有误' }],
    [{ type: 'question:ask', presenterId: 'p1', text: '请问具体做法？' }, 'j1'],
    [{ type: 'bank:load', questions: ['题库问题'] }],
    [{ type: 'bank:draw' }],
    [{ type: 'comment:add', presenterId: 'p1', text: '点评' }, 'j1'],
    [{ type: 'comment:show', commentId: null }],
  ];
  it.each(refused)('%o is refused with wrong_state and a Chinese reason', (command, judgeId) => {
    const message = given(opened().history()).when(command, judgeId ? { actor: judge(judgeId) } : {}).thenFails('wrong_state');
    expect(message).toMatch(/^评比/);
  });

  it('a unit cannot be marked absent once its scoring is open', () => {
    given(opened().history()).when({ type: 'presenter:absent', presenterId: 'p1' }).thenFails('wrong_state');
  });
});

describe('scoring:reveal of one unit', () => {
  const reveal = (presenterId?: string, allowMissing?: boolean): CommandInput => ({
    type: 'scoring:reveal',
    ...(presenterId ? { presenterId } : {}),
    ...(allowMissing ? { allowMissing } : {}),
  });

  it('reveals it and puts it in the results, the others still scoring', () => {
    const h = opened().scoreAll('p2', SHEETS_375).submit('p1', 'j1', [20, 10]);
    const after = given(h.history()).when(reveal('p2'), { now: T0 }).then([{ type: 'MarksRevealed', presenterId: 'p2', missing: [], at: T0 }]);
    expect(after.presenters.p2).toMatchObject({ status: 'done', phase: 'revealed', scoringOpen: false });
    expect(after.presenters.p1).toMatchObject({ phase: 'scoring', scoringOpen: true });
    expect(revealedResults(after).presenters.map((p) => [p.presenterId, p.final])).toEqual([['p2', 37.5]]);
  });

  it('needs the unit, every judge’s marks (or allowMissing), and a unit being scored', () => {
    const h = opened().submit('p1', 'j1', [20, 10]).submit('p1', 'j2', [22, 10]);
    given(h.history()).when(reveal()).thenFails('invalid');
    given(h.history()).when(reveal('p9')).thenFails('not_found');
    given(rating().start().history()).when(reveal('p1')).thenFails('wrong_state');
    expect(given(h.history()).when(reveal('p1')).thenFails('missing_scores')).toContain('王评委');
    given(h.history()).when(reveal('p1', true), { now: T0 }).then([{ type: 'MarksRevealed', presenterId: 'p1', missing: ['j3'], at: T0 }]);
    const revealed = h.do(reveal('p1', true));
    given(revealed.history()).when(reveal('p1', true)).thenFails('wrong_state');
  });

  it('in a 擂台赛 a presenterId other than the one on stage is refused', () => {
    const h = show().start().next('p1').open().scoreAll('p1', SHEETS_375);
    given(h.history()).when(reveal('p2')).thenFails('not_current');
    given(h.history()).when(reveal('p1'), { now: T0 }).then([{ type: 'MarksRevealed', presenterId: 'p1', missing: [], at: T0 }]);
  });
});

describe('scoring:revealAll', () => {
  /** p1 and p3 complete, p2 has one sheet of three. */
  const mostly = () => opened().scoreAll('p1', SHEETS_375).scoreAll('p3', SHEETS_375).submit('p2', 'j1', [20, 10]);

  it('reveals every complete unit together and leaves the incomplete one scoring', () => {
    const after = given(mostly().history()).when({ type: 'scoring:revealAll' }, { now: T0 }).then([
      { type: 'MarksRevealed', presenterId: 'p1', missing: [], at: T0 },
      { type: 'MarksRevealed', presenterId: 'p3', missing: [], at: T0 },
    ]);
    expect(after.presenters.p2).toMatchObject({ phase: 'scoring', scoringOpen: true });
  });

  it('with allowMissing reveals the incomplete ones too, their missing judges recorded', () => {
    const events = given(mostly().history()).when({ type: 'scoring:revealAll', allowMissing: true }, { now: T0 }).events();
    expect(events).toContainEqual({ type: 'MarksRevealed', presenterId: 'p2', missing: ['j2', 'j3'], at: T0 });
    expect(events).toHaveLength(3);
  });

  it('is refused when no unit is complete, when nothing is left, and in a 擂台赛', () => {
    const message = given(opened().submit('p2', 'j1', [20, 10]).history()).when({ type: 'scoring:revealAll' }).thenFails('missing_scores');
    expect(message).toContain('小街镇 (缺 2 位)');
    const all = mostly().do({ type: 'scoring:revealAll', allowMissing: true });
    given(all.history()).when({ type: 'scoring:revealAll' }).thenFails('wrong_state');
    given(show().start().history()).when({ type: 'scoring:revealAll' }).thenFails('wrong_state');
  });

  it('ranks exactly as a 擂台赛 with the same marks', () => {
    const sheets = { p1: [[20, 10], [22, 12], [24, 14]], p2: SHEETS_375, p3: [[28, 18], [29, 19], [30, 20]] };
    const r = opened();
    for (const id of ['p3', 'p1', 'p2'] as const) r.scoreAll(id, sheets[id]);
    r.do({ type: 'scoring:revealAll' });
    const a = show().start();
    for (const id of ['p1', 'p2', 'p3'] as const) a.turn(id, sheets[id]);
    const strip = (s: Show) => revealedResults(s.state).ranking;
    expect(strip(r)).toEqual(strip(a));
    expect(strip(r).map((x) => x.presenterId)).toEqual(['p3', 'p2', 'p1']);
  });
});

describe('scoring:lock, flow:back, score:correct', () => {
  it('lock closes every open unit at once', () => {
    const h = opened().scoreAll('p1', SHEETS_375).do({ type: 'scoring:reveal', presenterId: 'p1' });
    given(h.history()).when({ type: 'scoring:lock' }).then([
      { type: 'ScoringLocked', presenterId: 'p2' },
      { type: 'ScoringLocked', presenterId: 'p3' },
    ]);
    given(h.lock().history()).when({ type: 'scoring:lock' }).thenFails('wrong_state');
  });

  it('a step back undoes the latest reveal (the unit scoring again, locked, marks kept)', () => {
    const h = opened().scoreAll('p1', SHEETS_375).scoreAll('p2', SHEETS_375).do({ type: 'scoring:reveal', presenterId: 'p2' });
    h.after(1000).do({ type: 'scoring:reveal', presenterId: 'p1' });
    const after = given(h.history()).when({ type: 'flow:back', reason: '亮错了' }, { now: T0 }).then([
      { type: 'SteppedBack', presenterId: 'p1', from: 'revealed', to: 'scoring', reason: '亮错了', current: null, timer: null, at: T0 },
    ]);
    expect(after.presenters.p1).toMatchObject({ status: 'active', phase: 'scoring', scoringOpen: false });
    expect(Object.keys(after.presenters.p1!.marks)).toHaveLength(3);
    expect(revealedResults(after).ranking.map((r) => r.presenterId)).toEqual(['p2']);
    given(opened().history()).when({ type: 'flow:back', reason: '误操作' }).thenFails('wrong_state');
  });

  it('the host corrects a judge’s marks on any unit being scored', () => {
    const h = opened().submit('p2', 'j1', [20, 10]);
    given(h.history()).when({ type: 'score:correct', presenterId: 'p2', judgeId: 'j1', values: [21, 10], reason: '笔误' }, { now: T0 }).then([
      { type: 'MarksCorrected', presenterId: 'p2', judgeId: 'j1', values: [21, 10], reason: '笔误', at: T0 },
    ]);
  });
});

describe('contest:finish', () => {
  it('waits for every unit to be revealed, or force', () => {
    const h = opened().scoreAll('p1', SHEETS_375).do({ type: 'scoring:reveal', presenterId: 'p1' });
    expect(given(h.history()).when({ type: 'contest:finish' }).thenFails('wrong_state')).toContain('还有 2 个单位未亮分');
    given(h.history()).when({ type: 'contest:finish', force: true }, { now: T0 }).then([{ type: 'ContestFinished', at: T0, partial: true }]);
    given(rating().history()).when({ type: 'contest:finish' }).thenFails('wrong_state');
  });

  it('finishes when all are revealed (an absent unit does not count)', () => {
    const h = rating().start().do({ type: 'presenter:absent', presenterId: 'p3' }).do(openAll);
    h.scoreAll('p1', SHEETS_375).scoreAll('p2', SHEETS_375).do({ type: 'scoring:revealAll' });
    const after = given(h.history()).when({ type: 'contest:finish' }, { now: T0 }).then([{ type: 'ContestFinished', at: T0, partial: false }]);
    expect(after.status).toBe('finished');
    given(h.do({ type: 'contest:finish' }).history()).when({ type: 'score:submit', presenterId: 'p1', values: [1, 1] }, { actor: judge('j1') }).thenFails('wrong_state');
  });

  it('a finished 评比 reopens with flow:back', () => {
    const h = opened().scoreAll('p1', SHEETS_375).do({ type: 'scoring:reveal', presenterId: 'p1' }).finish(true);
    expect(given(h.history()).when({ type: 'flow:back', reason: '补评' }).events()[0]?.type).toBe('ContestReopened');
  });
});

describe('民主测评 in a 评比 (atEnd)', () => {
  it('votes on every unit being scored; the first reveal closes the round', () => {
    const h = show(makeDef({ kind: 'rating', appraisal: { opens: 'atEnd' } }));
    h.events.push({ type: 'BallotCodesIssued', codes: [{ serial: 1, hash: 'h1' }], at: T0 });
    h.start().do(openAll).do({ type: 'appraisal:open' });
    expect(h.state.appraisal.open?.presenterIds).toEqual(['p1', 'p2', 'p3']);
    h.do({ type: 'appraisal:vote', choices: { p1: 'o1', p2: 'o2' } }, { actor: { role: 'audience', voter: { kind: 'code', key: 'h1' } } });
    h.scoreAll('p1', SHEETS_375).scoreAll('p2', SHEETS_375);
    const events = given(h.history()).when({ type: 'scoring:revealAll' }, { now: T0 }).events();
    expect(events.filter((e) => e.type === 'AppraisalClosed')).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ type: 'AppraisalClosed', counts: { p1: { o1: 1 }, p2: { o2: 1 } } });
  });
});
