// Run of show: starting, calling presenters, absent / skip, finishing.
import { describe, expect, it } from 'vitest';
import type { CommandInput } from './given.ts';
import { created, given, judge, makeDef, reportTimer, SEC, show, SHEETS_375, T0 } from './given.ts';

describe('contest:start', () => {
  it('starts a contest in setup', () => {
    const s = given([created()]).when({ type: 'contest:start' }).then([{ type: 'ContestStarted', at: T0 }]);
    expect(s.status).toBe('running');
    expect(s.current).toBeNull();
  });

  it('refuses to start twice', () => {
    given(show().start().history()).when({ type: 'contest:start' }).thenFails('wrong_state');
  });
});

describe('presenter:next', () => {
  it('is refused before the contest starts', () => {
    given([created()]).when({ type: 'presenter:next' }).thenFails('wrong_state');
    given([created()]).when({ type: 'presenter:next', presenterId: 'p2' }).thenFails('wrong_state');
  });

  it('calls the first presenter in order with a fresh, stopped report timer', () => {
    const s = given(show().start().history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p1', timer: reportTimer(300) }]);
    expect(s.current).toBe('p1');
    expect(s.presenters.p1).toMatchObject({ status: 'active', phase: 'report', scoringOpen: false });
    expect(s.timer).toEqual(reportTimer(300));
  });

  it('calls presenters one after another in order', () => {
    const h = show().start().turn('p1', SHEETS_375);
    given(h.history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p2', timer: reportTimer() }]);
    h.turn('p2', SHEETS_375);
    given(h.history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p3', timer: reportTimer() }]);
  });

  it('uses the configured report length', () => {
    const h = show(makeDef({ rules: { reportSeconds: 120, qaSeconds: 60 } })).start();
    given(h.history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p1', timer: reportTimer(120) }]);
  });

  it.each([
    ['report', (h: ReturnType<typeof show>) => h],
    ['qa', (h: ReturnType<typeof show>) => h.qa()],
    ['scoring (open)', (h: ReturnType<typeof show>) => h.open()],
    ['scoring (locked)', (h: ReturnType<typeof show>) => h.open().lock()],
  ])('is refused while the current presenter is in %s', (_, step) => {
    const h = step(show().start().next());
    given(h.history()).when({ type: 'presenter:next' }).thenFails('wrong_state');
  });

  it('calls an explicit presenter out of order, then continues with the first waiting one', () => {
    const h = show().start();
    given(h.history())
      .when({ type: 'presenter:next', presenterId: 'p3' })
      .then([{ type: 'PresenterCalled', presenterId: 'p3', timer: reportTimer() }]);
    h.turn('p3', SHEETS_375);
    given(h.history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p1', timer: reportTimer() }]);
  });

  it('refuses an unknown presenter id', () => {
    given(show().start().history()).when({ type: 'presenter:next', presenterId: 'p9' }).thenFails('not_found');
  });

  it('refuses a presenter who has already presented', () => {
    const h = show().start().turn('p1', SHEETS_375);
    given(h.history()).when({ type: 'presenter:next', presenterId: 'p1' }).thenFails('wrong_state');
  });

  it('may explicitly call a presenter who was marked absent (late arrival)', () => {
    const h = show().start().do({ type: 'presenter:absent', presenterId: 'p2' });
    given(h.history())
      .when({ type: 'presenter:next', presenterId: 'p2' })
      .then([{ type: 'PresenterCalled', presenterId: 'p2', timer: reportTimer() }]);
  });

  it('is refused when no presenter is waiting any more', () => {
    const h = show().start().turn('p1', SHEETS_375).turn('p2', SHEETS_375).turn('p3', SHEETS_375);
    given(h.history()).when({ type: 'presenter:next' }).thenFails('wrong_state');
  });

  it('is refused when the only ones left are absent', () => {
    const h = show()
      .start()
      .do({ type: 'presenter:absent', presenterId: 'p2' })
      .do({ type: 'presenter:absent', presenterId: 'p3' })
      .turn('p1', SHEETS_375);
    given(h.history()).when({ type: 'presenter:next' }).thenFails('wrong_state');
  });
});

describe('presenter:absent and presenter:skip', () => {
  it('marks a waiting presenter absent; presenter:next passes over them', () => {
    const h = show().start();
    const s = given(h.history())
      .when({ type: 'presenter:absent', presenterId: 'p1' })
      .then([{ type: 'PresenterMarkedAbsent', presenterId: 'p1' }]);
    expect(s.presenters.p1?.status).toBe('absent');
    h.do({ type: 'presenter:absent', presenterId: 'p1' });
    given(h.history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p2', timer: reportTimer() }]);
  });

  it('may mark a presenter absent before the contest starts', () => {
    given([created()])
      .when({ type: 'presenter:absent', presenterId: 'p3' })
      .then([{ type: 'PresenterMarkedAbsent', presenterId: 'p3' }]);
  });

  it('skips a waiting presenter to the end of the order', () => {
    const h = show().start();
    const s = given(h.history())
      .when({ type: 'presenter:skip', presenterId: 'p1' })
      .then([{ type: 'PresenterSkipped', presenterId: 'p1', order: ['p2', 'p3', 'p1'] }]);
    expect(s.order).toEqual(['p2', 'p3', 'p1']);
    expect(s.presenters.p1?.status).toBe('waiting');
    h.do({ type: 'presenter:skip', presenterId: 'p1' });
    given(h.history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p2', timer: reportTimer() }]);
  });

  it('skips within a drawn order', () => {
    const h = show().do({ type: 'order:set', order: ['p3', 'p1', 'p2'] }).start();
    given(h.history())
      .when({ type: 'presenter:skip', presenterId: 'p3' })
      .then([{ type: 'PresenterSkipped', presenterId: 'p3', order: ['p1', 'p2', 'p3'] }]);
  });

  it('marks the current presenter absent while in the report with no marks: the stage is cleared', () => {
    const h = show().start().next().startTimer();
    const s = given(h.history())
      .when({ type: 'presenter:absent', presenterId: 'p1' })
      .then([{ type: 'PresenterMarkedAbsent', presenterId: 'p1' }]);
    expect(s.current).toBeNull();
    expect(s.timer).toBeNull();
    expect(s.presenters.p1).toMatchObject({ status: 'absent', phase: null });
  });

  it('skips the current presenter while in the report: back to waiting, at the end of the order', () => {
    const h = show().start().next();
    const s = given(h.history())
      .when({ type: 'presenter:skip', presenterId: 'p1' })
      .then([{ type: 'PresenterSkipped', presenterId: 'p1', order: ['p2', 'p3', 'p1'] }]);
    expect(s.current).toBeNull();
    expect(s.timer).toBeNull();
    expect(s.presenters.p1).toMatchObject({ status: 'waiting', phase: null });
    h.do({ type: 'presenter:skip', presenterId: 'p1' });
    given(h.history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p2', timer: reportTimer() }]);
  });

  const refusedAfter: [string, (h: ReturnType<typeof show>) => unknown][] = [
    ['in Q&A', (h) => h.next('p1').qa()],
    ['in scoring', (h) => h.next('p1').open()],
    ['in scoring with scoring locked', (h) => h.next('p1').open().lock()],
    ['revealed', (h) => h.turn('p1', SHEETS_375)],
    ['in the report again but with marks (after stepping back)', (h) => h.next('p1').open().submit('p1', 'j1', [20, 10]).back().back()],
  ];
  describe.each(['presenter:absent', 'presenter:skip'] as const)('%s', (type) => {
    it.each(refusedAfter)('is refused for the current presenter %s', (_, step) => {
      const h = show().start();
      step(h);
      given(h.history()).when({ type, presenterId: 'p1' }).thenFails('wrong_state');
    });

    it('is refused for an absent presenter', () => {
      const h = show().start().do({ type: 'presenter:absent', presenterId: 'p2' });
      given(h.history()).when({ type, presenterId: 'p2' }).thenFails('wrong_state');
    });

    it('is refused for an unknown presenter', () => {
      given(show().start().history()).when({ type, presenterId: 'p9' }).thenFails('not_found');
    });
  });
});

describe('contest:finish', () => {
  const allRevealed = () => show().start().turn('p1', SHEETS_375).turn('p2', SHEETS_375).turn('p3', SHEETS_375);

  it('finishes when every presenter is revealed', () => {
    const h = allRevealed().after(60 * SEC);
    const s = given(h.history())
      .when({ type: 'contest:finish' }, { now: h.now })
      .then([{ type: 'ContestFinished', at: h.now, partial: false }]);
    expect(s.status).toBe('finished');
    expect(s.partial).toBe(false);
    expect(s.timer).toBeNull();
  });

  it.each([
    ['report', (h: ReturnType<typeof show>) => h],
    ['qa', (h: ReturnType<typeof show>) => h.qa()],
    ['scoring', (h: ReturnType<typeof show>) => h.open()],
    ['scoring locked', (h: ReturnType<typeof show>) => h.open().lock()],
  ])('is refused while a presenter is mid-turn (%s), even with force', (_, step) => {
    const h = step(show().start().turn('p1', SHEETS_375).turn('p2', SHEETS_375).next('p3'));
    given(h.history()).when({ type: 'contest:finish' }).thenFails('wrong_state');
    given(h.history()).when({ type: 'contest:finish', force: true }).thenFails('wrong_state');
  });

  it('is refused while presenters are still waiting', () => {
    const h = show().start().turn('p1', SHEETS_375);
    const message = given(h.history()).when({ type: 'contest:finish' }).thenFails('wrong_state');
    expect(message).toMatch(/2/);
  });

  it('finishes early with force, marked partial', () => {
    const h = show().start().turn('p1', SHEETS_375);
    const s = given(h.history())
      .when({ type: 'contest:finish', force: true })
      .then([{ type: 'ContestFinished', at: T0, partial: true }]);
    expect(s).toMatchObject({ status: 'finished', partial: true });
  });

  it('does not count absent presenters as waiting', () => {
    const h = show().start().do({ type: 'presenter:absent', presenterId: 'p2' }).turn('p1', SHEETS_375).turn('p3', SHEETS_375);
    given(h.history())
      .when({ type: 'contest:finish' })
      .then([{ type: 'ContestFinished', at: T0, partial: false }]);
  });

  describe('after finish', () => {
    const finished = () => allRevealed().finish();

    const refused: CommandInput[] = [
      { type: 'contest:start' },
      { type: 'contest:finish' },
      { type: 'contest:finish', force: true },
      { type: 'order:draw' },
      { type: 'order:set', order: ['p1', 'p2', 'p3'] },
      { type: 'presenter:next' },
      { type: 'presenter:next', presenterId: 'p1' },
      { type: 'presenter:absent', presenterId: 'p1' },
      { type: 'presenter:skip', presenterId: 'p1' },
      { type: 'phase:qa' },
      { type: 'scoring:open' },
      { type: 'scoring:lock' },
      { type: 'scoring:reveal' },
      { type: 'scoring:reveal', allowMissing: true },
      { type: 'timer:start' },
      { type: 'timer:pause' },
      { type: 'timer:add', seconds: 30 },
      { type: 'timer:reset' },
    ];
    it.each(refused)('refuses $type', (command) => {
      given(finished().history()).when(command).thenFails('wrong_state');
    });

    it('refuses score:submit by a judge', () => {
      given(finished().history())
        .when({ type: 'score:submit', presenterId: 'p3', values: [20, 10] }, { actor: judge('j1') })
        .thenFails('wrong_state');
    });

    it('still accepts flow:back (reopen), screen:show and score:correct', () => {
      const h = finished();
      given(h.history())
        .when({ type: 'flow:back', reason: '误操作' })
        .then([{ type: 'ContestReopened', reason: '误操作', at: T0 }]);
      given(h.history())
        .when({ type: 'screen:show', stage: 'ranking' })
        .then([{ type: 'ScreenShown', stage: 'ranking' }]);
      given(h.history())
        .when({ type: 'score:correct', presenterId: 'p2', judgeId: 'j3', values: [21, 10], reason: '录入错误' })
        .then([{ type: 'MarksCorrected', presenterId: 'p2', judgeId: 'j3', values: [21, 10], reason: '录入错误', at: T0 }]);
    });
  });
});
